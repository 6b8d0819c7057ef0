import { billingFilters } from "../../shared/filters/billing";
import { billingHistory } from "../reports/billing/query";
import { protectedProcedure, router } from "../trpc/init";

/** Historique de facturation: the whole history of one account's or one billing number's invoices and payments. */
export const billingRouter = router({
  history: protectedProcedure.input(billingFilters).query(async ({ ctx, input }) => {
    const result = await billingHistory(
      { db: ctx.db, access: ctx.access, timeZone: ctx.config.timeZone, retentionDays: ctx.config.retentionDays, now: new Date() },
      input,
    );
    // Both languages: the page switches language without asking again.
    return { ...result, receivablesContact: ctx.config.receivablesContact };
  }),
});
