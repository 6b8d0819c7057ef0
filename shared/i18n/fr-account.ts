/** The words of the account information page (its title and description are the core's), in French: loaded with that page (client/src/i18n.tsx). */
export const frAccount = {
  sections: {
    account: {
      lead: "Les pages d'informations que nos agents consultent lorsqu'ils répondent à vos appels.",
      accountsLabel: "Vos comptes clients",
      current: "compte courant",
      noPages: "Aucune page d'informations n'est encore inscrite pour ce compte.",
      pagesOf: (account: number, name: string) => `Pages d'informations du compte ${account} — ${name}`,
      changeHint: (email: string) =>
        `Une information à corriger ? Demandez une modification ci-dessous : votre demande est transmise au service (${email}), qui l'apporte pour vous.`,
      requestTitle: "Demander une modification",
      requestAccount: "Compte client",
      requestPage: "Page concernée (facultatif)",
      anyPage: "Toutes les pages / autre",
      requestBody: "Modification demandée",
      requestBodyHint: (max: number) => `Décrivez la modification souhaitée (${max.toLocaleString("fr-CA")} caractères au maximum).`,
      charactersLeft: (n: number) => `${n.toLocaleString("fr-CA")} caractère${n > 1 ? "s" : ""} restant${n > 1 ? "s" : ""}`,
      requestContact: "Pour vous joindre (téléphone ou e-mail, facultatif)",
      submit: "Envoyer la demande",
      sending: "Envoi…",
      sent: (reference: string) =>
        `Votre demande a été transmise au service. Votre numéro de référence : ${reference}.`,
      sentNotEmailed: (reference: string) =>
        `Votre demande est enregistrée sous la référence ${reference}, mais elle n'a pas pu être transmise au service par e-mail pour le moment. Mentionnez cette référence si vous communiquez avec le service.`,
      notFound: "Ce compte client n'existe pas ou ne vous est pas accessible.",
      fixErrors: "Corrigez les champs indiqués.",
      recentRequests: "Vos demandes récentes",
      reference: "Référence",
      requestedAt: "Date",
      status: "État",
      statusSent: "Transmise",
      statusPending: "En attente",
      statusFailed: "Non transmise",
    },
  },
};
