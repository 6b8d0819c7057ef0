import {
  type Accessor,
  type Component,
  type ComponentProps,
  createContext,
  createEffect,
  createMemo,
  createResource,
  createSignal,
  lazy,
  type ParentProps,
  Show,
  useContext,
} from "solid-js";
import {
  type CoreDictionary,
  type DictionaryParts,
  type DictionaryWith,
  defaultLocale,
  isLocale,
  joinParts,
  type Locale,
  type Part,
} from "../../shared/i18n/dictionary";

/**
 * The current language. It starts from this device's last choice (localStorage), else French;
 * once signed in, the user's saved language wins (session.tsx). `<html lang>` follows.
 * Every visible string comes from the dictionaries: `t().home.welcome(company)`.
 *
 * A language's words are files of their own, fetched when used: its core (`fr-core.ts`: what
 * every page may show), which main.tsx loads before the first render, and a part per page that
 * shows words of its own (`fr-recordings.ts`, …), which its route loads beside the page's code
 * (app.tsx), as does code a page loads later with what it shows (`withStrings`: the e-mail
 * dialog, the statistics' charts and calls). `t()` is the core alone, in its type and at run
 * time; a page reads its part through `useStrings(part)`, which throws if the part is not
 * loaded rather than return nothing. A switch shows the new language once its core and every
 * part asked for so far have arrived.
 */
export interface I18n {
  locale: Accessor<Locale>;
  t: Accessor<CoreDictionary>;
  /** Switches language on this device (the caller saves it for the user, see LanguageSwitch). */
  setLocale(locale: Locale): void;
  /**
   * Loads `part` in the current language, and in every language switched to from now on:
   * `true` at once when it is already in, else a promise of `true` once it is.
   */
  loadPart(part: Part): true | Promise<true>;
  /** The core and `part`, joined; throws if `part` is not loaded. */
  strings<P extends Part>(part: P): DictionaryWith<P>;
}

/** A language with its core and the parts loaded so far, each joined with the core. */
export interface Language {
  locale: Locale;
  core: CoreDictionary;
  parts: { [P in Part]?: DictionaryWith<P> };
}

const coreFiles: Record<Locale, () => Promise<CoreDictionary>> = {
  fr: () => import("../../shared/i18n/fr-core").then((m) => m.frCore),
  en: () => import("../../shared/i18n/en-core").then((m) => m.enCore),
};

const partFiles: { [P in Part]: Record<Locale, () => Promise<DictionaryParts[P]>> } = {
  recordings: {
    fr: () => import("../../shared/i18n/fr-recordings").then((m) => m.frRecordings),
    en: () => import("../../shared/i18n/en-recordings").then((m) => m.enRecordings),
  },
  messages: {
    fr: () => import("../../shared/i18n/fr-messages").then((m) => m.frMessages),
    en: () => import("../../shared/i18n/en-messages").then((m) => m.enMessages),
  },
  account: {
    fr: () => import("../../shared/i18n/fr-account").then((m) => m.frAccount),
    en: () => import("../../shared/i18n/en-account").then((m) => m.enAccount),
  },
  billing: {
    fr: () => import("../../shared/i18n/fr-billing").then((m) => m.frBilling),
    en: () => import("../../shared/i18n/en-billing").then((m) => m.enBilling),
  },
  billable: {
    fr: () => import("../../shared/i18n/fr-billable").then((m) => m.frBillable),
    en: () => import("../../shared/i18n/en-billable").then((m) => m.enBillable),
  },
  statistics: {
    fr: () => import("../../shared/i18n/fr-statistics").then((m) => m.frStatistics),
    en: () => import("../../shared/i18n/en-statistics").then((m) => m.enStatistics),
  },
  statisticsCalls: {
    fr: () => import("../../shared/i18n/fr-statistics-calls").then((m) => m.frStatisticsCalls),
    en: () => import("../../shared/i18n/en-statistics-calls").then((m) => m.enStatisticsCalls),
  },
  statisticsCharts: {
    fr: () => import("../../shared/i18n/fr-statistics-charts").then((m) => m.frStatisticsCharts),
    en: () => import("../../shared/i18n/en-statistics-charts").then((m) => m.enStatisticsCharts),
  },
  emailDialog: {
    fr: () => import("../../shared/i18n/fr-email-dialog").then((m) => m.frEmailDialog),
    en: () => import("../../shared/i18n/en-email-dialog").then((m) => m.enEmailDialog),
  },
  onThisDevice: {
    fr: () => import("../../shared/i18n/fr-on-this-device").then((m) => m.frOnThisDevice),
    en: () => import("../../shared/i18n/en-on-this-device").then((m) => m.enOnThisDevice),
  },
  password: {
    fr: () => import("../../shared/i18n/fr-password").then((m) => m.frPassword),
    en: () => import("../../shared/i18n/en-password").then((m) => m.enPassword),
  },
};

