import { type ZodMiniType, z } from "zod/mini";
import { accountNumber } from "./account-number";

/**
 * The filters a page's URL names (a reload, Home's link with a section's last filters, a shared
 * link), checked the way the page shows them: by the section's schema, keeping the good values
 * of a link with a bad one, else nothing (the page's defaults, never an error). The server
 * checks a link for the page (`links.check`, server/routers/links.ts: zod stays out of the first
 * view); the page checks it itself when the server cannot be reached or refuses
 * (client/src/report/link-checks.ts, use-filters-in-url.ts).
 */

/** The account page's one filter in its URL: the account whose pages it shows. */
export const accountFilters = z.object({ account: z.optional(accountNumber) });

/** `named` checked by `schema`; `undefined` when they do not pass. */
export function checkLinkFilters<S extends ZodMiniType>(named: Record<string, unknown>, schema: S): z.output<S> | undefined {
  const found = { ...named };
  // A link with one bad value keeps the good ones, if they still make a whole set of filters.
  for (let attempt = 0; attempt < 4 && Object.keys(found).length > 0; attempt++) {
    const parsed = schema.safeParse(found);
    if (parsed.success) return parsed.data;
    const bad = new Set(parsed.error.issues.map((issue) => String(issue.path[0] ?? "")));
    if (![...bad].some((key) => key in found)) return undefined;
    for (const key of bad) delete found[key];
  }
  return undefined;
}
