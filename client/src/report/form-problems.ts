import { createSignal } from "solid-js";
import { useI18n } from "../i18n";
import type { Checked } from "./check-filters";
import type { Failure } from "./failure";
import { type FieldProblem, fieldMessage } from "./field-message";

/**
 * A report form's problems, shown the same way on every report page: what the page found
 * before sending (`checkFilters`) and what the server refused, each in the user's words beside
 * its field and in the error summary above the form, which links to the field.
 *
 * ```ts
 * const problems = createFormProblems({
 *   report: () => report,
 *   labels: () => ({ from: s().from, to: s().to }),
 *   id: (field) => `billable-${field}`,
 *   oldest: () => formatCalendarDate(oldest(), locale(), "long"),
 * });
 * const { checkFilters, billableFilters } = await loadFilterChecks();
 * const filters = problems.accept(checkFilters(billableFilters, form));
 * if (filters) void report.run(filters, { fromForm: true });
 * // problems.message("from") beside the field, <ErrorSummary errors={problems.summary()} />
 * ```
 */
export function createFormProblems(options: {
  /** The report the form runs: its last failure (a refusal by the server names its fields), and its stale mark. */
  report: () => { failure(): Failure | null; setInvalid(invalid: boolean): void };
  /** Each field's label, as the summary names it. */
  labels: () => Record<string, string>;
  /** The id of each field's control, which the summary's link focuses. */
  id: (field: string) => string;
  /** The oldest day allowed, formatted, for the retention message. */
  oldest?: () => string;
}) {
  const { t, locale } = useI18n();
  const [found, setFound] = createSignal<Record<string, FieldProblem>>({});
  const all = (): Record<string, FieldProblem> => {
    const failure = options.report().failure();
    return { ...(failure?.kind === "fields" ? problemsOf(failure.fields) : {}), ...found() };
  };
  const message = (field: string): string | undefined => {
    const problem = all()[field];
    return problem ? fieldMessage(problem, t(), locale(), options.oldest?.()) : undefined;
  };
  return {
    /**
     * The form's filters if they can be searched; else nothing, with each problem shown and the
     * rows on screen marked stale (nothing is sent).
     */
    accept<T>(checked: Checked<T>): T | undefined {
      if (!checked.ok) {
        setFound(checked.problems);
        options.report().setInvalid(true);
        return undefined;
      }
      setFound({});
      return checked.data;
    },
    clear: () => setFound({}),
    message,
    /** Every field's message, by field name. */
    messages: (): Record<string, string> => Object.fromEntries(Object.keys(all()).map((field) => [field, message(field)!])),
    summary: () =>
      Object.keys(all()).map((field) => ({ field, label: options.labels()[field] ?? field, message: message(field)!, id: options.id(field) })),
  };
}

/** Server-side refusals arrive as keys only. */
function problemsOf(fields: Record<string, string>): Record<string, FieldProblem> {
  return Object.fromEntries(Object.entries(fields).map(([field, key]) => [field, { key }]));
}
