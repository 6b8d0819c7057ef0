import { dictionaries, type Locale } from "../../shared/i18n";
import type { ReportDefinition, ReportResult } from "../reports/report-definition";
import { plainValue } from "./text-values";

/** RFC 4180: CRLF line ends; a field with a comma, quote or line break is quoted, quotes doubled. */
export function csvField(text: string): string {
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** The report's table as CSV: the header in the reader's language, then one line a row. */
export function reportCsv(
  definition: ReportDefinition,
  result: ReportResult<unknown, unknown>,
  { locale, timeZone }: { locale: Locale; timeZone: string },
): string {
  const d = dictionaries[locale];
  const lines = [definition.columns.map((c) => csvField(c.header(d))).join(",")];
  for (const row of result.rows) {
    lines.push(definition.columns.map((c) => csvField(plainValue(c.kind, c.value(row, d), timeZone))).join(","));
  }
  return lines.map((l) => `${l}\r\n`).join("");
}
