import { addDays, startOfDay, today } from "./time-zone";

/**
 * The one retention rule: what is kept, shown and served starts at local midnight
 * `retentionDays` days before today, in the service's zone. Every section, the recording
 * route and the retention job ask here, so a call listed on the window's oldest day is also
 * played, and the job removes exactly what no page shows.
 *
 * One policy for a period reaching past it, on the page, in exports, in the e-mail and in the
 * CLI alike: it is refused (`beforeWindow`, on `from`: `filters/within-window.ts`), never
 * silently shortened — a report of "Oct 1 – Nov 30" that quietly covers Oct 2 – Nov 30 would
 * read as complete.
 */
export interface RetentionClock {
  timeZone: string;
  retentionDays: number;
  now: Date;
}

/** `YYYY-MM-DD`: the oldest local day counted back from a given today. */
export function firstKeptDayFrom(todayDate: string, retentionDays: number): string {
  return addDays(todayDate, -retentionDays);
}

/** `YYYY-MM-DD`: the oldest local day kept. */
export function firstKeptDay(clock: RetentionClock): string {
  return firstKeptDayFrom(today(clock.timeZone, clock.now), clock.retentionDays);
}

/** The first instant kept: local midnight of `firstKeptDay`. */
export function retentionStart(clock: RetentionClock): Date {
  return startOfDay(firstKeptDay(clock), clock.timeZone);
}
