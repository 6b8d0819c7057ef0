import { z } from "zod/mini";
import { firstKeptDayFrom } from "../retention-window";
import { fromWithinWindow } from "./within-window";

/**
 * The Text messages page's filters, shared by the page, the tRPC router, the workbook and
 * `portal report messages`. Messages are keys of `validation.ts`; dates are the service's
 * local days, both included.
 */

const date = z.string({ error: "required" }).check(
  z.regex(/^\d{4}-\d{2}-\d{2}$/, { error: "invalidDate", abort: true }),
  z.refine((s) => {
    const d = new Date(`${s}T12:00:00Z`);
    return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === s;
  }, { error: "invalidDate" }),
);

const wholeNumber = z.number({ error: "invalidInteger" }).check(
  z.int({ error: "invalidInteger" }),
  z.positive({ error: "outOfRange" }),
  z.maximum(Number.MAX_SAFE_INTEGER, { error: "outOfRange" }),
);

const text = (max: number) => z.optional(z.string().check(z.trim(), z.maxLength(max, { error: "tooLong" })));

/** Longer keywords are surely pasted by mistake, and would only slow the search down. */
export const keywordMaxLength = 100;

const baseFilters = z.object({
  from: date,
  to: date,
  account: z.optional(wholeNumber.check(z.maximum(2_147_483_647, { error: "outOfRange" }))),
  billing: text(40),
  call: z.optional(wholeNumber),
  agent: text(20),
  keyword: text(keywordMaxLength),
});

/** Comparisons of dates only make sense once each date is valid. */
const whenValid = (payload: { issues: unknown[] }) => payload.issues.length === 0;

export const messagesFilters = baseFilters.check(
  z.refine((f) => f.to >= f.from, {
    path: ["to"],
    error: "endBeforeStart",
    when: whenValid,
  }),
);

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
