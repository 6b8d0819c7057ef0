import type { Dictionary, Locale } from "./dictionary";
import { en } from "./en";
import { fr } from "./fr";

export { defaultLocale, intlTag, isLocale, locales } from "./dictionary";
export type { CoreDictionary, Dictionary, DictionaryWith, Locale } from "./dictionary";
export { en, fr };

/** Every language's dictionary, by locale. */
export const dictionaries: Record<Locale, Dictionary> = { fr, en };
