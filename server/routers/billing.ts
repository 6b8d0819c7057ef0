import { billingFilters } from "../../shared/filters/billing";
import { billingReport } from "../reports/billing/report";
import { protectedProcedure, router } from "../trpc/init";
import { reportFilters } from "../trpc/report-filters";

/** Historique de facturation: the whole history of one account's or one billing number's invoices and payments. */
export const billingRouter = router({
  history: protectedProcedure.input(billingFilters).query(async ({ ctx, input }) => {
    const result = await billingReport.run(ctx.report, reportFilters(billingReport, ctx.report, input));
    // Both languages: the page switches language without asking again.
    return { ...result, receivablesContact: ctx.config.receivablesContact };
  }),
});
