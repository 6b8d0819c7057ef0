import { z } from "zod";
import { statisticsFilters } from "../../shared/filters/statistics";
import { statisticKeys } from "../../shared/statistics";
import { statisticsCalls } from "../reports/statistics/calls";
import { queryStatisticsCharts } from "../reports/statistics/charts";
import { statisticsOptions } from "../reports/statistics/options";
import { statisticsReport } from "../reports/statistics/report";
import { protectedProcedure, router } from "../trpc/init";
import { reportFilters } from "../trpc/report-filters";

/** The 16 figures are one page. */
const allFigures = { offset: 0, limit: statisticKeys.length };

/** The Statistics section: the figures and charts, the choices for the filters, the calls behind a figure. */
export const statisticsRouter = router({
  /** The 16 figures (the report's rows) and the heading's companies. */
  figures: protectedProcedure.input(statisticsFilters).query(async ({ ctx, input }) => {
    const filters = reportFilters(statisticsReport, ctx.report, input);
    const { rows, totals } = await statisticsReport.page(ctx.report, filters, allFigures);
    return { figures: rows, sums: totals.sums, companies: totals.companies };
  }),

  /** The three charts' data, over the same records. */
  charts: protectedProcedure.input(statisticsFilters).query(async ({ ctx, input }) => {
    return queryStatisticsCharts(ctx.report, reportFilters(statisticsReport, ctx.report, input));
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
      const filters = reportFilters(statisticsReport, ctx.report, input.filters);
      return statisticsCalls(ctx.report, filters, input.figure, { offset: input.offset, limit: input.limit });
    }),
});
