import { dictionaries, type Locale } from "../../shared/i18n";
import { formatNumber } from "../../shared/format/number";
import { displayValue } from "../exports/text-values";
import type { LabelledValue, ReportDefinition, ReportResult } from "../reports/report-definition";

export interface ReportEmailText {
  subject: string;
  text: string;
  html: string;
}

/**
 * The body of a report e-mail, in the sender's language: who sends which report, their note,
 * the filters, the totals and the row count; the spreadsheet itself is attached. Everything
 * from users or data is HTML-escaped in the HTML part.
 */
export function reportEmailText(
  definition: ReportDefinition,
  result: ReportResult<unknown, unknown>,
  filters: unknown,
  options: { locale: Locale; timeZone: string; sender: string; note?: string },
): ReportEmailText {
  const { locale, timeZone } = options;
  const d = dictionaries[locale];
  const title = definition.title(d);
  const shown = (line: LabelledValue) => ({
    label: line.label,
    value: displayValue(line.kind ?? (typeof line.value === "number" ? "decimal2" : "text"), line.value, locale, timeZone),
  });
  const filterLines = definition.describeFilters(filters, d, locale, timeZone).map(shown);
  const totalLines = [
    ...definition.totals(result, d, locale).map(shown),
    { label: d.report.rowCount, value: formatNumber(result.rows.length, locale, 0) },
  ];
  const greeting = d.report.emailGreeting(options.sender, title);
  const note = options.note?.trim() ?? "";
  const colon = locale === "fr" ? " : " : ": ";

  const text = [
    greeting,
    ...(note ? ["", d.report.emailNote, note] : []),
    "",
    d.report.filters,
    ...filterLines.map((l) => `  ${l.label}${colon}${l.value}`),
    "",
    d.report.emailTotals,
    ...totalLines.map((l) => `  ${l.label}${colon}${l.value}`),
    "",
    d.report.emailAttached,
    "",
  ].join("\n");

  const table = (lines: { label: string; value: string }[]) =>
    `<table cellpadding="4" style="border-collapse:collapse">${lines
      .map((l) => `<tr><th align="left" style="padding-right:1em">${escapeHtml(l.label)}</th><td>${escapeHtml(l.value)}</td></tr>`)
      .join("")}</table>`;
  const html = [
    `<!doctype html><html lang="${locale}"><body style="font-family:sans-serif;color:#15242e">`,
    `<p>${escapeHtml(greeting)}</p>`,
    note ? `<p><strong>${escapeHtml(d.report.emailNote)}</strong><br>${escapeHtml(note).replace(/\n/g, "<br>")}</p>` : "",
    `<h2 style="font-size:1.1em">${escapeHtml(d.report.filters)}</h2>`,
    table(filterLines),
    `<h2 style="font-size:1.1em">${escapeHtml(d.report.emailTotals)}</h2>`,
    table(totalLines),
    `<p>${escapeHtml(d.report.emailAttached)}</p>`,
    "</body></html>",
  ].join("\n");

  return { subject: d.report.emailSubject(title), text, html };
}

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}
