/** The words of the change-password page, in French: loaded with that page (client/src/i18n.tsx). */
export const frPassword = {
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
    throttled: "Trop de tentatives : attendez une minute, puis réessayez.",
  },
};
