/**
 * What only the server writes, in French — the workbooks' and the report e-mails' words, the
 * change requests' e-mail to the service, push notifications: joined in fr.ts, never loaded by
 * the browser.
 */
export const frServer = {
  sections: {
    account: {
      /** The same two, as the e-mail to the service names them (nothing there is "optional"). */
      mailPage: "Page concernée",
      mailContact: "Pour joindre le client",
      mailSubject: (reference: string, account: number) => `Demande de modification ${reference} — compte ${account}`,
    },
    statistics: {
      charts: {
        sheetPerDay: "Par jour",
        sheetPerHour: "Par heure",
        sheetAnswerDelay: "Délai de réponse",
      },
    },
  },
  report: {
    exportedAt: "Exporté le",
    rowCount: "Nombre de lignes",
    emailSubject: (title: string, account: string, period: string) => `${title} — ${account}${period ? ` — ${period}` : ""}`,
    emailFromName: (sender: string) => `${sender} (portail client)`,
    emailPeriod: (from: string, to: string) => (from === to ? `le ${from}` : `du ${from} au ${to}`),
    emailAccount: (n: string) => `compte ${n}`,
    emailBilling: (n: string) => `facturation ${n}`,
    emailAllAccounts: "tous les comptes",
    emailGreeting: (sender: string, title: string) => `${sender} vous envoie le rapport « ${title} » du portail client.`,
    emailNote: (sender: string) => `Message de ${sender} (ses mots, pas ceux du service) :`,
    emailAttached: "Le rapport complet est joint en fichier Excel.",
    emailTotals: "Totaux",
  },
  notifications: {
    push: {
      message: (account: number) => `Nouveau message — compte ${account}`,
      messages: (count: number, accounts: string, several: boolean) => `${count} nouveaux messages — compte${several ? "s" : ""} ${accounts}`,
      call: (outcome: string, account: number) => `Appel ${outcome} — compte ${account}`,
      calls: (count: number, accounts: string, several: boolean) => `${count} nouveaux appels — compte${several ? "s" : ""} ${accounts}`,
      outcomes: {
        answered: "répondu",
        unanswered: "sans réponse",
        abandoned: "abandonné",
        busy: "occupé",
        automated: "automatisé",
      },
    },
  },
};
