import { type RawBuilder, sql } from "kysely";
import type { StatisticsFilters } from "../../../shared/filters/statistics";
import { multirangeLiteral } from "./local-clock";
import type { ReportContext } from "../report-definition";
import { chosenAccounts, chosenWindows, statisticsPeriod } from "./scope";
import { type Instants, splitIntoSlots } from "../half-hour-slots";

/**
 * The figures from `call_statistics_slots` (db/migrations/2026-12-01-14-01-statistics-rollup.ts):
 * the sums of every call, kept per account, half-hour slot and distribution group by triggers.
 * Sixty days of one account are at most 2,880 slots per distribution group, however many calls
 * they hold. Whole slots of the chosen instants come from there, the partial slots at their
 * edges (a period or an hour that does not fall on a half hour) from the calls themselves.
 */

/** Agent and threshold filters choose records by what the rollup does not keep: those read the calls. */
export function rollupAnswers(filters: StatisticsFilters): boolean {
  return filters.agent === "" && filters.minHold === 0 && filters.minAnswerDelay === 0;
}

/** The chosen instants (period, hours, weekday) split into whole and partial slots. */
export function rollupSlots(ctx: ReportContext, filters: StatisticsFilters) {
  const { start, end } = statisticsPeriod(ctx, filters);
  return splitIntoSlots(chosenWindows(ctx, filters) ?? [{ from: start, to: end }]);
}

/**
 * The rollup's sums over `whole` slots, as the rows per category that the figures' aggregate
 * adds up (query.ts): `n` per category, and each other sum in the one category whose
 * filter takes it (held, transfers: counted calls, put with the answered; work: every record).
 */
export function rollupRows(ctx: ReportContext, filters: StatisticsFilters, whole: readonly Instants[]): RawBuilder<unknown> {
  const { start, end } = statisticsPeriod(ctx, filters);
  const conditions: RawBuilder<unknown>[] = [
    sql`s.account_number = any(${chosenAccounts(ctx, filters)})`,
    sql`s.slot >= ${start}`,
    sql`s.slot < ${end}`,
  ];
  if (!(whole.length === 1 && whole[0]!.from <= start && whole[0]!.to >= end)) {
    conditions.push(sql`s.slot <@ ${multirangeLiteral([...whole])}::tstzmultirange`);
  }
  if (filters.includeDistribution.length) {
    conditions.push(sql`s.distribution_group = any(${filters.includeDistribution}::int[])`);
  }
  if (filters.excludeDistribution.length) {
    conditions.push(sql`s.distribution_group <> all(${filters.excludeDistribution}::int[])`);
  }
  const total = (column: string) => sql`coalesce(sum(${sql.ref(`s.${column}`)}), 0)::int8 as ${sql.ref(column)}`;
  const columns = ["work", "busy", "automated", "abandoned", "unanswered", "answered", "held", "held_seconds", "answer_delay", "within_30s", "transferred", "transfer_seconds"];
  return sql`
    select v.* from (
      select ${sql.join(columns.map(total))}
      from call_statistics_slots s
      where ${sql.join(conditions, sql` and `)}
    ) t
    cross join lateral (values
      (0, 0::int8, t.work, 0::int8, 0::int8, 0::int8, 0::int8, 0::int8, 0::int8),
      (1, t.busy, 0, 0, 0, 0, 0, 0, 0),
      (2, t.automated, 0, 0, 0, 0, 0, 0, 0),
      (3, t.abandoned, 0, 0, 0, 0, 0, 0, 0),
      (4, t.unanswered, 0, 0, 0, 0, 0, 0, 0),
      (5, t.answered, 0, t.held, t.held_seconds, t.answer_delay, t.within_30s, t.transferred, t.transfer_seconds)
    ) v (cat, n, work, "heldN", "heldSum", "delaySum", "within30N", "transferredN", "transferSum")`;
}
