/**
 * The portal's French strings: the source dictionary (French is the default language).
 * `en.ts` must have exactly the same shape (see `Dictionary` in `dictionary.ts`): a key missing
 * or extra there fails the typecheck. Parameterised strings are functions.
 *
 * One block per area: `common`, `signIn`, `header`, `home`, `password`, `notFound`, `pwa`,
 * and `sections.<section>` — a section adds its own strings to its block.
 */
export const fr = {
  common: {
    appName: "Portail client",
    appShortName: "Portail",
    serviceName: "Solutions de gestion d'appels",
    loading: "Chargement…",
    retry: "Réessayer",
    offline: "Hors ligne — certaines informations peuvent ne pas être à jour.",
    networkError: "Le serveur ne répond pas. Vérifiez votre connexion et réessayez.",
    unexpectedError: "Une erreur inattendue est survenue.",
    comingSoon: "Cette section arrive bientôt.",
    backHome: "Retour à l'accueil",
    skipToContent: "Aller au contenu",
  },
  signIn: {
    title: "S.V.P. entrez votre nom et mot de passe",
    username: "Nom",
    password: "Mot de passe",
    submit: "Entrez",
    busy: "Vérification…",
    invalid: "Nom d'utilisateur ou mot de passe invalide.",
    throttled: (seconds: number) =>
      `Trop de tentatives. Réessayez dans ${seconds} seconde${seconds > 1 ? "s" : ""}.`,
    missing: "Entrez votre nom et votre mot de passe.",
    networkError: "Le serveur ne répond pas. Vérifiez votre connexion.",
    pageTitle: "Connexion",
  },
  header: {
    home: "Accueil",
    signOut: "Sortie",
    changePassword: "Mot de passe",
    mainNav: "Navigation principale",
    language: "Langue",
    switchTo: "English",
    accountNumber: "Numéro de compte client",
    billingNumber: "Numéro de facturation",
    chooseAccount: "Compte client",
    accountInfo: "Compte courant",
    noAccounts: "Aucun compte client n'est associé à votre accès. Communiquez avec le service.",
  },
  home: {
    title: "Options",
    welcome: (company: string) => `Bienvenue, ${company}`,
    intro: "Choisissez un rapport ou une option :",
    sectionsLabel: "Rapports et options",
  },
  sections: {
    recordings: {
      title: "Enregistreur d'appels",
      description:
        "Permet d'écouter tous les appels entrants ou sortants effectués sur votre compte au cours des soixante derniers jours.",
    },
    messages: {
      title: "Messages textes",
      description: "Vous donne accès à tous les messages écrits rédigés lors des soixante derniers jours.",
    },
    account: {
      title: "Informations générales du compte client",
      description:
        "Vous permet de visualiser les pages d'informations agents de votre compte. Toute demande de modification doit être envoyée au service.",
    },
    billing: {
      title: "Historique de facturation",
      description: "Vous donne accès à votre historique de facturation et de paiements.",
    },
    billable: {
      title: "Appels facturables",
      description: "Vous permet de visualiser en détail les appels facturables des soixante derniers jours.",
    },
    statistics: {
      title: "Statistiques",
      description: "Vous permet de visualiser les statistiques clients des soixante derniers jours.",
    },
  },
  report: {
    filters: "Paramètres de recherche",
    results: "Résultats",
    openInExcel: "Ouvrir dans Excel",
    emailReport: "Envoyer le rapport par e-mail",
    noResults: "Aucun résultat pour ces paramètres.",
    fetchedAt: (when: string) => `Données obtenues le ${when}`,
    exportedAt: "Exporté le",
    rowCount: "Nombre de lignes",
    exportFailed: "Le fichier Excel n'a pas pu être créé. Réessayez.",
    exporting: "Préparation du fichier…",
    emailTitle: "Envoyer le rapport par e-mail",
    emailIntro: "Le rapport, tel qu'affiché avec les paramètres actuels, sera joint en fichier Excel.",
    recipients: "Adresses e-mail des destinataires",
    recipientsHint: "Jusqu'à 10 adresses, séparées par des virgules, des points-virgules ou des espaces.",
    note: "Message (facultatif)",
    send: "Envoyer",
    sending: "Envoi…",
    cancel: "Annuler",
    close: "Fermer",
    sentTo: (to: string) => `Rapport envoyé à ${to}.`,
    smtpFailed:
      "Le rapport n'a pas pu être envoyé : le serveur de courriel l'a refusé ou ne répond pas. Vos adresses sont conservées ; réessayez plus tard.",
    emailSubject: (title: string) => `Rapport « ${title} »`,
    emailGreeting: (sender: string, title: string) => `${sender} vous envoie le rapport « ${title} » du portail client.`,
    emailNote: "Message :",
    emailAttached: "Le rapport complet est joint en fichier Excel.",
    emailTotals: "Totaux",
  },
  password: {
    title: "Changer le mot de passe",
    current: "Mot de passe actuel",
    next: "Nouveau mot de passe",
    confirm: "Confirmez le nouveau mot de passe",
    hint: "Au moins 8 caractères.",
    submit: "Changer le mot de passe",
    busy: "Enregistrement…",
    done: "Votre mot de passe a été changé. Vos autres appareils devront se reconnecter.",
    wrongPassword: "Le mot de passe actuel est incorrect.",
    tooShort: "Le nouveau mot de passe doit contenir au moins 8 caractères.",
    mismatch: "Les deux nouveaux mots de passe ne sont pas identiques.",
  },
  notFound: {
    title: "Page introuvable",
    body: "La page demandée n'existe pas ou a été déplacée.",
  },
  pwa: {
    updateAvailable: "Une nouvelle version est disponible.",
    reload: "Recharger",
    offlineReady: "Le portail est prêt à fonctionner hors ligne.",
    dismiss: "Fermer",
  },
};
