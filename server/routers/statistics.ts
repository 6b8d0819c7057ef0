import { TRPCError } from "@trpc/server";
import { z } from "zod";
import { type StatisticsFilters, statisticsFilters } from "../../shared/filters/statistics";
import { statisticKeys } from "../../shared/statistics";
import { addDays, today } from "../../shared/time-zone";
import type { ReportContext } from "../reports/report-definition";
import { statisticsCalls } from "../reports/statistics/calls";
import { queryStatisticsCharts } from "../reports/statistics/charts";
import { statisticsOptions } from "../reports/statistics/options";
import { statisticsReport } from "../reports/statistics/report";
import { protectedProcedure, router } from "../trpc/init";

/** Statistics go back `retentionDays`: an older start is a mistake shown next to the field. */
function checkWindow(report: ReportContext, filters: StatisticsFilters) {
  const oldest = addDays(today(report.timeZone, report.now), -report.retentionDays);
  // Through a schema, so that the error reaches the page as the form's field errors do.
  const window = z.string().refine((from) => from >= oldest, { path: ["from"], error: "beforeWindow" });
  const checked = window.safeParse(filters.from);
  if (!checked.success) throw new TRPCError({ code: "BAD_REQUEST", message: "beforeWindow", cause: checked.error });
}

/** The 16 figures are one page. */
const allFigures = { offset: 0, limit: statisticKeys.length };

/** The Statistics section: the figures and charts, the choices for the filters, the calls behind a figure. */
export const statisticsRouter = router({
  /** The 16 figures (the report's rows) and the heading's companies. */
  figures: protectedProcedure.input(statisticsFilters).query(async ({ ctx, input }) => {
    checkWindow(ctx.report, input);
    const { rows, totals } = await statisticsReport.page(ctx.report, input, allFigures);
    return { figures: rows, sums: totals.sums, companies: totals.companies };
  }),

  /** The three charts' data, over the same records. */
  charts: protectedProcedure.input(statisticsFilters).query(async ({ ctx, input }) => {
    checkWindow(ctx.report, input);
    return queryStatisticsCharts(ctx.report, input);
  }),

  options: protectedProcedure.query(({ ctx }) => statisticsOptions(ctx.report)),

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
      checkWindow(ctx.report, input.filters);
      return statisticsCalls(ctx.report, input.filters, input.figure, { offset: input.offset, limit: input.limit });
    }),
});
