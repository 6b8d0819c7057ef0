import { TRPCError } from "@trpc/server";
import { sql } from "kysely";
import { z } from "zod";
import { type StatisticsFilters, statisticsFilters } from "../../shared/filters/statistics";
import { computeFigures, statisticKeys } from "../../shared/statistics";
import { addDays, startOfDay, today } from "../../shared/time-zone";
import type { ReportContext } from "../reports/report-definition";
import { statisticsCalls } from "../reports/statistics/calls";
import { queryStatisticsCharts } from "../reports/statistics/charts";
import { queryStatistics } from "../reports/statistics/query";
import { type ProtectedContext, protectedProcedure, router } from "../trpc/init";

function reportContext(ctx: ProtectedContext): ReportContext {
  return { db: ctx.db, access: ctx.access, timeZone: ctx.config.timeZone, retentionDays: ctx.config.retentionDays, now: new Date() };
}

/** Statistics go back `retentionDays`: an older start is a mistake shown next to the field. */
function checkWindow(report: ReportContext, filters: StatisticsFilters) {
  const oldest = addDays(today(report.timeZone, report.now), -report.retentionDays);
  // Through a schema, so that the error reaches the page as the form's field errors do.
  const window = z.string().refine((from) => from >= oldest, { path: ["from"], error: "beforeWindow" });
  const checked = window.safeParse(filters.from);
  if (!checked.success) throw new TRPCError({ code: "BAD_REQUEST", message: "beforeWindow", cause: checked.error });
}

/** The Statistics section: the figures and charts, the choices for the filters, the calls behind a figure. */
export const statisticsRouter = router({
  /** The 16 figures (the report's rows) and the heading's companies. */
  figures: protectedProcedure.input(statisticsFilters).query(async ({ ctx, input }) => {
    const report = reportContext(ctx);
    checkWindow(report, input);
    const { sums, companies } = await queryStatistics(report, input);
    return { figures: computeFigures(sums), sums, companies };
  }),

  /** The three charts' data, over the same records. */
  charts: protectedProcedure.input(statisticsFilters).query(async ({ ctx, input }) => {
    const report = reportContext(ctx);
    checkWindow(report, input);
    return queryStatisticsCharts(report, input);
  }),

  /** The account groups of the user's accounts and the distribution groups of their calls. */
  options: protectedProcedure.query(async ({ ctx }) => {
    const accounts = ctx.access.accountNumbers;
    if (accounts.length === 0) return { accountGroups: [], distributionGroups: [] };
    const since = startOfDay(addDays(today(ctx.config.timeZone), -ctx.config.retentionDays), ctx.config.timeZone);
    const { rows } = await sql<{ kind: "account" | "distribution"; group: number }>`
      select distinct 'account' as kind, account_group as "group" from accounts where account_number = any(${accounts}::int[])
      union
      select distinct 'distribution', distribution_group from calls
      where account_number = any(${accounts}::int[]) and started_at >= ${since}
      order by 1, 2
    `.execute(ctx.db);
    return {
      accountGroups: rows.filter((r) => r.kind === "account").map((r) => r.group),
      distributionGroups: rows.filter((r) => r.kind === "distribution").map((r) => r.group),
    };
  }),

  calls: protectedProcedure
    .input(
      z.object({
        filters: statisticsFilters,
        figure: z.enum(statisticKeys),
        offset: z.number().int().min(0).max(10_000_000).default(0),
        limit: z.number().int().min(1).max(200).default(50),
      }),
    )
    .query(async ({ ctx, input }) => {
      const report = reportContext(ctx);
      checkWindow(report, input.filters);
      return statisticsCalls(report, input.filters, input.figure, { offset: input.offset, limit: input.limit });
    }),
});
