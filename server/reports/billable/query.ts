import type { BillableFilters } from "../../../shared/filters/billable";
import { addDays, startOfDay, endOfDay, today } from "../../../shared/time-zone";
import { firstKeptDay } from "../../../shared/retention-window";
import type { PageRequest, ReportContext } from "../report-definition";
import { billableTotals } from "./totals";

/** A billed call, as the manual's "Billable Call Activity" lists it. */
export interface BillableRow {
  /** ISO instant */
  at: string;
  accountNumber: number;
  callNumber: number;
  description: string;
  number: string;
  callerName: string;
  agent: string;
  statSeconds: number;
}

/**
 * Under the table: Total calls, Total stats (minutes, 2 decimals), Average stat/call (minutes,
 * 2 decimals) — computed by PostgreSQL over exactly the rows of the filters, in the rows' own
 * snapshot, so they always agree with the table (the manual's own example does not).
 * `from`/`to` are the local days actually covered: `from` is moved up to the retention limit
 * when the user asked for older days.
 */
export interface BillableTotals {
  calls: number;
  statSeconds: number;
  /** numeric rounded to 2 decimals by PostgreSQL, as a decimal string. */
  totalMinutes: string;
  averageMinutes: string;
  from: string;
  to: string;
  limitedByRetention: boolean;
}

/**
 * The billed calls of the filters, newest first, with the totals of ALL of them; one page of
 * the rows when `page` is given (the page), every row otherwise (exports, e-mail, CLI).
 *
 * ```sql
 * -- in one read-only, repeatable-read transaction:
 * select account_number, call_number, at, description, number, caller_name, agent, stat_seconds
 * from billable_calls where account_number in ($accounts) and at >= $from and at < $to
 * order by at desc, call_number desc [limit $limit offset $offset];
 * -- the totals (./totals.ts): the same figures as count(*), sum(stat_seconds),
 * -- round(sum(stat_seconds) / 60.0, 2), round(avg(stat_seconds) / 60.0, 2) over those rows, added up
 * -- from billable_call_slots for the whole half hours and from billable_calls for the partial ones
 * ```
 */
export async function billableCalls(
  ctx: ReportContext,
  filters: BillableFilters,
  page?: PageRequest,
): Promise<{ rows: BillableRow[]; totals: BillableTotals }> {
  const oldest = firstKeptDay(ctx);
  const from = filters.from < oldest ? oldest : filters.from;
  const totals: BillableTotals = {
    calls: 0,
    statSeconds: 0,
    totalMinutes: "0.00",
    averageMinutes: "0.00",
    from,
    to: filters.to,
    limitedByRetention: from !== filters.from,
  };
  const accounts =
    filters.account === undefined
      ? ctx.access.accountNumbers
      : ctx.access.accountNumbers.filter((n) => n === filters.account);
  if (accounts.length === 0 || filters.to < from) return { rows: [], totals };

  const period = { from: startOfDay(from, ctx.timeZone), to: endOfDay(filters.to, ctx.timeZone) };
  // Rows and totals in one snapshot (repeatable read): an import landing between the two
  // statements cannot make them disagree (the rollup changes in the import's own transaction).
  // Measured (bench/billable.bench.ts): cheaper than window functions over the rows, which
  // made PostgreSQL materialise and sort them twice; the rollup's totals do not grow with the
  // period's rows at all (bench/ten-times.bench.ts).
  const [found, sums] = await ctx.db
    .transaction()
    .setIsolationLevel("repeatable read")
    .setAccessMode("read only")
    .execute(async (trx) => {
      const list = await trx
        .selectFrom("billable_calls")
        .where("account_number", "in", accounts)
        .where("at", ">=", period.from)
        .where("at", "<", period.to)
        .$if(page !== undefined, (q) => q.limit(page!.limit).offset(page!.offset))
        .select([
          "account_number as accountNumber",
          "call_number as callNumber",
          "at",
          "description",
          "number",
          "caller_name as callerName",
          "agent",
          "stat_seconds as statSeconds",
        ])
        .orderBy("at", "desc")
        .orderBy("call_number", "desc")
        .execute();
      const aggregate = (await billableTotals(accounts, period).execute(trx)).rows[0]!;
      return [list, aggregate] as const;
    });

  totals.calls = Number(sums.calls);
  totals.statSeconds = Number(sums.seconds);
  totals.totalMinutes = sums.totalMinutes;
  totals.averageMinutes = sums.averageMinutes;
  return {
    rows: found.map((r) => ({
      at: r.at.toISOString(),
      accountNumber: r.accountNumber,
      callNumber: r.callNumber,
      description: r.description,
      number: r.number,
      callerName: r.callerName,
      agent: r.agent,
      statSeconds: r.statSeconds,
    })),
    totals,
  };
}
