import { z } from "zod/mini";
import { accountNumber } from "./account-number";
import { calendarDate } from "./calendar-date";

/**
 * The Statistics page's filters, shared by the page, the tRPC router, the workbook and
 * `portal report statistics`. Messages are keys of `validation.ts`. Dates, hours and weekdays
 * are the service's local ones.
 */

/** `HH:MM`, 24-hour. */
const timeOfDay = z.string().check(z.regex(/^([01]\d|2[0-3]):[0-5]\d$/, { error: "invalidTime" }));

const wholeNumber = z.number({ error: "invalidInteger" }).check(
  z.int({ error: "invalidInteger" }),
  z.minimum(0, { error: "outOfRange" }),
  z.maximum(2_147_483_647, { error: "outOfRange" }),
);

const groupList = z._default(z.array(wholeNumber).check(z.maxLength(100, { error: "outOfRange" })), []);

export const statisticsFilters = z
  .object({
    from: calendarDate,
    to: calendarDate,
    /** One account, or every account of a billing number, or (neither) every account the user sees. */
    account: z.optional(accountNumber),
    billing: z.optional(z.string().check(z.trim(), z.maxLength(40, { error: "tooLong" }))),
    includeGroups: groupList,
    excludeGroups: groupList,
    includeDistribution: groupList,
    excludeDistribution: groupList,
    /** Calls at or after this local minute… */
    after: z._default(timeOfDay, "00:00"),
    /** …and at or before this one (12:00 keeps 12:00:40). When after > before, the range wraps past midnight. */
    before: z._default(timeOfDay, "23:59"),
    /** 0 = Sunday … 6 = Saturday; null: every day. */
    weekday: z._default(
      z.nullable(z.number().check(z.int(), z.minimum(0, { error: "outOfRange" }), z.maximum(6, { error: "outOfRange" }))),
      null,
    ),
    agent: z._default(z.string().check(z.trim(), z.maxLength(20, { error: "tooLong" })), ""),
    /** Only records held longer than this many seconds (0: no filter). */
    minHold: z._default(wholeNumber, 0),
    /** Only records answered after more than this many seconds (0: no filter). */
    minAnswerDelay: z._default(wholeNumber, 0),
  })
  .check(z.refine((f) => f.to >= f.from, { path: ["to"], error: "endBeforeStart" }));

export type StatisticsFilters = z.output<typeof statisticsFilters>;
export type StatisticsFiltersInput = z.input<typeof statisticsFilters>;

/** Minutes since local midnight of an `HH:MM`. */
export function minuteOfDay(time: string): number {
  const [h, m] = time.split(":").map(Number) as [number, number];
  return h * 60 + m;
}
