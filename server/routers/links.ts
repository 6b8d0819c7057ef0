import { TRPCError } from "@trpc/server";
import { z } from "zod";
import { accountFilters, checkLinkFilters } from "../../shared/filters/link-filters";
import { reportFor } from "../reports/registry";
import { protectedProcedure, router } from "../trpc/init";

/** A query string's worth of values (a link names a few filters, never a document), as the page reads them. */
const value = z.union([z.string().max(2000), z.number(), z.null(), z.array(z.union([z.string().max(200), z.number()])).max(200)]);
const named = z.record(z.string().max(40), value).refine((o) => Object.keys(o).length <= 40);

/**
 * A page's link checked for it (shared/filters/link-filters.ts), so that a page opened by a link
 * naming filters does without zod in its first view: the filters as the page shows them, or
 * `null` for its defaults. A section's link is checked by the schema its own query checks (its
 * report definition's, within the retention window: a section in the registry has its links
 * checked with nothing more to write), the account page's by its one filter. A value the page
 * read as no number (`weekday=xyz`) comes as `null`, and is refused as such. Nothing of any
 * account is read: a link's account the user may not see comes back as it was sent; the page
 * puts its own account in its place (client/src/use-filters-in-url.ts, for the device's check
 * too), and the section's own query (restricted to the user's access) would show nothing of it.
 */
export const linksRouter = router({
  check: protectedProcedure.input(z.object({ section: z.string().max(40), named })).query(({ ctx, input }) => {
    const schema = input.section === "account" ? accountFilters : reportFor(input.section)?.filtersWithin(ctx.report);
    if (!schema) throw new TRPCError({ code: "BAD_REQUEST", message: "unknown_section" });
    return { filters: (checkLinkFilters(input.named, schema) ?? null) as unknown };
  }),
});
