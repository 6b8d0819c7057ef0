import { sql } from "kysely";
import { z } from "zod";
import { formatCalendarDate } from "../../../shared/format/date-time";
import { endOfDay, startOfDay } from "../../../shared/time-zone";
import { pageOf, type ReportDefinition } from "../../reports/report-definition";

/**
 * A test-only report over `calls` with one column of every kind, so the workbook, CSV, e-mail
 * and CLI are exercised on every cell type without depending on a section's report.
 */
const filters = z.object({
  from: z.string().regex(/^\d{4}-\d{2}-\d{2}$/, "invalidDate"),
  to: z.string().regex(/^\d{4}-\d{2}-\d{2}$/, "invalidDate"),
  account: z.number({ message: "invalidInteger" }).int("invalidInteger").optional(),
});
type Filters = z.infer<typeof filters>;

interface Row {
  startedAt: string;
  day: string;
  callNumber: number;
  accountNumber: number;
  callerName: string | null;
  seconds: number;
  cost: string;
  quality: number | null;
}

export const sampleReport: ReportDefinition<Filters, Row, { seconds: number; calls: number }> = {
  section: "sample",
  title: (d) => (d.report.openInExcel === "Open in Excel" ? "Sample calls" : "Appels d'essai"),
  filters,
  filtersWithin: () => filters,
  async run(ctx, f) {
    if (ctx.access.accountNumbers.length === 0) return { rows: [], totals: { seconds: 0, calls: 0 } };
    const rows = await ctx.db
      .selectFrom("calls")
      .select([
        "call_number as callNumber",
        "account_number as accountNumber",
        "caller_name as callerName",
        "duration_seconds as seconds",
        "quality",
        "started_at",
        sql<string>`(duration_seconds * 0.25)::numeric(12, 2)`.as("cost"),
        sql<string>`to_char(started_at at time zone ${ctx.timeZone}, 'YYYY-MM-DD')`.as("day"),
      ])
      .where("account_number", "in", ctx.access.accountNumbers)
      .$if(f.account !== undefined, (q) => q.where("account_number", "=", f.account!))
      .where("started_at", ">=", startOfDay(f.from, ctx.timeZone))
      .where("started_at", "<", endOfDay(f.to, ctx.timeZone))
      .orderBy("started_at")
      .execute();
    const out = rows.map(({ started_at, ...r }) => ({ ...r, startedAt: started_at.toISOString() }));
    return { rows: out, totals: { seconds: out.reduce((s, r) => s + r.seconds, 0), calls: out.length } };
  },
  async page(ctx, f, page) {
    return pageOf(await this.run(ctx, f), page);
  },
  columns: [
    { key: "startedAt", header: () => "Date/Time", kind: "datetime", value: (r) => r.startedAt },
    { key: "day", header: () => "Day", kind: "date", value: (r) => r.day },
    { key: "callNumber", header: () => "Call #", kind: "integer", value: (r) => r.callNumber },
    { key: "accountNumber", header: () => "Account", kind: "integer", value: (r) => r.accountNumber },
    { key: "callerName", header: () => "Caller <name>", kind: "text", value: (r) => r.callerName },
    { key: "minutes", header: () => "Minutes", kind: "minutes1", value: (r) => r.seconds / 60 },
    { key: "mmss", header: () => "Stat", kind: "mmss", value: (r) => r.seconds },
    { key: "cost", header: () => "Cost", kind: "money", value: (r) => r.cost },
    { key: "quality", header: () => "Quality", kind: "percent", value: (r) => r.quality },
  ],
  totals: (result) => [
    { label: "Total calls", value: result.totals.calls, kind: "integer" },
    { label: "Total minutes", value: result.totals.seconds / 60, kind: "decimal2" },
  ],
  describeFilters: (f, _d, locale) => [
    { label: "From", value: formatCalendarDate(f.from, locale) },
    { label: "To", value: formatCalendarDate(f.to, locale) },
    ...(f.account !== undefined ? [{ label: "Account", value: f.account, kind: "integer" as const }] : []),
  ],
  extraSheets: (result) => [
    {
      name: () => "Per account",
      columns: [
        { key: "account", header: () => "Account", kind: "integer", value: (r: { account: number; calls: number }) => r.account },
        { key: "calls", header: () => "Calls", kind: "integer", value: (r: { account: number; calls: number }) => r.calls },
      ],
      rows: [...new Set(result.rows.map((r) => r.accountNumber))].map((account) => ({
        account,
        calls: result.rows.filter((r) => r.accountNumber === account).length,
      })),
    },
  ],
  cliFlags: { from: "day", to: "day", account: "number" },
};
