import { z } from "zod";
import { accountNumber } from "../../shared/filters/account-number";
import { billableFilters } from "../../shared/filters/billable";
import { firstKeptDay } from "../../shared/retention-window";
import { billableReport } from "../reports/billable/report";
import { cycleMeter } from "../reports/billable/cycle-meter";
import { protectedProcedure, router } from "../trpc/init";
import { reportFilters } from "../trpc/report-filters";

/** The page's slice when it asks for none: a phone screen or two of calls. */
const pageInput = {
  offset: z.number().int().min(0).max(10_000_000).default(0),
  limit: z.number().int().min(1).max(200).default(50),
};

/** Appels facturables: the billed calls of a period, a page at a time, and the current cycle's meter. */
export const billableRouter = router({
  /** One page of the billed calls of the filters, newest first (the export holds every one), with Total calls / Total stats / Average over every one. */
  page: protectedProcedure.input(z.object({ filters: billableFilters, ...pageInput })).query(async ({ ctx, input }) => {
    const filters = reportFilters(billableReport, ctx.report, input.filters);
    const page = { offset: input.offset, limit: input.limit };
    return { ...(await billableReport.page(ctx.report, filters, page)), page, oldest: firstKeptDay(ctx.report) };
  }),

  /** "This cycle so far", for the billable-calls page and the home page. */
  cycleMeter: protectedProcedure
    .input(z.object({ account: z.optional(accountNumber) }).default({}))
    .query(({ ctx, input }) => cycleMeter(ctx.report, input.account)),
});
