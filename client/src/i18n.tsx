import { type Accessor, createContext, createEffect, createSignal, type ParentProps, useContext } from "solid-js";
import { type Dictionary, defaultLocale, dictionaries, isLocale, type Locale } from "../../shared/i18n";

/**
 * The current language. It starts from this device's last choice (localStorage), else French;
 * once signed in, the user's saved language wins (`applyUserLocale`). `<html lang>` follows.
 * Every visible string comes from `t()`: `t().home.welcome(company)`.
 */
export interface I18n {
  locale: Accessor<Locale>;
  t: Accessor<Dictionary>;
  /** Switches language on this device (the caller saves it for the user, see LanguageSwitch). */
  setLocale(locale: Locale): void;
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

export function I18nProvider(props: ParentProps) {
  const [locale, setLocaleSignal] = createSignal<Locale>(storedLocale());
  createEffect(() => {
    document.documentElement.lang = locale();
  });
  const value: I18n = {
    locale,
    t: () => dictionaries[locale()],
    setLocale(next) {
      setLocaleSignal(next);
      try {
        localStorage.setItem(storageKey, next);
      } catch {
        // Private browsing: the choice lasts for this page only.
      }
    },
  };
  return <I18nContext.Provider value={value}>{props.children}</I18nContext.Provider>;
}

export function useI18n(): I18n {
  const value = useContext(I18nContext);
  if (!value) throw new Error("useI18n outside <I18nProvider>");
  return value;
}
