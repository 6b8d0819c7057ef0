/** The words of the report e-mail dialog, in French: loaded with it, at its first opening (client/src/i18n.tsx). */
export const frEmailDialog = {
  report: {
    emailTitle: "Envoyer le rapport par e-mail",
    emailIntro: "Le rapport, tel qu'affiché avec les paramètres actuels, sera joint en fichier Excel.",
    recipients: "Adresses e-mail des destinataires",
    recipientsHint: "Jusqu'à 10 adresses, séparées par des virgules, des points-virgules ou des espaces.",
    note: "Message (facultatif)",
    send: "Envoyer",
    sending: "Envoi…",
    cancel: "Annuler",
    smtpFailed:
      "Le rapport n'a pas pu être envoyé : le serveur de courriel l'a refusé ou ne répond pas. Vos adresses sont conservées ; réessayez plus tard.",
    /** Sent for the rate limits of report e-mails. */
    tooManyEmails: "Vous avez envoyé beaucoup de rapports dans la dernière heure : réessayez plus tard.",
  },
};
