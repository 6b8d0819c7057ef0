import { validationMessage } from "../../../shared/filters/validation";
import { formatNumber } from "../../../shared/format/number";
import type { CoreDictionary, Locale } from "../../../shared/i18n";

/** A field's problem: a key of `shared/filters/validation.ts` (or `tooLarge`), and the limit it broke. */
export interface FieldProblem {
  key: string;
  max?: number;
}

/**
 * A field's problem in the user's words. The retention refusal names the oldest date allowed
 * (already formatted by the page), a too-large number its limit; the rest are the shared messages.
 */
export function fieldMessage(problem: FieldProblem, t: CoreDictionary, locale: Locale, oldest?: string): string {
  if (problem.key === "beforeWindow" && oldest) return t.list.beforeWindow(oldest);
  if (problem.key === "tooLarge" && problem.max !== undefined) return t.list.tooLarge(formatNumber(problem.max, locale, 0));
  return validationMessage(problem.key, locale);
}
