import { recordingsFilters } from "../../shared/filters/recordings";
import { recordingsReport } from "../reports/recordings/report";
import { protectedProcedure, router } from "../trpc/init";
import { reportFilters } from "../trpc/report-filters";

/** The page's slice when it asks for none: a phone screen or two of calls. */
const defaultPage = { limit: 50, offset: 0 };

/** The Call recorder: search the user's calls (one page at a time, totals over all of them). */
export const recordingsRouter = router({
  search: protectedProcedure.input(recordingsFilters).query(async ({ ctx, input }) => {
    const filters = reportFilters(recordingsReport, ctx.report, input);
    const page = filters.page ?? defaultPage;
    return { ...(await recordingsReport.page(ctx.report, filters, page)), page };
  }),
});
