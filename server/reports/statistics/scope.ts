import { type RawBuilder, sql } from "kysely";
import { minuteOfDay, type StatisticsFilters } from "../../../shared/filters/statistics";
import { addDays, endOfDay, startOfDay, today } from "../../../shared/time-zone";
import { type LocalClock, localClock, localWindows, multirangeLiteral } from "./local-clock";
import { firstKeptDay } from "../../../shared/retention-window";
import type { ReportContext } from "../report-definition";

/**
 * Which call records the statistics read (the table is aliased `c`): docs/statistics-definitions.md's filters,
 * always within the user's accounts. The figures' aggregate and the drill-down list share it,
 * so a figure and the calls listed behind it can never disagree.
 */

/** The local days actually covered: `from` moves up to the retention window. */
export function statisticsDays(ctx: ReportContext, filters: StatisticsFilters): { from: string; to: string } {
  const oldest = firstKeptDay(ctx);
  return { from: filters.from < oldest ? oldest : filters.from, to: filters.to };
}

/** The period as instants: local midnight of `from` (not before the retention window) to the end of `to`. */
export function statisticsPeriod(ctx: ReportContext, filters: StatisticsFilters): { start: Date; end: Date } {
  const { from, to } = statisticsDays(ctx, filters);
  return { start: startOfDay(from, ctx.timeZone), end: endOfDay(to, ctx.timeZone) };
}

/** The records' local clock over the period (both 01:30s of the autumn night are 01:30). */
export function statisticsClock(ctx: ReportContext, filters: StatisticsFilters): LocalClock {
  const { start, end } = statisticsPeriod(ctx, filters);
  return localClock(start, end, ctx.timeZone);
}

/** The accounts chosen, as an int[] computed once (an InitPlan), within the user's access. */
export function chosenAccounts(ctx: ReportContext, filters: StatisticsFilters): RawBuilder<number[]> {
  const conditions: RawBuilder<unknown>[] = [sql`a.account_number = any(${ctx.access.accountNumbers}::int[])`];
  if (filters.account !== undefined) conditions.push(sql`a.account_number = ${filters.account}`);
  if (filters.billing) conditions.push(sql`a.billing_number = ${filters.billing}`);
  if (filters.includeGroups.length) conditions.push(sql`a.account_group = any(${filters.includeGroups}::int[])`);
  if (filters.excludeGroups.length) conditions.push(sql`a.account_group <> all(${filters.excludeGroups}::int[])`);
  return sql`array(select a.account_number from accounts a where ${sql.join(conditions, sql` and `)})`;
}

/** The instants of the hours and weekday chosen within the period, or null: the whole period. */
export function chosenWindows(ctx: ReportContext, filters: StatisticsFilters): { from: Date; to: Date }[] | null {
  const after = minuteOfDay(filters.after);
  const before = minuteOfDay(filters.before);
  if (after === 0 && before === 24 * 60 - 1 && filters.weekday === null) return null;
  const { start, end } = statisticsPeriod(ctx, filters);
  return localWindows(start, end, ctx.timeZone, { after, before, weekday: filters.weekday });
}

/** `windows: false`: the hours and weekday are left to the caller (the rollup's partial slots). */
export function statisticsScope(ctx: ReportContext, filters: StatisticsFilters, { windows = true } = {}): RawBuilder<boolean> {
  const { start, end } = statisticsPeriod(ctx, filters);
  // The accounts as one array, so that the calls index is searched by account directly.
  const conditions: RawBuilder<unknown>[] = [
    sql`c.account_number = any(${chosenAccounts(ctx, filters)})`,
    sql`c.started_at >= ${start}`,
    sql`c.started_at < ${end}`,
  ];
  const chosen = windows ? chosenWindows(ctx, filters) : null;
  if (chosen) conditions.push(sql`c.started_at <@ ${multirangeLiteral(chosen)}::tstzmultirange`);
  if (filters.agent) conditions.push(sql`lower(c.agent) = lower(${filters.agent})`);
  if (filters.minHold > 0) conditions.push(sql`c.hold_seconds > ${filters.minHold}`);
  if (filters.minAnswerDelay > 0) conditions.push(sql`c.answer_delay_seconds > ${filters.minAnswerDelay}`);
  if (filters.includeDistribution.length) {
    conditions.push(sql`c.distribution_group = any(${filters.includeDistribution}::int[])`);
  }
  if (filters.excludeDistribution.length) {
    conditions.push(sql`c.distribution_group <> all(${filters.excludeDistribution}::int[])`);
  }
  return sql<boolean>`(${sql.join(conditions, sql` and `)})`;
}
