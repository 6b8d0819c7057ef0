import { sql } from "kysely";
import { type BillableFilters, billableFilters } from "../../shared/filters/billable";
import { addDays, startOfDay, endOfDay, today } from "../../shared/time-zone";
import type { ReportContext, ReportDefinition } from "./report-definition";

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
 * 2 decimals) — computed by PostgreSQL over exactly the rows returned, so they always agree
 * with the table (the manual's own example does not). `from`/`to` are the local days actually
 * covered: `from` is moved up to the retention limit when the user asked for older days.
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

/** The first local day the report may show: the retention period counts back from today. */
export function retentionStart(ctx: Pick<ReportContext, "timeZone" | "retentionDays" | "now">): string {
  return addDays(today(ctx.timeZone, ctx.now), -ctx.retentionDays);
}

/**
 * ```sql
 * -- in one read-only, repeatable-read transaction:
 * select account_number, call_number, at, description, number, caller_name, agent, stat_seconds
 * from billable_calls where account_number in ($accounts) and at >= $from and at < $to
 * order by at, call_number;
 * select count(*), sum(stat_seconds), round(sum(stat_seconds) / 60.0, 2), round(avg(stat_seconds) / 60.0, 2)
 * from billable_calls where account_number in ($accounts) and at >= $from and at < $to;
 * ```
 */
export async function billableCalls(
  ctx: ReportContext,
  filters: BillableFilters,
): Promise<{ rows: BillableRow[]; totals: BillableTotals }> {
  const oldest = retentionStart(ctx);
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

  // Rows and totals in one snapshot (repeatable read): an import landing between the two
  // statements cannot make them disagree. Measured (bench/billable.bench.ts): cheaper than
  // window functions over the rows, which made PostgreSQL materialise and sort them twice.
  const [found, sums] = await ctx.db
    .transaction()
    .setIsolationLevel("repeatable read")
    .setAccessMode("read only")
    .execute(async (trx) => {
      const scope = trx
        .selectFrom("billable_calls")
        .where("account_number", "in", accounts)
        .where("at", ">=", startOfDay(from, ctx.timeZone))
        .where("at", "<", endOfDay(filters.to, ctx.timeZone));
      const list = await scope
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
        .orderBy("at")
        .orderBy("call_number")
        .execute();
      const aggregate = await scope
        .select([
          sql<number>`count(*)`.as("calls"),
          sql<number>`coalesce(sum(stat_seconds), 0)`.as("seconds"),
          sql<string>`coalesce(round(sum(stat_seconds) / 60.0, 2), 0.00)`.as("totalMinutes"),
          sql<string>`coalesce(round(avg(stat_seconds) / 60.0, 2), 0.00)`.as("averageMinutes"),
        ])
        .executeTakeFirstOrThrow();
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

export const billableReport: ReportDefinition<BillableFilters, BillableRow, BillableTotals> = {
  section: "billable",
  title: (d) => d.sections.billable.title,
  filters: billableFilters,
  run: billableCalls,
  columns: [
    { key: "at", header: (d) => d.sections.billable.dateTime, kind: "datetime", value: (r) => r.at, width: 20 },
    { key: "accountNumber", header: (d) => d.sections.billable.account, kind: "integer", value: (r) => r.accountNumber, width: 10 },
    { key: "description", header: (d) => d.sections.billable.descriptionHeader, kind: "text", value: (r) => r.description, width: 28 },
    { key: "number", header: (d) => d.sections.billable.number, kind: "text", value: (r) => r.number, width: 16 },
    { key: "callerName", header: (d) => d.sections.billable.callerName, kind: "text", value: (r) => r.callerName, width: 24 },
    { key: "agent", header: (d) => d.sections.billable.agent, kind: "text", value: (r) => r.agent, width: 8 },
    { key: "statSeconds", header: (d) => d.sections.billable.statistic, kind: "mmss", value: (r) => r.statSeconds, width: 10 },
  ],
  totals(result, d) {
    const t = result.totals;
    return [
      { label: d.sections.billable.totalCalls, value: t.calls, kind: "integer" },
      { label: d.sections.billable.totalStats, value: Number(t.totalMinutes), kind: "decimal2" },
      { label: d.sections.billable.averageStat, value: Number(t.averageMinutes), kind: "decimal2" },
    ];
  },
  describeFilters(filters, d) {
    return [
      { label: d.sections.billable.from, value: filters.from, kind: "date" },
      { label: d.sections.billable.to, value: filters.to, kind: "date" },
      {
        label: d.header.accountNumber,
        value: filters.account ?? d.sections.billable.allAccounts,
        kind: filters.account === undefined ? "text" : "integer",
      },
    ];
  },
  fromCli(options) {
    const text = (v: string | true | undefined) => (typeof v === "string" ? v : undefined);
    const account = options.account;
    return {
      from: text(options.from),
      to: text(options.to),
      account: typeof account === "string" ? Number(account) : account === true ? Number.NaN : undefined,
    };
  },
};
