/** The words of the Messages page and a message card, with a message's delivery history and acknowledgements (its title and description are the core's), in French: loaded with that page (client/src/i18n.tsx). */
export const frMessages = {
  sections: {
    messages: {
      from: "Du",
      to: "Au",
      account: "Numéro de compte client",
      billing: "Numéro de facturation",
      call: "Numéro d'appel",
      agent: "Agent",
      keyword: "Mot clé",
      keywordHint: "Cherche dans le titre et les champs, sans égard aux majuscules, aux accents ni à la ponctuation.",
      allAccounts: "Tous vos comptes",
      submit: "Afficher les messages",
      searching: "Recherche…",
      fixErrors: "Corrigez les paramètres indiqués.",
      period: (from: string, to: string) => `${from} au ${to}`,
      count: (shown: string, total: string, more: boolean) =>
        total === "0"
          ? "Aucun message"
          : `${shown} message${shown === "1" ? "" : "s"} affiché${shown === "1" ? "" : "s"} sur ${more ? "plus de " : ""}${total}`,
      moreThan: (count: string) => `plus de ${count}`,
      loadMore: "Afficher plus de messages",
      noMessages: "Aucun message pour ces paramètres.",
      messageId: "No du message",
      taken: "Pris le",
      messageTitle: "Titre",
      fields: "Champs",
      otherFields: "Autres champs",
      history: "Historique d'envoi",
      noHistory: "Aucun envoi enregistré.",
      eventTime: "Heure",
      event: "Événement",
      totalMessages: "Nombre de messages",
      exportedMessages: "Messages exportés",
      recording: "Enregistrement de l'appel",
      listen: "Écouter l'enregistrement",
      openMessage: (id: number) => `Ouvrir le message ${id}`,
      permalink: "Lien vers ce message",
      messagePage: (id: number) => `Message ${id}`,
      notFound: "Ce message est introuvable. Il a peut-être plus de soixante jours, ou il ne fait pas partie de vos comptes.",
      backToMessages: "Retour aux messages",
    },
  },
  /** A message's delivery history, as the switch writes it (shared/delivery-event.ts). */
  deliveryEvents: {
    email: {
      initiated: (to: string | null) => (to ? `Envoi du courriel à ${to} amorcé` : "Envoi du courriel amorcé"),
      completed: (to: string | null) => (to ? `Courriel envoyé à ${to}` : "Courriel envoyé"),
      failed: (to: string | null) => (to ? `Échec de l'envoi du courriel à ${to}` : "Échec de l'envoi du courriel"),
    },
    fax: {
      initiated: (to: string | null) => (to ? `Envoi de la télécopie au ${to} amorcé` : "Envoi de la télécopie amorcé"),
      completed: (to: string | null) => (to ? `Télécopie envoyée au ${to}` : "Télécopie envoyée"),
      failed: (to: string | null) => (to ? `Échec de l'envoi de la télécopie au ${to}` : "Échec de l'envoi de la télécopie"),
    },
    sms: {
      initiated: (to: string | null) => (to ? `Envoi du texto au ${to} amorcé` : "Envoi du texto amorcé"),
      completed: (to: string | null) => (to ? `Texto envoyé au ${to}` : "Texto envoyé"),
      failed: (to: string | null) => (to ? `Échec de l'envoi du texto au ${to}` : "Échec de l'envoi du texto"),
    },
    call: {
      initiated: (to: string | null) => (to ? `Appel au ${to} amorcé` : "Appel amorcé"),
      completed: (to: string | null) => (to ? `Appel au ${to} terminé` : "Appel terminé"),
      failed: (to: string | null) => (to ? `Échec de l'appel au ${to}` : "Échec de l'appel"),
    },
    delivered: "Message remis",
    taken: "Message pris",
  },
  acknowledgements: {
    viewed: (name: string) => `Consulté dans le portail par ${name}`,
    acknowledged: (name: string) => `Réception accusée par ${name}`,
    acknowledge: "Accuser réception",
    acknowledgedByYou: "Vous avez accusé réception de ce message.",
  },
};
