import { z } from "zod";
import { accountNumber } from "./account-number";
import { calendarDate } from "./calendar-date";

/**
 * The Statistics page's filters, shared by the page, the tRPC router, the workbook and
 * `portal report statistics`. Messages are keys of `validation.ts`. Dates, hours and weekdays
 * are the service's local ones.
 */

/** `HH:MM`, 24-hour. */
const timeOfDay = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, { error: "invalidTime" });

const wholeNumber = z
  .number({ error: "invalidInteger" })
  .int({ error: "invalidInteger" })
  .min(0, { error: "outOfRange" })
  .max(2_147_483_647, { error: "outOfRange" });

const groupList = z.array(wholeNumber).max(100, { error: "outOfRange" }).default([]);

export const statisticsFilters = z
  .object({
    from: calendarDate,
    to: calendarDate,
    /** One account, or every account of a billing number, or (neither) every account the user sees. */
    account: accountNumber.optional(),
    billing: z.string().trim().max(40, { error: "tooLong" }).optional(),
    includeGroups: groupList,
    excludeGroups: groupList,
    includeDistribution: groupList,
    excludeDistribution: groupList,
    /** Calls at or after this local minute… */
    after: timeOfDay.default("00:00"),
    /** …and at or before this one (12:00 keeps 12:00:40). When after > before, the range wraps past midnight. */
    before: timeOfDay.default("23:59"),
    /** 0 = Sunday … 6 = Saturday; null: every day. */
    weekday: z.number().int().min(0, { error: "outOfRange" }).max(6, { error: "outOfRange" }).nullable().default(null),
    agent: z.string().trim().max(20, { error: "tooLong" }).default(""),
    /** Only records held longer than this many seconds (0: no filter). */
    minHold: wholeNumber.default(0),
    /** Only records answered after more than this many seconds (0: no filter). */
    minAnswerDelay: wholeNumber.default(0),
  })
  .refine((f) => f.to >= f.from, { path: ["to"], error: "endBeforeStart" });

export type StatisticsFilters = z.output<typeof statisticsFilters>;
export type StatisticsFiltersInput = z.input<typeof statisticsFilters>;

/** Minutes since local midnight of an `HH:MM`. */
export function minuteOfDay(time: string): number {
  const [h, m] = time.split(":").map(Number) as [number, number];
  return h * 60 + m;
}

export const weekdayCodes = ["sun", "mon", "tue", "wed", "thu", "fri", "sat"] as const;
