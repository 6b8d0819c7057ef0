import { frSignIn } from "./fr-sign-in";

/**
 * The portal's French core: the words every signed-in page may show — the shell, the header and
 * its menus, Home (each section's title, description, the cycle meter), the section bar, the
 * offline banner and the offline copies' filters in words, the reports' common parts (filters
 * panel, results, pager, actions), the player. What one page alone shows, or what comes later
 * (the e-mail dialog, the statistics' charts and calls), is in a part of its own
 * (`fr-<page>.ts`, …), loaded with it; what only the server writes (workbooks,
 * e-mails, push notifications) in `fr-server.ts`; `fr.ts` joins them all (the server's).
 * French is the source: `en-core.ts` and each English part must have exactly the same keys
 * (`CoreDictionary`, `DictionaryParts` in `dictionary.ts`). Parameterised strings are functions.
 */
export const frCore = {
  common: {
    appName: frSignIn.common.appName,
    serviceName: frSignIn.common.serviceName,
    loading: "Chargement…",
    retry: "Réessayer",
    offline: "Hors ligne — certaines informations peuvent ne pas être à jour.",
    networkError: "Le serveur ne répond pas. Vérifiez votre connexion et réessayez.",
    unexpectedError: "Une erreur inattendue est survenue.",
    /** The server answers, but its database does not (a restart, maintenance). */
    serviceUnavailable: frSignIn.common.serviceUnavailable,
    backHome: "Retour à l'accueil",
    skipToContent: "Aller au contenu",
    /** A withheld number: the switch sent no caller ID or name. */
    unknownCaller: "Appelant inconnu",
  },
  signIn: frSignIn.signIn,

  header: {
    home: "Accueil",
    signOut: "Sortie",
    changePassword: "Mot de passe",
    /** The phone's button for the header links that do not fit. */
    menu: "Menu",
    mainNav: "Navigation principale",
    language: "Langue",
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
  },
  sections: {
    recordings: {
      title: "Enregistreur d'appels",
      description:
        "Permet d'écouter tous les appels entrants ou sortants effectués sur votre compte au cours des soixante derniers jours.",
      periods: {
        recent: "Les plus récents",
        hour1: "Heure qui a précédé",
        hours3: "Trois heures précédentes",
        hours6: "Six heures précédentes",
        hours12: "Douze heures précédentes",
        sinceMidnight: "Depuis minuit",
        custom: "Dates et heures spécifiques",
      },
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
      colon: "\u00a0: ",
      period: (from: string, to: string) => `Du ${from} au ${to}`,
      meterTitle: "Ce cycle jusqu'à maintenant",
      meterCycle: (from: string, to: string) => `Cycle du ${from} au ${to}`,
      meterCalls: "Appels facturables",
      meterMinutes: "Minutes",
      meterPrevious: "À pareille date le cycle précédent",
      meterChart: (days: number, calls: number, previous: number) =>
        `Appels facturables par jour : ${calls} en ${days} jour${days > 1 ? "s" : ""} dans ce cycle, contre ${previous} à pareille date le cycle précédent.`,
      meterLegendCurrent: "Ce cycle",
      meterLegendPrevious: "Cycle précédent",
      meterDetails: "Voir les appels facturables",
    },
    statistics: {
      title: "Statistiques",
      description: "Vous permet de visualiser les statistiques clients des soixante derniers jours.",
      filters: {
        includeGroups: "Inclure le(s) groupe(s) compte client",
        excludeGroups: "Exclure le(s) groupe(s) compte client",
        includeDistribution: "Inclure le(s) groupe(s) de distribution",
        excludeDistribution: "Exclure le(s) groupe(s) de distribution",
        allDays: "Tous",
      },
      heading: {
        account: (n: number) => `Compte ${n}`,
        billing: (b: string) => `Facturation ${b}`,
        allAccounts: (count: number) => `Tous vos comptes (${count})`,
        period: (from: string, to: string) => `${from} au ${to}`,
        hours: (after: string, before: string) => `Appels après : ${after} et Appels avant : ${before}`,
        weekday: (day: string) => `Jours de la semaine : ${day}`,
        agent: (agent: string) => `Agent : ${agent}`,
        minHold: (s: number) => `Temps d'attente > ${s} s`,
        minAnswerDelay: (s: number) => `Délai de réponse > ${s} s`,
        groups: (label: string, list: string) => `${label} : ${list}`,
        midnight: "minuit",
      },
    },
  },
  report: {
    filters: "Paramètres de recherche",
    results: "Résultats",
    openInExcel: "Ouvrir dans Excel",
    emailReport: "Envoyer le rapport par e-mail",
    noResults: "Aucun résultat pour ces paramètres.",
    exportFailed: "Le fichier Excel n'a pas pu être créé. Réessayez.",
    exporting: "Préparation du fichier…",
    close: "Fermer",
    sentTo: (to: string) => `Rapport envoyé à ${to}.`,
  },
  player: {
    label: "Lecteur",
    play: "Lire",
    pause: "Pause",
    download: "Télécharger",
    close: "Fermer le lecteur",
    error: "Impossible de lire cet enregistrement.",
  },
  list: {
    // Between a label and its value: French puts a no-break space before the colon.
    colon: "\u00a0: ",
    filters: (active: number) => (active > 0 ? `Filtres (${active})` : "Filtres"),
    period: "Période",
    activeFilters: "Filtres actifs",
    removeFilter: (filter: string) => `Retirer le filtre ${filter}`,
    updating: "Mise à jour des résultats…",
    staleInvalid: "Ces résultats correspondent aux paramètres précédents.",
    staleFailed: "Ces résultats sont ceux de la recherche précédente.",
    errorSummary: "Corrigez ces champs :",
    beforeWindow: (oldest: string) => `Les données remontent au plus au ${oldest}.`,
    tooLarge: (max: string) => `Ce nombre est trop grand (au plus ${max}).`,
    more: "Afficher plus",
    previous: "Page précédente",
    next: "Page suivante",
    range: (from: string, to: string, total: string) => `${from} à ${to} sur ${total}`,
    sectionShort: {
      recordings: "Appels",
      messages: "Messages",
      account: "Compte",
      billing: "Factures",
      billable: "Facturés",
      statistics: "Stats",
    },
    sectionsNav: "Sections",
  },
  notFound: {
    title: "Page introuvable",
    body: "La page demandée n'existe pas ou a été déplacée.",
  },
  offline: {
    menu: "Sur cet appareil",
    copyFrom: (when: string) => `Hors ligne — données du ${when}`,
    openedCopyFrom: (when: string) => `Copie gardée sur cet appareil — données du ${when}`,
    offlineLabel: "Hors ligne.",
    notViewed: "Ce rapport n'a pas été consulté avec ces paramètres et il n'y a pas de réseau.",
    showCurrent: "Afficher les données actuelles",
    recentlyViewed: "Consultés récemment",
    noFilters: "Sans paramètres",
    keep: "Garder hors ligne",
    keeping: "Téléchargement…",
    kept: "Gardé hors ligne",
    needsNetwork: "Cet enregistrement n'est pas gardé sur cet appareil : il faut le réseau pour l'écouter.",
    keepFailed: "L'enregistrement n'a pas pu être gardé : vérifiez la connexion et l'espace libre de l'appareil.",
    remove: "Retirer",
    removeLabel: (callNumber: number) => `Retirer l'appel ${callNumber} de cet appareil`,
  },
  /** A report's filters in words, as its heading says them (shared/filters/filters-in-words.ts). */
  filterWords: {
    period: (from: string, to: string) => `${from} au ${to}`,
    account: (n: number) => `Compte ${n}`,
    billing: (b: string) => `Facturation ${b}`,
    allAccounts: "Tous vos comptes",
    call: (n: number) => `Appel ${n}`,
    message: (id: number) => `Message ${id}`,
    agent: (a: string) => `Agent ${a}`,
    station: (n: number) => `Station ${n}`,
    duration: (min: string | null, max: string | null) =>
      min !== null && max !== null ? `Durée de ${min} à ${max} min` : min !== null ? `Durée d'au moins ${min} min` : `Durée d'au plus ${max} min`,
    quality: (min: string | null, max: string | null) =>
      min !== null && max !== null ? `Qualité de ${min} à ${max}` : min !== null ? `Qualité d'au moins ${min}` : `Qualité d'au plus ${max}`,
    callerId: (v: string) => `Appelant ${v}`,
    accountName: (v: string) => `Nom du compte contenant « ${v} »`,
    keyword: (v: string) => `Mot clé « ${v} »`,
  },
  live: {
    newMessages: (n: string, count: number) => `${n} nouveau${count > 1 ? "x" : ""} message${count > 1 ? "s" : ""} — afficher`,
    newCalls: (n: string, count: number) => `${n} nouvel${count > 1 ? "s" : ""} appel${count > 1 ? "s" : ""} — afficher`,
  },
  pwa: {
    updateAvailable: "Une nouvelle version est disponible.",
    reload: "Recharger",
    offlineReady: "Le portail est prêt à fonctionner hors ligne.",
    dismiss: "Fermer",
  },
};
