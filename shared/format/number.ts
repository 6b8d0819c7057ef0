import { intlTag, type Locale } from "../i18n/dictionary";

/**
 * Numbers for `fr-CA` / `en-CA`: fr `1 234,5` (no-break space, decimal comma), en `1,234.5`.
 */
const cache = new Map<string, Intl.NumberFormat>();
function nf(locale: Locale, options: Intl.NumberFormatOptions): Intl.NumberFormat {
  const key = locale + JSON.stringify(options);
  let f = cache.get(key);
  if (!f) cache.set(key, (f = new Intl.NumberFormat(intlTag[locale], options)));
  return f;
}

/** A number with exactly `decimals` decimals (default: as many as it has, up to 3). */
export function formatNumber(value: number, locale: Locale, decimals?: number): string {
  return nf(locale, decimals === undefined ? {} : { minimumFractionDigits: decimals, maximumFractionDigits: decimals }).format(value);
}

/** A ratio (0.082) as a percentage: fr `8,2 %`, en `8.2%`. */
export function formatPercent(ratio: number, locale: Locale, decimals = 1): string {
  return nf(locale, { style: "percent", minimumFractionDigits: decimals, maximumFractionDigits: decimals }).format(ratio);
}
