import { z } from "zod";
import { accountNumber } from "../../shared/filters/account-number";
import { billableFilters } from "../../shared/filters/billable";
import { billableCalls, retentionStart } from "../reports/billable/query";
import { cycleMeter } from "../reports/billable/cycle-meter";
import type { ReportContext } from "../reports/report-definition";
import { type ProtectedContext, protectedProcedure, router } from "../trpc/init";

const reportContext = (ctx: ProtectedContext): ReportContext => ({
  db: ctx.db,
  access: ctx.access,
  timeZone: ctx.config.timeZone,
  retentionDays: ctx.config.retentionDays,
  now: new Date(),
});

/** Appels facturables: the billed calls of a period, and the current cycle's meter. */
export const billableRouter = router({
  calls: protectedProcedure.input(billableFilters).query(async ({ ctx, input }) => {
    const report = reportContext(ctx);
    return { ...(await billableCalls(report, input)), oldest: retentionStart(report) };
  }),

  /** "This cycle so far", for the billable-calls page and the home page. */
  cycleMeter: protectedProcedure
    .input(z.object({ account: accountNumber.optional() }).default({}))
    .query(({ ctx, input }) => cycleMeter(reportContext(ctx), input.account)),
});
