import { type ZodMiniType, z } from "zod/mini";

const whenValid = (payload: { issues: unknown[] }) => payload.issues.length === 0;

/**
 * A period schema whose `from` day (`YYYY-MM-DD…`) must not be older than `firstDay` (the
 * retention window's policy, shared/retention-window.ts: refused, `beforeWindow`). Apart from
 * the window's days so that what only needs a day (a page's first view) does not bring zod.
 */
export function fromWithinWindow<S extends ZodMiniType<{ from: string }>>(schema: S, firstDay: string) {
  return schema.check(
    z.refine((f: { from: string }) => f.from.slice(0, 10) >= firstDay, { path: ["from"], error: "beforeWindow", when: whenValid }),
  );
}
