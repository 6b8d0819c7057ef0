import { formatCalendarDate, formatDateTime } from "../../shared/format/date-time";
import { formatMinSec } from "../../shared/format/duration";
import { formatMoney } from "../../shared/format/money";
import { formatNumber, formatPercent } from "../../shared/format/number";
import type { Locale } from "../../shared/i18n";
import { toLocal } from "../../shared/time-zone";
import type { CellKind, CellValue } from "../reports/report-definition";

/** A report value as a reader sees it on the page, in their language (e-mail summaries). */
export function displayValue(kind: CellKind, value: CellValue, locale: Locale, timeZone: string): string {
  if (value === null || value === "") return "";
  switch (kind) {
    case "text":
      return String(value);
    case "datetime":
      return formatDateTime(String(value), locale, timeZone, { seconds: true });
    case "date":
      return formatCalendarDate(String(value), locale);
    case "money":
      return formatMoney(String(value), locale);
    case "mmss":
      return formatMinSec(Number(value));
    case "percent":
      return formatPercent(Number(value) / 100, locale, 1);
    default:
      return formatNumber(Number(value), locale, decimals[kind]);
  }
}

const decimals: Partial<Record<CellKind, number>> = { integer: 0, minutes1: 1, decimal2: 2 };

/**
 * A report value for programs (CSV): no grouping, a dot for decimals, date-times as local ISO
 * `2026-11-20T09:05:09` in the service's zone, money as its decimal string.
 */
export function plainValue(kind: CellKind, value: CellValue, timeZone: string): string {
  if (value === null) return "";
  switch (kind) {
    case "datetime": {
      const instant = new Date(value);
      if (Number.isNaN(instant.getTime())) return String(value);
      const l = toLocal(instant, timeZone);
      return `${l.date}T${l.time}`;
    }
    case "mmss":
      return formatMinSec(Number(value));
    case "minutes1":
    case "percent":
      return Number(value).toFixed(1);
    case "decimal2":
      return Number(value).toFixed(2);
    default:
      return String(value);
  }
}
