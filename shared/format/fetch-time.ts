import type { Locale } from "../i18n/dictionary";
import { toLocal } from "../time-zone";
import { firstOfMonth, formatTime } from "./date-time";

/**
 * When a copy kept on the device was fetched, as the offline banner says it, in the service's
 * zone: fr `22 mars à 14 h 05`, `1er décembre à 9 h 00`, en `Mar 22, 2:05 p.m.` (the portal's
 * English time of day, as in every report). No year: copies are at most 7 days old.
 */
export function formatFetchTime(instant: Date | string, locale: Locale, zone: string): string {
  const date = instant instanceof Date ? instant : new Date(instant);
  if (locale === "fr") {
    const day = new Intl.DateTimeFormat("fr-CA", { timeZone: zone, day: "numeric", month: "long" }).format(date);
    const [hours, minutes] = toLocal(date, zone).time.split(":") as [string, string];
    return `${firstOfMonth(day, locale)} à ${Number(hours)} h ${minutes}`;
  }
  const day = new Intl.DateTimeFormat("en-US", { timeZone: zone, month: "short", day: "numeric" }).format(date);
  return `${day}, ${formatTime(date, "en", zone)}`;
}
