import type { DictionaryWith, Locale } from "../../../shared/i18n";
import { formatNumber } from "../../../shared/format/number";

/** A size as people read it: `1,4 Mo` / `1.4 MB` (powers of 1024, one decimal above 1 KB). */
export function formatByteSize(bytes: number, locale: Locale, t: DictionaryWith<"onThisDevice">): string {
  const units = [t.offline.units.b, t.offline.units.kb, t.offline.units.mb, t.offline.units.gb];
  let value = bytes;
  let unit = 0;
  while (value >= 1024 && unit < units.length - 1) {
    value /= 1024;
    unit++;
  }
  return `${formatNumber(value, locale, unit === 0 ? 0 : 1)} ${units[unit]}`;
}
