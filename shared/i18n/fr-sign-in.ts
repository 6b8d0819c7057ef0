/**
 * The sign-in page's words in French (fr.ts takes its `common` and `signIn` ones from here):
 * a module of their own, so that the page, which shows both languages side by side, loads these
 * rather than both dictionaries.
 */
export const frSignIn = {
  common: {
    appName: "Portail client",
    serviceName: "Solutions de gestion d'appels",
    serviceUnavailable: "Le service est momentanément indisponible. Réessayez dans quelques instants.",
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
};
