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

/** The first page of its search: no offset, or a `page` of offset 0 (the recorder's), or page 1. */
export function isFirstPage(report: StoredReport): boolean {
  const input = parseInput(report.input) ?? {};
  const page = input.page;
  const offset = typeof page === "object" && page !== null ? (page as { offset?: unknown }).offset : input.offset;
  if (offset !== undefined && offset !== 0) return false;
  return typeof page !== "number" || page <= 1;
}

/** The entries to list, newest first (as `reports` comes), each with the address it opens. */
export function recentEntries(
  reports: readonly StoredReport[],
  routeOf: (report: StoredReport) => string | null,
): { report: StoredReport; route: string }[] {
  const seen = new Set<string>();
  const entries: { report: StoredReport; route: string }[] = [];
  for (const report of reports) {
    if (helpers.has(report.path) || !isFirstPage(report)) continue;
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