/** `locale`'s core and `parts`, fetched side by side. */
export async function loadLanguage(locale: Locale, parts: readonly Part[] = []): Promise<Language> {
  const [core, loaded] = await Promise.all([coreFiles[locale](), loadParts(locale, parts)]);
  return { locale, core, parts: joinEach(core, parts, loaded) };
}

/** `language` with `parts` besides (those it has are not fetched again). */
async function withParts(language: Language, parts: readonly Part[]): Promise<Language> {
  const missing = parts.filter((part) => !language.parts[part]);
  const loaded = await loadParts(language.locale, missing);
  return { ...language, parts: { ...language.parts, ...joinEach(language.core, missing, loaded) } };
}

const loadParts = (locale: Locale, parts: readonly Part[]) => Promise.all(parts.map((part) => partFiles[part][locale]()));

const joinEach = (core: CoreDictionary, parts: readonly Part[], loaded: readonly object[]): Language["parts"] =>
  Object.fromEntries(parts.map((part, i) => [part, joinParts(core, loaded[i]!)]));

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
  // A part arriving changes neither: what reads only the core is not run again for it.
  const locale = createMemo(() => language().locale);
  const core = createMemo(() => language().core);
  createEffect(() => {
    document.documentElement.lang = locale();
  });
  // The parts the pages have asked for, which every language shown from now on brings.
  const inUse = new Set<Part>(Object.keys(props.language.parts) as Part[]);
  // The parts on their way, by language and part: asked again, the same promise.
  const pending = new Map<string, Promise<true>>();
  // The last language asked for: a slower earlier switch must not win over it.
  let wanted = props.language.locale;
  const value: I18n = {
    locale,
    t: core,
    setLocale(next) {
      wanted = next;
      try {
        localStorage.setItem(storageKey, next);
      } catch {
        // Private browsing: the choice lasts for this page only.
      }
      if (next === language().locale) return;
      // Shown once every part in use has come, in the same step as the check (a page may have
      // asked for one while the others were on their way).
      const show = (loaded: Language): Promise<void> | void => {
        if (wanted !== loaded.locale) return;
        const missing = [...inUse].filter((part) => !loaded.parts[part]);
        if (missing.length > 0) return withParts(loaded, missing).then(show);
        setLanguage(loaded);
      };
      loadLanguage(next, [...inUse])
        .then(show)
        .catch(() => {
          // A file could not be fetched (offline before the app was kept): stay in this language.
        });
    },
    loadPart(part) {
      inUse.add(part);
      const current = language();
      if (current.parts[part]) return true;
      const key = `${current.locale}:${part}`;
      let loading = pending.get(key);
      if (!loading) {
        loading = withParts(current, [part]).then(
          (loaded) => {
            pending.delete(key);
            // A switch shown meanwhile has brought the part in its own language already.
            setLanguage((now) => (now.locale === loaded.locale ? { ...now, parts: { ...now.parts, [part]: loaded.parts[part] } } : now));
            return true as const;
          },
          (error: unknown) => {
            pending.delete(key);
            throw error;
          },
        );
        pending.set(key, loading);
      }
      return loading;
    },
    strings(part) {
      const strings = language().parts[part];
      if (!strings) throw new Error(`The ${part} strings are read before they are loaded: the page's route must load them (app.tsx).`);
      return strings;
    },
  };
  return <I18nContext.Provider value={value}>{props.children}</I18nContext.Provider>;
}

export function useI18n(): I18n {
  const value = useContext(I18nContext);
  if (!value) throw new Error("useI18n outside <I18nProvider>");
  return value;
}

/**
 * The core and `part`: the words of a page whose route loads that part (app.tsx), for the page
 * and the components only it shows, or of a component loaded with its part (`withStrings`). `t().sections.recordings.lead` then reads as before; `t()`
 * of `useI18n` has the core only.
 */
export function useStrings<P extends Part>(part: P): Accessor<DictionaryWith<P>> {
  const i18n = useI18n();
  i18n.strings(part);
  return () => i18n.strings(part);
}

/**
 * A component whose code is loaded apart (as `lazy` does) with the part of the dictionary it
 * shows: both fetched side by side when it is first drawn (or at `preload`: a route's, on a
 * link's hover), and drawn once both are in; until then, as for its code alone, the nearest
 * `<Suspense>` waits (a navigation keeps the page before).
 */
export function withStrings<T extends Component<any>>(part: Part, load: () => Promise<{ default: T }>) {
  const Code = lazy(load);
  const Loaded = (props: ComponentProps<T>) => {
    const i18n = useI18n();
    void Code.preload();
    const [loaded] = createResource(() => i18n.loadPart(part));
    return (
      <Show when={loaded()}>
        <Code {...props} />
      </Show>
    );
  };
  return Object.assign(Loaded, { preload: Code.preload });
}
