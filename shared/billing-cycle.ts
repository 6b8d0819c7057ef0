import { addDays, fromLocal, startOfDay, toLocal } from "./time-zone";

/**
 * The service bills from the 20th of a month to the 19th of the next, in its own time zone.
 * A cycle is a pair of local calendar days (both inclusive); its instants come from
 * `cycleInstants`, so a cycle that contains a daylight-saving change is still exactly
 * "20th 00:00 to 19th 23:59:59.999" on the service's clocks.
 */
export interface BillingCycle {
  /** `YYYY-MM-20`, the first day. */
  start: string;
  /** `YYYY-MM-19`, the last day (inclusive). */
  end: string;
}

/** The day of the month a cycle starts on. */
export const cycleStartDay = 20;

const pad = (n: number, width = 2) => String(n).padStart(width, "0");

function monthOf(year: number, month: number, day: number): string {
  // month may be 0 or 13: normalise through Date.UTC (calendar arithmetic only, no zone).
  const t = new Date(Date.UTC(year, month - 1, day));
  return `${pad(t.getUTCFullYear(), 4)}-${pad(t.getUTCMonth() + 1)}-${pad(t.getUTCDate())}`;
}

/** The cycle that contains the local day `date` (`YYYY-MM-DD`). */
export function cycleContaining(date: string): BillingCycle {
  const [y, m, d] = date.split("-").map(Number) as [number, number, number];
  const firstMonth = d >= cycleStartDay ? m : m - 1;
  return {
    start: monthOf(y, firstMonth, cycleStartDay),
    end: monthOf(y, firstMonth + 1, cycleStartDay - 1),
  };
}

/** The cycle just before `cycle`. */
export function previousCycle(cycle: BillingCycle): BillingCycle {
  return cycleContaining(addDays(cycle.start, -1));
}

/** The cycle that contains the instant `now`, read on the clocks of `zone`. */
export function currentCycle(zone: string, now = new Date()): BillingCycle {
  return cycleContaining(toLocal(now, zone).date);
}

/** The cycle's instants: `from` its first local midnight (inclusive) to `to` the next cycle's (exclusive). */
export function cycleInstants(cycle: BillingCycle, zone: string): { from: Date; to: Date } {
  return { from: startOfDay(cycle.start, zone), to: startOfDay(addDays(cycle.end, 1), zone) };
}

/** How many days `cycle` has (28 to 31). */
export function cycleLength(cycle: BillingCycle): number {
  return daysBetween(cycle.start, cycle.end) + 1;
}

/** Whole calendar days from `a` to `b` (`YYYY-MM-DD`; no zone involved). */
export function daysBetween(a: string, b: string): number {
  const day = (s: string) => {
    const [y, m, d] = s.split("-").map(Number) as [number, number, number];
    return Date.UTC(y, m - 1, d) / 86_400_000;
  };
  return day(b) - day(a);
}

/**
 * "À pareille date le cycle précédent": the instant of the previous cycle that sits as far into
 * it as `now` sits into its own cycle — the same day number and the same wall-clock time — but
 * never past the previous cycle's end (a 31-day cycle after a 28-day one).
 */
export function sameMomentPreviousCycle(zone: string, now = new Date()): Date {
  const local = toLocal(now, zone);
  const cycle = cycleContaining(local.date);
  const previous = previousCycle(cycle);
  const day = daysBetween(cycle.start, local.date);
  const { to } = cycleInstants(previous, zone);
  if (day >= cycleLength(previous)) return to;
  return fromLocal(addDays(previous.start, day), local.time, zone);
}
