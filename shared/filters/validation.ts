import type { Locale } from "../i18n/dictionary";

/**
 * The messages of the filters' schemas. A schema's issue message is one of these keys (with
 * `params` in the issue when it needs numbers); the page shows it next to the field, in the
 * user's language. The English list must have exactly the French keys.
 */
const fr = {
  required: "Ce champ est requis.",
  invalidNumber: "Entrez un nombre.",
  invalidInteger: "Entrez un nombre entier.",
  invalidDate: "Entrez une date valide (AAAA-MM-JJ).",
  invalidTime: "Entrez une heure valide (HH:MM).",
  invalidDateTime: "Entrez une date et une heure valides.",
  endBeforeStart: "La fin doit être après le début.",
  maxBelowMin: "Le maximum doit être supérieur ou égal au minimum.",
  beforeWindow: "Les données ne remontent pas au-delà de la période de conservation.",
  outOfRange: "Valeur hors des limites permises.",
  tooLong: "Texte trop long.",
  invalidEmail: "Adresse e-mail invalide.",
  tooManyRecipients: "Trop de destinataires.",
  noRecipients: "Entrez au moins une adresse e-mail.",
  invalidFilters: "Les paramètres du rapport ne sont pas valides.",
  accountOrBilling: "Entrez un numéro de compte client ou un numéro de facturation.",
  changeRequestTooLong: "La demande ne peut dépasser 4000 caractères.",
  invalidCharacter: "Ce texte contient un caractère non permis.",
};

export type ValidationKey = keyof typeof fr;

const en: Record<ValidationKey, string> = {
  required: "This field is required.",
  invalidNumber: "Enter a number.",
  invalidInteger: "Enter a whole number.",
  invalidDate: "Enter a valid date (YYYY-MM-DD).",
  invalidTime: "Enter a valid time (HH:MM).",
  invalidDateTime: "Enter a valid date and time.",
  endBeforeStart: "The end must be after the start.",
  maxBelowMin: "The maximum must be greater than or equal to the minimum.",
  beforeWindow: "Data does not go back further than the retention period.",
  outOfRange: "Value out of the allowed range.",
  tooLong: "Text too long.",
  invalidEmail: "Invalid e-mail address.",
  tooManyRecipients: "Too many recipients.",
  noRecipients: "Enter at least one e-mail address.",
  invalidFilters: "The report's parameters are not valid.",
  accountOrBilling: "Enter a client account number or a billing number.",
  changeRequestTooLong: "The request cannot be longer than 4,000 characters.",
  invalidCharacter: "This text contains a character that is not allowed.",
};

const messages: Record<Locale, Record<ValidationKey, string>> = { fr, en };

export function validationMessage(key: string, locale: Locale): string {
  return (messages[locale] as Record<string, string>)[key] ?? messages[locale].outOfRange;
}
