import { z } from "zod/mini";
import { accountNumber } from "./account-number";
import { calendarDate } from "./calendar-date";

/**
 * The billable calls' filters: a period of local days (both inclusive; the page starts on the
 * current billing cycle) and, optionally, one account (else every account the user sees).
 */
export const billableFilters = z
  .object({
    from: calendarDate,
    to: calendarDate,
    account: z.optional(accountNumber),
  })
  .check(z.refine((f) => f.to >= f.from, { path: ["to"], error: "endBeforeStart" }));

export type BillableFilters = z.output<typeof billableFilters>;
export type BillableFiltersInput = z.input<typeof billableFilters>;
