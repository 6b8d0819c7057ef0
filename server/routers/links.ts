import { z } from "zod";
import { checkLinkFilters, linkSchema, linkSections } from "../../shared/filters/link-filters";
import { protectedProcedure, router } from "../trpc/init";

/** A query string's worth of values (a link names a few filters, never a document), as the page reads them. */
const value = z.union([z.string().max(2000), z.number(), z.null(), z.array(z.union([z.string().max(200), z.number()])).max(200)]);
const named = z.record(z.string().max(40), value).refine((o) => Object.keys(o).length <= 40);

/**
 * A page's link checked for it (shared/filters/link-filters.ts), so that a page opened by a link
 * naming filters does without zod in its first view: the filters as the page shows them, or
 * `null` for its defaults (a value the page read as no number, `weekday=xyz`, comes as `null`,
 * and is refused as such). Nothing of any account is read: a link's account the user may not
 * see is refused by the section's own query, as a typed one is.
 */
export const linksRouter = router({
  check: protectedProcedure
    .input(z.object({ section: z.enum(linkSections), named }))
    .query(({ ctx, input }) => ({ filters: (checkLinkFilters(input.named, linkSchema(input.section, ctx.report)) ?? null) as unknown })),
});
