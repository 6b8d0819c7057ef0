import type { Locale } from "../../shared/i18n/dictionary";
import { offsetAt } from "../../shared/time-zone";
import type { CellKind, CellValue } from "../reports/report-definition";

/**
 * A report value as a spreadsheet cell: a real date, number or duration, with the number
 * format Excel shows it in. Format codes are always written in Excel's en-US syntax; Excel
 * shows the decimal separator of the reader's own settings.
 */
export interface SpreadsheetCell {
  value: string | number | Date | null;
  numFmt?: string;
}

const numberFormats: Partial<Record<CellKind, string>> = {
  integer: "0",
  minutes1: "0.0",
  decimal2: "0.00",
  datetime: "yyyy-mm-dd hh:mm:ss",
  date: "yyyy-mm-dd",
  // [mm] keeps counting past 60 minutes, as the page's mm:ss does.
  mmss: "[mm]:ss",
  percent: "0.0%",
};

export function numberFormat(kind: CellKind, locale: Locale): string | undefined {
  if (kind === "money") return locale === "fr" ? "#,##0.00 $" : "$#,##0.00";
  return numberFormats[kind];
}

/**
 * Excel has no time zones: a date cell is a wall-clock reading. exceljs writes a `Date` by its
 * UTC fields, so an instant becomes a Date whose UTC fields are the service zone's local time.
 */
export function wallClock(instant: Date, timeZone: string): Date {
  const t = instant.getTime();
  const hour = Math.floor(t / HOUR);
  const key = `${timeZone} ${hour}`;
  let offset = hourOffsets.get(key);
  if (offset === undefined) {
    // Intl's formatToParts per cell was the export's largest cost (100,000 rows): the zone's
    // offset is looked up once per UTC hour instead, and used for the whole hour only when it
    // is the same at both ends of it (a change of time inside the hour: each instant its own).
    const first = offsetAt(new Date(hour * HOUR), timeZone);
    offset = first === offsetAt(new Date(hour * HOUR + HOUR - 1000), timeZone) ? first : null;
    if (hourOffsets.size > 10_000) hourOffsets.clear();
    hourOffsets.set(key, offset);
  }
  // Whole seconds, as the cell shows them.
  return new Date(Math.floor((t + (offset ?? offsetAt(instant, timeZone))) / 1000) * 1000);
}

const HOUR = 3_600_000;
const hourOffsets = new Map<string, number | null>();

export function spreadsheetCell(kind: CellKind, value: CellValue, locale: Locale, timeZone: string): SpreadsheetCell {
  if (value === null || value === "") return { value: null };
  const numFmt = numberFormat(kind, locale);
  switch (kind) {
    case "text":
      return { value: String(value) };
    case "datetime": {
      const instant = new Date(value);
      return Number.isNaN(instant.getTime()) ? { value: String(value) } : { value: wallClock(instant, timeZone), numFmt };
    }
    case "date": {
      const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(String(value));
      return m ? { value: new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]))), numFmt } : { value: String(value) };
    }
    case "mmss":
      return { value: Number(value) / 86400, numFmt };
    case "percent":
      // The report's 0–100 becomes Excel's ratio, so the cell reads as a real percentage.
      return { value: Number(value) / 100, numFmt };
    default: {
      const n = Number(value);
      return Number.isFinite(n) ? { value: n, numFmt } : { value: String(value) };
    }
  }
}
