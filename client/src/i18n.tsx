import { type Accessor, createContext, createEffect, createSignal, type ParentProps, useContext } from "solid-js";
import { type Dictionary, defaultLocale, isLocale, type Locale } from "../../shared/i18n/dictionary";

/**
 * The current language. It starts from this device's last choice (localStorage), else French;
 * once signed in, the user's saved language wins (`applyUserLocale`). `<html lang>` follows.
 * Every visible string comes from `t()`: `t().home.welcome(company)`.
 *
 * Each language's dictionary is a file of its own, fetched the first time that language is
 * shown: a page loads one dictionary, not both (main.tsx loads the first before rendering;
 * a switch shows the new language once its file has arrived).
 */
export interface I18n {
  locale: Accessor<Locale>;
  t: Accessor<Dictionary>;
  /** Switches language on this device (the caller saves it for the user, see LanguageSwitch). */
  setLocale(locale: Locale): void;
}

/** A language with its dictionary, loaded. */
export interface Language {
  locale: Locale;
  dictionary: Dictionary;
}

const dictionaryFiles: Record<Locale, () => Promise<Dictionary>> = {
  fr: async () => (await import("../../shared/i18n/fr")).fr,
  en: async () => (await import("../../shared/i18n/en")).en,
};

export async function loadLanguage(locale: Locale): Promise<Language> {
  return { locale, dictionary: await dictionaryFiles[locale]() };
}

const storageKey = "portal.locale";
const I18nContext = createContext<I18n>();

export function storedLocale(): Locale {
  try {
    const value = localStorage.getItem(storageKey);
    return isLocale(value) ? value : defaultLocale;
  } catch {
    return defaultLocale;
  }
}

export function I18nProvider(props: ParentProps<{ language: Language }>) {
  const [language, setLanguage] = createSignal<Language>(props.language);
  createEffect(() => {
    document.documentElement.lang = language().locale;
  });
  // The last language asked for: a slower earlier switch must not win over it.
  let wanted = props.language.locale;
  const value: I18n = {
    locale: () => language().locale,
    t: () => language().dictionary,
    setLocale(next) {
      wanted = next;
      try {
        localStorage.setItem(storageKey, next);
      } catch {
        // Private browsing: the choice lasts for this page only.
      }
      if (next === language().locale) return;
      loadLanguage(next).then(
        (loaded) => {
          if (wanted === loaded.locale) setLanguage(loaded);
        },
        () => {
          // Its file could not be fetched (offline before the app was kept): stay in this language.
        },
      );
    },
  };
  return <I18nContext.Provider value={value}>{props.children}</I18nContext.Provider>;
}

export function useI18n(): I18n {
  const value = useContext(I18nContext);
  if (!value) throw new Error("useI18n outside <I18nProvider>");
  return value;
}
