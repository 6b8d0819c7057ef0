import { formatCalendarDate, formatDateTime } from "../../shared/format/date-time";
import { dictionaries, type Dictionary, type Locale } from "../../shared/i18n";
import { fromLocal } from "../../shared/time-zone";
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
  options: { locale: Locale; timeZone: string; sender: string; note?: string; accountNumbers?: number[] },
): ReportEmailText {
  const { locale, timeZone } = options;
  const d = dictionaries[locale];
  const title = definition.title(d);
  const shown = (line: LabelledValue) => ({
    label: line.label,
    value: displayValue(line.kind ?? (typeof line.value === "number" ? "decimal2" : "text"), line.value, locale, timeZone),
  });
  // Filters name things (account 5201, call 13043858): numbers as they are written, never "5 201".
  const filterLines = definition
    .describeFilters(filters, d, locale, timeZone)
    .map((line) => (line.kind === "integer" && line.value !== null ? { label: line.label, value: String(line.value) } : shown(line)));
  const totalLines = [
    ...definition.totals(result, d, locale).map(shown),
    { label: d.report.rowCount, value: formatNumber(result.rows.length, locale, 0) },
  ];
  const greeting = d.report.emailGreeting(options.sender, title);
  const note = options.note?.trim() ?? "";
  const colon = locale === "fr" ? " : " : ": ";

  const text = [
    greeting,
    ...(note ? ["", d.report.emailNote(options.sender), ...note.split("\n").map((l) => `> ${l}`)] : []),
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
    note
      ? `<p><strong>${escapeHtml(d.report.emailNote(options.sender))}</strong></p><blockquote style="margin:0 0 1em;padding-left:1em;border-left:3px solid #8aa">${escapeHtml(note).replace(/\n/g, "<br>")}</blockquote>`
      : "",
    `<h2 style="font-size:1.1em">${escapeHtml(d.report.filters)}</h2>`,
    table(filterLines),
    `<h2 style="font-size:1.1em">${escapeHtml(d.report.emailTotals)}</h2>`,
    table(totalLines),
    `<p>${escapeHtml(d.report.emailAttached)}</p>`,
    "</body></html>",
  ].join("\n");

  return { subject: d.report.emailSubject(title, subjectAccount(filters, d, options.accountNumbers ?? []), subjectPeriod(filters, d, locale, timeZone)), text, html };
}

type SomeFilters = { account?: number; billing?: string; from?: string; to?: string; period?: string };

/** The account the report is about, as the subject names it: its number, its billing number, or all. */
function subjectAccount(filters: unknown, d: Dictionary, accountNumbers: number[]): string {
  const f = (filters ?? {}) as SomeFilters;
  if (typeof f.account === "number") return d.report.emailAccount(String(f.account));
  if (typeof f.billing === "string" && f.billing) return d.report.emailBilling(f.billing);
  if (accountNumbers.length === 1) return d.report.emailAccount(String(accountNumbers[0]));
  return d.report.emailAllAccounts;
}

/** The period, as the subject names it: dates (or dates and times), or the preset's name; none for the billing history. */
function subjectPeriod(filters: unknown, d: Dictionary, locale: Locale, timeZone: string): string {
  const f = (filters ?? {}) as SomeFilters;
  if (f.period && f.period !== "custom") {
    return (d.sections.recordings.periods as Record<string, string>)[f.period] ?? "";
  }
  if (typeof f.from !== "string" || typeof f.to !== "string") return "";
  const one = (value: string) => {
    if (/^\d{4}-\d{2}-\d{2}$/.test(value)) return formatCalendarDate(value, locale);
    const [date, time] = value.split("T") as [string, string];
    return formatDateTime(fromLocal(date, time.slice(0, 5), timeZone), locale, timeZone);
  };
  return d.report.emailPeriod(one(f.from), one(f.to));
}

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}
