import { type RawBuilder, sql } from "kysely";
import { minuteOfDay, type StatisticsFilters } from "../../shared/filters/statistics";
import { addDays, endOfDay, startOfDay, today } from "../../shared/time-zone";
import type { ReportContext } from "./report-definition";

/**
 * Which call records the statistics read (the table is aliased `c`): STATISTICS.md's filters,
 * always within the user's accounts. The figures' aggregate and the drill-down list share it,
 * so a figure and the calls listed behind it can never disagree.
 */

/** The period as instants: local midnight of `from` (not before the retention window) to the end of `to`. */
export function statisticsPeriod(ctx: ReportContext, filters: StatisticsFilters): { start: Date; end: Date } {
  const oldest = addDays(today(ctx.timeZone, ctx.now), -ctx.retentionDays);
  const from = filters.from < oldest ? oldest : filters.from;
  return { start: startOfDay(from, ctx.timeZone), end: endOfDay(filters.to, ctx.timeZone) };
}

/** The record's start on the service's wall clock (both 01:30s of the autumn night are 01:30). */
export const localStart = (timeZone: string): RawBuilder<Date> => sql`(c.started_at at time zone ${timeZone})`;

/** The accounts chosen, as an int[] computed once (an InitPlan), within the user's access. */
export function chosenAccounts(ctx: ReportContext, filters: StatisticsFilters): RawBuilder<number[]> {
  const conditions: RawBuilder<unknown>[] = [sql`a.account_number = any(${ctx.access.accountNumbers}::int[])`];
  if (filters.account !== undefined) conditions.push(sql`a.account_number = ${filters.account}`);
  if (filters.billing) conditions.push(sql`a.billing_number = ${filters.billing}`);
  if (filters.includeGroups.length) conditions.push(sql`a.account_group = any(${filters.includeGroups}::int[])`);
  if (filters.excludeGroups.length) conditions.push(sql`a.account_group <> all(${filters.excludeGroups}::int[])`);
  return sql`array(select a.account_number from accounts a where ${sql.join(conditions, sql` and `)})`;
}

export function statisticsScope(ctx: ReportContext, filters: StatisticsFilters): RawBuilder<boolean> {
  const { start, end } = statisticsPeriod(ctx, filters);
  // The accounts as one array, so that the calls index is searched by account directly.
  const conditions: RawBuilder<unknown>[] = [
    sql`c.account_number = any(${chosenAccounts(ctx, filters)})`,
    sql`c.started_at >= ${start}`,
    sql`c.started_at < ${end}`,
  ];
  const local = localStart(ctx.timeZone);
  const after = minuteOfDay(filters.after);
  const before = minuteOfDay(filters.before);
  if (after !== 0 || before !== 24 * 60 - 1) {
    const minute = sql`(extract(hour from ${local}) * 60 + extract(minute from ${local}))`;
    conditions.push(
      after <= before
        ? sql`${minute} between ${after} and ${before}`
        : // A range past midnight (after 18:00, before 08:00): the evening and the morning.
          sql`(${minute} >= ${after} or ${minute} <= ${before})`,
    );
  }
  if (filters.weekday !== null) conditions.push(sql`extract(dow from ${local}) = ${filters.weekday}`);
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
