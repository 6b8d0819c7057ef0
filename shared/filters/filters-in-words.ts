import { formatCalendarDate } from "../format/date-time";
import { formatNumber } from "../format/number";
import type { CoreDictionary, Locale } from "../i18n/dictionary";
import { formatTimeOfDay, statisticsHeading } from "../statistics-heading";
import { billableFilters } from "./billable";
import { billingFilters } from "./billing";
import { messagesFilters } from "./messages";
import { recordingsFilters } from "./recordings";
import { statisticsFilters } from "./statistics";

/**
 * A report's filters said in words, as its heading says them — `Depuis minuit · Compte 5201`,
 * `2026-11-24 00:00 au 2026-11-24 23:59 · Mot clé « fuite »` — never as raw values. For what
 * is shown beside a copy kept offline (the banner, "Recently viewed"), from the query's input as
 * it was sent; each part stands alone (a chip, a line). Defaults (0 and 9999 minutes, every
 * hour, every day) are not filters and are not listed.
 */

/** The local `YYYY-MM-DDTHH:MM` of the recorder's form, as the reports show a date and time. */
function localDateTime(value: string, locale: Locale): string {
  const [date, time = "00:00"] = value.split("T") as [string, string?];
  return `${date} ${formatTimeOfDay(time.slice(0, 5), locale)}`;
}

/** A calendar day as the billable calls' heading spells it. */
const longDate = (date: string, locale: Locale) => formatCalendarDate(date, locale, "long");

/** The filters of a section's query, in the order its form lists them; `[]` when none. */
export function filtersInWords(path: string, input: unknown, t: CoreDictionary, locale: Locale): string[] {
  const w = t.filterWords;
  const body = (input ?? {}) as Record<string, unknown>;
  const filters = typeof body.filters === "object" && body.filters !== null ? body.filters : body;
  const section = path.split(".")[0];
  const n = (value: number) => formatNumber(value, locale, value % 1 === 0 ? 0 : 1);

  if (path === "messages.byId") {
    return typeof body.messageId === "number" ? [w.message(body.messageId)] : [];
  }
  if (section === "recordings") {
    const parsed = recordingsFilters.safeParse(filters);
    if (!parsed.success) return [];
    const f = parsed.data;
    const parts = [
      f.period === "custom" && f.from && f.to
        ? w.period(localDateTime(f.from, locale), localDateTime(f.to, locale))
        : t.sections.recordings.periods[f.period],
    ];
    if (f.account !== undefined) parts.push(w.account(f.account));
    if (f.billing) parts.push(w.billing(f.billing));
    if (f.call !== undefined) parts.push(w.call(f.call));
    if (f.agent) parts.push(w.agent(f.agent.toUpperCase()));
    if (f.station !== undefined) parts.push(w.station(f.station));
    const minMinutes = f.minMinutes > 0 ? n(f.minMinutes) : null;
    const maxMinutes = f.maxMinutes < 9999 ? n(f.maxMinutes) : null;
    if (minMinutes !== null || maxMinutes !== null) parts.push(w.duration(minMinutes, maxMinutes));
    if (f.callerId) parts.push(w.callerId(f.callerId));
    if (f.accountName) parts.push(w.accountName(f.accountName));
    const minQuality = f.minQuality !== undefined && f.minQuality > 0 ? String(f.minQuality) : null;
    const maxQuality = f.maxQuality !== undefined && f.maxQuality < 100 ? String(f.maxQuality) : null;
    if (minQuality !== null || maxQuality !== null) parts.push(w.quality(minQuality, maxQuality));
    return parts;
  }
  if (section === "messages") {
    const parsed = messagesFilters.safeParse(filters);
    if (!parsed.success) return [];
    const f = parsed.data;
    // As the page's heading: the first minute of the first day to the last of the last.
    const parts = [w.period(localDateTime(`${f.from}T00:00`, locale), localDateTime(`${f.to}T23:59`, locale))];
    parts.push(f.account !== undefined ? w.account(f.account) : f.billing ? w.billing(f.billing) : w.allAccounts);
    if (f.call !== undefined) parts.push(w.call(f.call));
    if (f.agent) parts.push(w.agent(f.agent.toUpperCase()));
    if (f.keyword) parts.push(w.keyword(f.keyword));
    return parts;
  }
  if (section === "billable") {
    const parsed = billableFilters.safeParse(filters);
    if (!parsed.success) return [];
    const f = parsed.data;
    return [
      t.sections.billable.period(longDate(f.from, locale), longDate(f.to, locale)),
      f.account !== undefined ? w.account(f.account) : w.allAccounts,
    ];
  }
  if (section === "billing") {
    const parsed = billingFilters.safeParse(filters);
    if (!parsed.success) return [];
    return [parsed.data.account !== undefined ? w.account(parsed.data.account) : w.billing(parsed.data.billing ?? "")];
  }
  if (section === "statistics") {
    const parsed = statisticsFilters.safeParse(filters);
    if (!parsed.success) return [];
    const f = parsed.data;
    // The account count is not known offline: "every account" then says so without a number.
    const heading = statisticsHeading(f, t, locale, { companies: [], accountCount: 0 });
    const parts = [heading.period, f.account === undefined && !f.billing ? w.allAccounts : heading.accounts];
    if (f.after !== "00:00" || f.before !== "23:59") parts.push(heading.hours);
    if (f.weekday !== null) parts.push(heading.weekday);
    return [...parts, ...heading.others];
  }
  if (section === "account") {
    return typeof body.account === "number" ? [w.account(body.account)] : [];
  }
  return [];
}

/** The parts in one line, or the dictionary's "no filters". */
export function filtersLine(path: string, input: unknown, t: CoreDictionary, locale: Locale): string {
  const parts = filtersInWords(path, input, t, locale);
  return parts.length > 0 ? parts.join(" · ") : t.offline.noFilters;
}
