import type { fr } from "./fr";
import type { frAccount } from "./fr-account";
import type { frBillable } from "./fr-billable";
import type { frBilling } from "./fr-billing";
import type { frCore } from "./fr-core";
import type { frEmailDialog } from "./fr-email-dialog";
import type { frMessages } from "./fr-messages";
import type { frOnThisDevice } from "./fr-on-this-device";
import type { frPassword } from "./fr-password";
import type { frRecordings } from "./fr-recordings";
import type { frServer } from "./fr-server";
import type { frStatistics } from "./fr-statistics";
import type { frStatisticsCalls } from "./fr-statistics-calls";
import type { frStatisticsCharts } from "./fr-statistics-charts";

/** The two languages of the portal; French is the default. */
export type Locale = "fr" | "en";
export const locales: readonly Locale[] = ["fr", "en"];
export const defaultLocale: Locale = "fr";

/** `fr-CA` / `en-CA`: the tags given to `Intl` for each language. */
export const intlTag: Record<Locale, string> = { fr: "fr-CA", en: "en-CA" };

/** The shape of French's dictionary, with string leaves (or string-returning functions). */
type Widen<T> = T extends string
  ? string
  : T extends (...args: infer A) => string
    ? (...args: A) => string
    : { [K in keyof T]: Widen<T[K]> };

/**
 * What every page of the browser may read (`t()`): exactly fr-core.ts's keys, which every
 * language's core must provide, no more, no less.
 */
export type CoreDictionary = Widen<typeof frCore>;

/**
 * The words of one page beyond the core, by part: each a slice of the dictionary's tree
 * (`sections.recordings.lead`, `deliveryEvents`), loaded in the browser with the page that shows
 * it (or with the code a page loads later: the e-mail dialog, the statistics' charts and calls). Every language provides each part with exactly French's keys.
 */
export interface DictionaryParts {
  recordings: Widen<typeof frRecordings>;
  messages: Widen<typeof frMessages>;
  account: Widen<typeof frAccount>;
  billing: Widen<typeof frBilling>;
  billable: Widen<typeof frBillable>;
  statistics: Widen<typeof frStatistics>;
  statisticsCalls: Widen<typeof frStatisticsCalls>;
  statisticsCharts: Widen<typeof frStatisticsCharts>;
  emailDialog: Widen<typeof frEmailDialog>;
  onThisDevice: Widen<typeof frOnThisDevice>;
  password: Widen<typeof frPassword>;
}
export type Part = keyof DictionaryParts;

/** What only the server writes (workbooks, e-mails, push notifications): never in the browser. */
export type ServerDictionary = Widen<typeof frServer>;

/** The core and one part, joined: what a page that loaded that part reads. */
export type DictionaryWith<P extends Part> = CoreDictionary & DictionaryParts[P];

/** The whole dictionary, the core, every part and the server's own words (the server's: exports, e-mails, the CLI). */
export type Dictionary = Widen<typeof fr>;

type Joined<T extends readonly object[]> = T extends readonly [infer First, ...infer Rest extends readonly object[]]
  ? First & Joined<Rest>
  : unknown;

/**
 * The core and parts of a dictionary as one tree: objects are joined key by key (their keys never
 * overlap: i18n.test.ts), strings and functions kept as they are. Nothing given is changed.
 */
export function joinParts<T extends readonly object[]>(...parts: T): Joined<T> {
  const join = (a: Record<string, unknown>, b: Record<string, unknown>) => {
    const joined = { ...a };
    for (const [key, value] of Object.entries(b)) {
      const mine = joined[key];
      joined[key] = isBranch(mine) && isBranch(value) ? join(mine, value) : value;
    }
    return joined;
  };
  return parts.reduce<Record<string, unknown>>((all, part) => join(all, part as Record<string, unknown>), {}) as Joined<T>;
}

const isBranch = (value: unknown): value is Record<string, unknown> => typeof value === "object" && value !== null;

export function isLocale(value: unknown): value is Locale {
  return value === "fr" || value === "en";
}
