import { type RawBuilder, sql } from "kysely";
import { type Instants, splitIntoSlots } from "../half-hour-slots";

export interface BillableSums {
  calls: number;
  seconds: number;
  /** numeric rounded to 2 decimals by PostgreSQL, as a decimal string. */
  totalMinutes: string;
  averageMinutes: string;
}

/**
 * The totals under the Billable table (Total calls, Total stats, Average stat/call) of the
 * billed calls of `accounts` in `period`: the whole half-hour slots from `billable_call_slots`
 * (db/migrations/2026-12-01-14-02-billable-rollup.ts, kept by triggers in the same transaction as
 * every change to `billable_calls`, so one snapshot sees both agree), the partial slots at the
 * two ends (a zone at a :15 or :45 offset) from the billed calls themselves. Sixty days are 2,880
 * slots per account however many calls they hold.
 *
 * The figures are those of `count(*), sum(stat_seconds), round(sum(stat_seconds) / 60.0, 2),
 * round(avg(stat_seconds) / 60.0, 2)` over the rows, to the digit: PostgreSQL's avg of an
 * integer column is its int8 sum divided by its int8 count as numerics, which is what
 * `s::numeric / n` divides (the property test in totals.test.ts compares both on random data).
 */
export function billableTotals(accounts: readonly number[], period: Instants): RawBuilder<BillableSums> {
  const { whole, partial } = splitIntoSlots([period]);
  const parts: RawBuilder<unknown>[] = [
    ...whole.map(
      ({ from, to }) => sql`
        select sum(calls) as n, sum(stat_seconds) as s from billable_call_slots
        where account_number = any(${accounts}::int[]) and slot >= ${from} and slot < ${to}`,
    ),
    ...partial.map(
      ({ from, to }) => sql`
        select count(*), sum(stat_seconds) from billable_calls
        where account_number = any(${accounts}::int[]) and at >= ${from} and at < ${to}`,
    ),
  ];
  return sql<BillableSums>`
    select n as calls, s as seconds,
      round(s / 60.0, 2) as "totalMinutes",
      case when n > 0 then round(s::numeric / n / 60.0, 2) else 0.00 end as "averageMinutes"
    from (
      select coalesce(sum(n), 0)::int8 as n, coalesce(sum(s), 0)::int8 as s
      from (${sql.join(parts, sql` union all `)}) parts (n, s)
    ) t`;
}
