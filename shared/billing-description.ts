import type { DictionaryWith } from "./i18n";

/**
 * The billing system writes a balance brought forward as `BALANCE` (the manual:
 * `BALANCE 12-3219`), whatever the client's language. That word is the system's, not the
 * client's, so it is shown in the reader's language ("Solde 12-3219"); every other
 * description is the invoice's own text, shown as it came.
 */
const systemWord = /^(\s*)balance\b/i;

/** A balance brought forward, set apart on the page as in the manual (also one an operator typed as "Solde"). */
export function isBalanceLine(description: string): boolean {
  return /^\s*(balance|solde)\b/i.test(description);
}

/** The line's description for the reader: "BALANCE …" in their language, anything else as it came. */
export function billingDescription(description: string, t: DictionaryWith<"billing">): string {
  return description.replace(systemWord, (_, space: string) => space + t.sections.billing.balance);
}
