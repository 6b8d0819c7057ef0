import { type ZodMiniType, z } from "zod/mini";
import { firstKeptDay, type RetentionClock } from "../retention-window";
import { accountNumber } from "./account-number";
import { billableFilters } from "./billable";
import { billingFilters } from "./billing";
import { messagesFilters } from "./messages";
import { recordingsFiltersWithin } from "./recordings";
import { statisticsFilters } from "./statistics";
import { fromWithinWindow } from "./within-window";

/**
 * The filters a page's URL names (a reload, Home's link with a section's last filters, a shared
 * link), checked the way the page shows them: by the section's schema within the retention
 * window, keeping the good values of a link with a bad one, else nothing (the page's defaults,
 * never an error). The server checks a link for the page (`links.check`, server/routers/links.ts:
 * zod stays out of the first view); the page checks it itself only when the server cannot be
 * reached (client/src/report/link-checks.ts).
 */

export const linkSections = ["recordings", "messages", "account", "billing", "billable", "statistics"] as const;
export type LinkSection = (typeof linkSections)[number];

/** The account page's one filter in its URL: the account whose pages it shows. */
export const accountFilters = z.object({ account: z.optional(accountNumber) });

/** The schema a section's link is checked by, within the retention window of `clock`. */
export function linkSchema(section: LinkSection, clock: RetentionClock): ZodMiniType {
  switch (section) {
    case "recordings":
      return recordingsFiltersWithin(clock);
    case "messages":
      return fromWithinWindow(messagesFilters, firstKeptDay(clock));
    case "account":
      return accountFilters;
    case "billing":
      return billingFilters;
    case "billable":
      return fromWithinWindow(billableFilters, firstKeptDay(clock));
    case "statistics":
      return fromWithinWindow(statisticsFilters, firstKeptDay(clock));
  }
}

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
