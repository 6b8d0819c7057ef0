import type { StoredReport } from "./report-store";

/**
 * Which of the copies kept on this device "Consultés récemment / Recently viewed" lists, and
 * where each opens. One entry per page a user would reopen: the first page of a search (later
 * pages and "more" are parts of it), never a page's helpers, and one entry per address — the
 * newest — so the statistics' figures and their charts, or the same search sorted another way,
 * are not listed twice.
 */

/** Queries that only help a page (its choices, a meter, the charts beside the figures, the calls behind one). */
const helpers = new Set(["statistics.options", "statistics.charts", "statistics.calls", "billable.cycleMeter", "account.requests"]);

/** Whether a procedure only helps its page: its copy is not a report of its own, nor what the banner describes. */
export function isHelper(path: string): boolean {
  return helpers.has(path);
}

/** The first page of its search: no offset, or a `page` of offset 0 (the recorder's), or page 1. */
export function isFirstPage(report: StoredReport): boolean {
  const input = parseInput(report.input) ?? {};
  const page = input.page;
  const offset = typeof page === "object" && page !== null ? (page as { offset?: unknown }).offset : input.offset;
  if (offset !== undefined && offset !== 0) return false;
  return typeof page !== "number" || page <= 1;
}

/** Procedures whose input names one record: another record is never an answer for it. */
const oneRecord = new Set(["messages.byId"]);

/** The copy an opening query never viewed offline shows instead: the newest first page of that procedure, if it stands for a search. */
export function newestStandIn(reports: readonly StoredReport[], path: string): StoredReport | undefined {
  if (oneRecord.has(path)) return undefined;
  return reports.find((r) => r.path === path && isFirstPage(r));
}

/** The entries to list, newest first (as `reports` comes), each with the address it opens. */
export function recentEntries(
  reports: readonly StoredReport[],
  routeOf: (report: StoredReport) => string | null,
): { report: StoredReport; route: string }[] {
  const seen = new Set<string>();
  const entries: { report: StoredReport; route: string }[] = [];
  for (const report of reports) {
    if (isHelper(report.path) || !isFirstPage(report)) continue;
    const route = routeOf(report);
    if (!route || seen.has(route)) continue;
    seen.add(route);
    entries.push({ report, route });
  }
  return entries;
}

export function parseInput(text: string): Record<string, unknown> | null {
  if (!text) return null;
  try {
    const value: unknown = JSON.parse(text);
    return typeof value === "object" && value !== null ? (value as Record<string, unknown>) : null;
  } catch {
    return null;
  }
}
