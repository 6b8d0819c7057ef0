import { sql } from "kysely";
import {
  type BillingCycle,
  cycleContaining,
  cycleInstants,
  cycleLength,
  daysBetween,
  previousCycle,
  sameMomentPreviousCycle,
} from "../../../shared/billing-cycle";
import { addDays, toLocal } from "../../../shared/time-zone";
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
 * cycle's at the same moment, and both per local day for the chart. One query, grouped by local
 * day, with a FILTER for the part of the previous cycle before the same moment. The previous
 * cycle may start a day or two beyond the retention period: it is compared whole, because a
 * truncated comparison would be a false one.
 *
 * ```sql
 * select timezone($zone, at)::date as day, count(*), sum(stat_seconds),
 *        count(*) filter (where at < $sameMoment), sum(stat_seconds) filter (where at < $sameMoment)
 * from billable_calls
 * where account_number in ($accounts) and at >= $previousStart and at < $currentEnd
 * group by day order by day
 * ```
 */
export async function cycleMeter(ctx: ReportContext, account?: number): Promise<CycleMeter> {
  const local = toLocal(ctx.now, ctx.timeZone);
  const current = cycleContaining(local.date);
  const previous = previousCycle(current);
  const sameMoment = sameMomentPreviousCycle(ctx.timeZone, ctx.now);
  const accounts =
    account === undefined ? ctx.access.accountNumbers : ctx.access.accountNumbers.filter((n) => n === account);

  const found =
    accounts.length === 0
      ? []
      : await ctx.db
          .selectFrom("billable_calls")
          .select([
            sql<string>`timezone(${ctx.timeZone}, at)::date`.as("day"),
            sql<number>`count(*)`.as("calls"),
            sql<number>`coalesce(sum(stat_seconds), 0)`.as("seconds"),
            sql<number>`count(*) filter (where at < ${sameMoment})`.as("callsBefore"),
            sql<number>`coalesce(sum(stat_seconds) filter (where at < ${sameMoment}), 0)`.as("secondsBefore"),
          ])
          .where("account_number", "in", accounts)
          .where("at", ">=", cycleInstants(previous, ctx.timeZone).from)
          .where("at", "<", cycleInstants(current, ctx.timeZone).to)
          .groupBy(sql`1`)
          .orderBy(sql`1`)
          .execute();
  const byDay = new Map(found.map((r) => [r.day, r]));

  const days = (cycle: BillingCycle, count: number, before: boolean): CycleDay[] =>
    Array.from({ length: count }, (_, i) => {
      const date = addDays(cycle.start, i);
      const r = byDay.get(date);
      return {
        date,
        calls: Number((before ? r?.callsBefore : r?.calls) ?? 0),
        statSeconds: Number((before ? r?.secondsBefore : r?.seconds) ?? 0),
      };
    });
  const elapsed = daysBetween(current.start, local.date) + 1;
  const currentDays = days(current, elapsed, false);
  const previousDays = days(previous, Math.min(elapsed, cycleLength(previous)), true);
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
