import { z } from "zod";
import { firstKeptDayFrom, fromWithinWindow } from "../retention-window";

/**
 * The Text messages page's filters, shared by the page, the tRPC router, the workbook and
 * `portal report messages`. Messages are keys of `validation.ts`; dates are the service's
 * local days, both included.
 */

const date = z
  .string({ error: "required" })
  .regex(/^\d{4}-\d{2}-\d{2}$/, { error: "invalidDate", abort: true })
  .refine((s) => {
    const d = new Date(`${s}T12:00:00Z`);
    return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === s;
  }, { error: "invalidDate" });

const wholeNumber = z
  .number({ error: "invalidInteger" })
  .int({ error: "invalidInteger" })
  .positive({ error: "outOfRange" })
  .max(Number.MAX_SAFE_INTEGER, { error: "outOfRange" });

/** Longer keywords are surely pasted by mistake, and would only slow the search down. */
export const keywordMaxLength = 100;

const baseFilters = z.object({
  from: date,
  to: date,
  account: wholeNumber.max(2_147_483_647, { error: "outOfRange" }).optional(),
  billing: z.string().trim().max(40, { error: "tooLong" }).optional(),
  call: wholeNumber.optional(),
  agent: z.string().trim().max(20, { error: "tooLong" }).optional(),
  keyword: z.string().trim().max(keywordMaxLength, { error: "tooLong" }).optional(),
});

/** Comparisons of dates only make sense once each date is valid. */
const whenValid = (payload: { issues: unknown[] }) => payload.issues.length === 0;

export const messagesFilters = baseFilters.refine((f) => f.to >= f.from, {
  path: ["to"],
  error: "endBeforeStart",
  when: whenValid,
});

export type MessagesFilters = z.output<typeof messagesFilters>;
export type MessagesFiltersInput = z.input<typeof messagesFilters>;

/** What the window check needs: the service's today and how many days back data goes. */
export interface Window {
  today: string;
  retentionDays: number;
}

/** The first day still shown (shared/retention-window.ts). */
export function firstDay(window: Window): string {
  return firstKeptDayFrom(window.today, window.retentionDays);
}

/** The filters, also checked against the retention window (its one policy: refused, `beforeWindow`). */
export function messagesFiltersWithin(window: Window) {
  return fromWithinWindow(messagesFilters, firstDay(window));
}
