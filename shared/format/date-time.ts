import { intlTag, type Locale } from "../i18n/dictionary";
import { toLocal } from "../time-zone";

/**
 * Dates and times as users read them, in the service's time zone (not the browser's), for
 * `fr-CA` / `en-CA`. Instants come as `Date` or ISO strings; calendar days as `YYYY-MM-DD`.
 *
 * fr: `2026-03-08 14:05:09` (24-hour); en: `2026-03-08 2:05:09 p.m.`.
 */
export type Instant = Date | string;

const cache = new Map<string, Intl.DateTimeFormat>();
function dtf(tag: string, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = tag + JSON.stringify(options);
  let f = cache.get(key);
  if (!f) cache.set(key, (f = new Intl.DateTimeFormat(tag, options)));
  return f;
}

const toDate = (instant: Instant) => (instant instanceof Date ? instant : new Date(instant));

/** `2026-03-08` in both languages (the numeric form fr-CA and en-CA share). */
export function formatDate(instant: Instant, zone: string): string {
  return toLocal(toDate(instant), zone).date;
}

/** The time of day: fr `14:05` / `14:05:09`; en `2:05 p.m.` / `2:05:09 p.m.`. */
export function formatTime(instant: Instant, locale: Locale, zone: string, options: { seconds?: boolean } = {}): string {
  const d = toDate(instant);
  if (locale === "fr") {
    const t = toLocal(d, zone).time;
    return options.seconds ? t : t.slice(0, 5);
  }
  return dtf(intlTag.en, {
    timeZone: zone,
    hour: "numeric",
    minute: "2-digit",
    second: options.seconds ? "2-digit" : undefined,
    hour12: true,
  }).format(d);
}

/** Date and time, as in report rows: fr `2026-03-08 14:05:09`, en `2026-03-08 2:05:09 p.m.`. */
export function formatDateTime(instant: Instant, locale: Locale, zone: string, options: { seconds?: boolean } = {}): string {
  return `${formatDate(instant, zone)} ${formatTime(instant, locale, zone, options)}`;
}

/** A spelled-out date, for headings: fr `8 mars 2026`, `1er décembre 2026`; en `March 8, 2026`. */
export function formatLongDate(instant: Instant, locale: Locale, zone: string): string {
  return firstOfMonth(dtf(intlTag[locale], { timeZone: zone, dateStyle: "long" }).format(toDate(instant)), locale);
}

/**
 * French writes the first of a month as an ordinal, `1er décembre`, which `Intl` does not
 * (it gives `1 décembre`): applied to any French date that starts with its day.
 */
export function firstOfMonth(spelled: string, locale: Locale): string {
  return locale === "fr" ? spelled.replace(/^1(?= )/, "1er") : spelled;
}

/**
 * A calendar day `YYYY-MM-DD` (no time zone involved), numeric (`2026-03-08`) or spelled out
 * (`8 mars 2026`, `1er décembre 2026` / `March 8, 2026`).
 */
export function formatCalendarDate(date: string, locale: Locale, style: "numeric" | "long" = "numeric"): string {
  if (style === "numeric") return date;
  const [y, m, d] = date.split("-").map(Number) as [number, number, number];
  return firstOfMonth(dtf(intlTag[locale], { timeZone: "UTC", dateStyle: "long" }).format(new Date(Date.UTC(y, m - 1, d, 12))), locale);
}

/** The weekday's name: fr `lundi`, en `Monday` (0 = Sunday … 6 = Saturday). */
export function weekdayName(weekday: number, locale: Locale): string {
  // 2023-01-01 was a Sunday.
  return dtf(intlTag[locale], { timeZone: "UTC", weekday: "long" }).format(new Date(Date.UTC(2023, 0, 1 + weekday, 12)));
}
