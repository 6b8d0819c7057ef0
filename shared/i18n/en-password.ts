import type { DictionaryParts } from "./dictionary";

/** The words of the change-password page, in English: the same keys as `fr-password.ts`. */
export const enPassword: DictionaryParts["password"] = {
  password: {
    title: "Change password",
    current: "Current password",
    next: "New password",
    confirm: "Confirm the new password",
    hint: "At least 8 characters.",
    submit: "Change password",
    busy: "Saving…",
    done: "Your password has been changed. Your other devices will have to sign in again.",
    wrongPassword: "The current password is incorrect.",
    tooShort: "The new password must be at least 8 characters long.",
    mismatch: "The two new passwords do not match.",
    throttled: "Too many attempts: wait a minute, then try again.",
  },
};
