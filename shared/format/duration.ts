import type { Locale } from "../i18n/dictionary";
import { formatNumber } from "./number";

/** A duration in seconds as minutes with `decimals` decimals: 72 s → fr `1,2`, en `1.2`. */
export function formatMinutes(seconds: number, locale: Locale, decimals = 1): string {
  return formatNumber(seconds / 60, locale, decimals);
}

/** A duration in seconds as `mm:ss` (minutes grow past 59): 105 → `01:45`, 3725 → `62:05`. */
export function formatMinSec(seconds: number): string {
  const s = Math.max(0, Math.round(seconds));
  return `${String(Math.floor(s / 60)).padStart(2, "0")}:${String(s % 60).padStart(2, "0")}`;
}
