import type { Locale } from "../i18n/dictionary";
import { toLocal } from "../time-zone";

/**
 * When a copy kept on the device was fetched, as the offline banner says it, in the service's
 * zone: fr `22 mars à 14 h 05`, en `Mar 22, 2:05 PM`. No year: copies are at most 7 days old.
 */
export function formatFetchTime(instant: Date | string, locale: Locale, zone: string): string {
  const date = instant instanceof Date ? instant : new Date(instant);
  if (locale === "fr") {
    const day = new Intl.DateTimeFormat("fr-CA", { timeZone: zone, day: "numeric", month: "long" }).format(date);
    const [hours, minutes] = toLocal(date, zone).time.split(":") as [string, string];
    return `${day} à ${Number(hours)} h ${minutes}`;
  }
  const day = new Intl.DateTimeFormat("en-US", { timeZone: zone, month: "short", day: "numeric" }).format(date);
  const time = new Intl.DateTimeFormat("en-US", { timeZone: zone, hour: "numeric", minute: "2-digit", hour12: true }).format(date);
  return `${day}, ${time}`;
}
