import { type RawBuilder, sql } from "kysely";
import {
  type BillingCycle,
  cycleContaining,
  cycleLength,
  daysBetween,
  previousCycle,
  sameMomentPreviousCycle,
} from "../../../shared/billing-cycle";
import { addDays, endOfDay, startOfDay, toLocal } from "../../../shared/time-zone";
import { splitIntoSlots } from "../half-hour-slots";
import type { ReportContext } from "../report-definition";

export interface CycleDay {
  /** `YYYY-MM-DD`, local */
  date: string;
  calls: number;
  statSeconds: number;
}

export interface CycleMeter {
  current: BillingCycle & { calls: number; statSeconds: number; days: CycleDay[] };
  /** The previous cycle, counted only up to the same moment of it (`asOf`). */
  previous: BillingCycle & { calls: number; statSeconds: number; days: CycleDay[]; asOf: string };
  /** ISO instant the figures run to. */
  asOf: string;
}

/**
 * "This cycle so far": the current cycle's billable calls and minutes to date beside the previous
 * cycle's at the same moment, and both per local day for the chart. Each day is a period, local
 * midnight to the next (23 or 25 hours on a clock change); the previous cycle's day holding the
 * same moment ends at it. One statement: the whole half-hour slots of each period from
 * `billable_call_slots` (as `totals.ts`: a cycle's days are 1,488 slots an account however busy
 * it is), the partial ones at its ends (a zone at a :15 or :45 offset) from the billed calls;
 * cycle-meter.test.ts holds it equal to the grouping of the rows by local day it replaced. The
 * previous cycle may start a day or two beyond the retention period: it is compared whole,
 * because a truncated comparison would be a false one.
 *
 * ```sql
 * select day, sum(n), sum(s) from (
 *   select w.day, sum(calls), sum(stat_seconds)
 *   from (values ($day, $from, $to), …) w (day, f, t)
 *   join billable_call_slots on account_number = any($accounts) and slot >= w.f and slot < w.t
 *   group by 1
 *   union all
 *   select p.day, count(*), sum(stat_seconds)
 *   from (values ($day, $from, $to), …) p (day, f, t)
 *   join billable_calls on account_number = any($accounts) and at >= p.f and at < p.t
 *   group by 1
 * ) parts (day, n, s) group by day
 * ```
 */
export async function cycleMeter(ctx: ReportContext, account?: number): Promise<CycleMeter> {
  const local = toLocal(ctx.now, ctx.timeZone);
  const current = cycleContaining(local.date);
  const previous = previousCycle(current);
  const sameMoment = sameMomentPreviousCycle(ctx.timeZone, ctx.now);
  const accounts =
    account === undefined ? ctx.access.accountNumbers : ctx.access.accountNumbers.filter((n) => n === account);
  const elapsed = daysBetween(current.start, local.date) + 1;
  const currentDates = Array.from({ length: elapsed }, (_, i) => addDays(current.start, i));
  const previousDates = Array.from({ length: Math.min(elapsed, cycleLength(previous)) }, (_, i) => addDays(previous.start, i));

  // The two cycles' days never share a date, so a day's date names its period.
  const periods = [
    ...currentDates.map((date) => ({ date, from: startOfDay(date, ctx.timeZone), to: endOfDay(date, ctx.timeZone) })),
    ...previousDates.map((date) => {
      const from = startOfDay(date, ctx.timeZone);
      const end = endOfDay(date, ctx.timeZone);
      return { date, from, to: new Date(Math.max(from.getTime(), Math.min(end.getTime(), sameMoment.getTime()))) };
    }),
  ];
  const whole: RawBuilder<unknown>[] = [];
  const partial: RawBuilder<unknown>[] = [];
  for (const { date, from, to } of periods) {
    if (from >= to) continue;
    const slots = splitIntoSlots([{ from, to }]);
    for (const r of slots.whole) whole.push(sql`(${date}::text, ${r.from}::timestamptz, ${r.to}::timestamptz)`);
    for (const r of slots.partial) partial.push(sql`(${date}::text, ${r.from}::timestamptz, ${r.to}::timestamptz)`);
  }
  // Today is always a whole day, so there are always whole slots.
  const parts: RawBuilder<unknown>[] = [
    sql`
      select w.day, sum(b.calls), sum(b.stat_seconds)
      from (values ${sql.join(whole)}) w (day, f, t)
      join billable_call_slots b on b.account_number = any(${accounts}::int[]) and b.slot >= w.f and b.slot < w.t
      group by 1`,
  ];
  if (partial.length > 0) {
    parts.push(sql`
      select p.day, count(*), sum(c.stat_seconds)
      from (values ${sql.join(partial)}) p (day, f, t)
      join billable_calls c on c.account_number = any(${accounts}::int[]) and c.at >= p.f and c.at < p.t
      group by 1`);
  }
  const found =
    accounts.length === 0
      ? []
      : (
          await sql<{ day: string; calls: string; seconds: string }>`
            select day, sum(n) as calls, sum(s) as seconds
            from (${sql.join(parts, sql` union all `)}) parts (day, n, s)
            group by day`.execute(ctx.db)
        ).rows;
  const byDay = new Map(found.map((r) => [r.day, r]));
  const days = (dates: string[]): CycleDay[] =>
    dates.map((date) => {
      const r = byDay.get(date);
      return { date, calls: Number(r?.calls ?? 0), statSeconds: Number(r?.seconds ?? 0) };
    });
  const currentDays = days(currentDates);
  const previousDays = days(previousDates);
  const sum = (list: CycleDay[], key: "calls" | "statSeconds") => list.reduce((s, d) => s + d[key], 0);
  return {
    current: { ...current, calls: sum(currentDays, "calls"), statSeconds: sum(currentDays, "statSeconds"), days: currentDays },
    previous: {
      ...previous,
      calls: sum(previousDays, "calls"),
      statSeconds: sum(previousDays, "statSeconds"),
      days: previousDays,
      asOf: sameMoment.toISOString(),
    },
    asOf: ctx.now.toISOString(),
  };
}
