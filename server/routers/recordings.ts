import { TRPCError } from "@trpc/server";
import { recordingsFilters, recordingsFiltersWithin } from "../../shared/filters/recordings";
import { recordingsReport } from "../reports/recordings/report";
import { protectedProcedure, router } from "../trpc/init";

/** The page's slice when it asks for none: a phone screen or two of calls. */
const defaultPage = { limit: 50, offset: 0 };

/** The Call recorder: search the user's calls (one page at a time, totals over all of them). */
export const recordingsRouter = router({
  search: protectedProcedure.input(recordingsFilters).query(async ({ ctx, input }) => {
    const checked = recordingsFiltersWithin(ctx.report).safeParse(input);
    // Same shape as an input error, so the page shows the message next to the field.
    if (!checked.success) throw new TRPCError({ code: "BAD_REQUEST", message: "invalid_filters", cause: checked.error });
    const page = checked.data.page ?? defaultPage;
    return { ...(await recordingsReport.page(ctx.report, checked.data, page)), page };
  }),
});
