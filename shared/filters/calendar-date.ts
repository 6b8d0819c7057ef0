import { z } from "zod/mini";

/** A real calendar day typed as `YYYY-MM-DD` (2026-02-30 is refused); messages are validation keys. */
export const calendarDate = z.string({ error: "required" }).check(
  z.regex(/^\d{4}-\d{2}-\d{2}$/, { error: "invalidDate" }),
  z.refine((s) => {
    const d = new Date(`${s}T12:00:00Z`);
    return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === s;
  }, { error: "invalidDate" }),
);
