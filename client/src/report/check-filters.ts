import type { z } from "zod/mini";
import type { FieldProblem } from "./field-message";

export { billableFilters } from "../../../shared/filters/billable";
export { billingFilters } from "../../../shared/filters/billing";
export { messagesFiltersWithin } from "../../../shared/filters/messages";
export { recordingsFiltersWithin } from "../../../shared/filters/recordings";
export { statisticsFilters } from "../../../shared/filters/statistics";
export { fromWithinWindow } from "../../../shared/filters/within-window";
export { accountFilters, checkLinkFilters } from "../../../shared/filters/link-filters";

/**
 * The client's checks of filters against a section's schema: a form's, before anything is
 * sent, and a URL's when the server could not check it (report/link-checks.ts). zod and the
 * schemas come with this module alone, loaded when first needed (load-filter-checks.ts), so a
 * page's first view does without them: the pages take the schemas from here, never from
 * shared/filters directly.
 */

export type Checked<T> = { ok: true; data: T } | { ok: false; problems: Record<string, FieldProblem> };

/**
 * Checks what a form holds against a section's schema before anything is sent: the first
 * problem of each field, by field name. A number beyond the field's limit (or too large to be
 * a number at all, like 20 digits) is `tooLarge` with that limit, so the page can say "too large
 * (at most 9,999)" rather than "enter a whole number".
 */
export function checkFilters<S extends z.ZodMiniType>(schema: S, input: Record<string, unknown>): Checked<z.output<S>> {
  const parsed = schema.safeParse(input);
  if (parsed.success) return { ok: true, data: parsed.data };
  const problems: Record<string, FieldProblem> = {};
  for (const issue of parsed.error.issues) {
    const field = String(issue.path[0] ?? "");
    if (problems[field]) continue;
    const value = input[field];
    const maximum = (issue as { maximum?: unknown }).maximum;
    if (issue.code === "too_big" && typeof maximum === "number" && typeof value === "number") {
      problems[field] = { key: "tooLarge", max: maximum };
    } else if (typeof value === "number" && Number.isInteger(value) && !Number.isSafeInteger(value)) {
      problems[field] = { key: "tooLarge", max: Number.MAX_SAFE_INTEGER };
    } else {
      problems[field] = { key: issue.message };
    }
  }
  return { ok: false, problems };
}
