import type { z } from "zod/mini";

/** A field's problem: a key of `shared/filters/validation.ts` (or `tooLarge`), and the limit it broke. */
export interface FieldProblem {
  key: string;
  max?: number;
}

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

/** Server-side refusals arrive as keys only. */
export function problemsOf(fields: Record<string, string>): Record<string, FieldProblem> {
  return Object.fromEntries(Object.entries(fields).map(([field, key]) => [field, { key }]));
}
