import type { fr } from "./fr";

/** The two languages of the portal; French is the default. */
export type Locale = "fr" | "en";
export const locales: readonly Locale[] = ["fr", "en"];
export const defaultLocale: Locale = "fr";

/** `fr-CA` / `en-CA`: the tags given to `Intl` for each language. */
export const intlTag: Record<Locale, string> = { fr: "fr-CA", en: "en-CA" };

/** The shape of French's dictionary, with string leaves (or string-returning functions). */
type Widen<T> = T extends string
  ? string
  : T extends (...args: infer A) => string
    ? (...args: A) => string
    : { [K in keyof T]: Widen<T[K]> };

/** What every language must provide: exactly fr.ts's keys, no more, no less. */
export type Dictionary = Widen<typeof fr>;

export function isLocale(value: unknown): value is Locale {
  return value === "fr" || value === "en";
}
