import { createSignal, For, type JSX, Show } from "solid-js";
import { createStore } from "solid-js/store";
import type { StatisticsFilters } from "../../../shared/filters/statistics";
import { formatCalendarDate, weekdayName } from "../../../shared/format/date-time";
import type { Account } from "../api";
import { useI18n, useStrings } from "../i18n";
import { ErrorSummary } from "../report/ErrorSummary";
import { type FieldProblem, fieldMessage } from "../report/field-message";
import { loadFilterChecks } from "../report/load-filter-checks";
import { type FormValues, filtersInput } from "./form-values";

/**
 * The manual's search parameters. Dates are limited to the retention window; the rarer
 * parameters fold into "More search parameters" on a phone.
 */
export function StatisticsFiltersForm(props: {
  initial: FormValues;
  oldest: string;
  today: string;
  accounts: Account[];
  accountGroups: number[];
  distributionGroups: number[];
  busy: boolean;
  onSubmit: (filters: StatisticsFilters) => void;
  /** A search refused here: the figures shown are the previous ones. */
  onInvalid: () => void;
  /** The checks could not be fetched (the report says the server was not reached); returns nothing. */
  onUnreachable: (error: unknown) => undefined;
}) {
  const { locale } = useI18n();
  const t = useStrings("statistics");
  const f = () => t().sections.statistics.filters;
  const [values, setValues] = createStore<FormValues>({ ...props.initial });
  const [errors, setErrors] = createSignal<Record<string, FieldProblem>>({});
  const billingNumbers = () => [...new Set(props.accounts.map((a) => a.billingNumber))];

  const submit = async (event: SubmitEvent) => {
    event.preventDefault();
    const input = filtersInput(values);
    const checks = await loadFilterChecks().catch(props.onUnreachable);
    if (!checks) return;
    const { checkFilters, fromWithinWindow, statisticsFilters } = checks;
    const checked = checkFilters(fromWithinWindow(statisticsFilters, props.oldest), input as Record<string, unknown>);
    if (checked.ok) {
      setErrors({});
      props.onSubmit(checked.data);
    } else {
      setErrors(checked.problems);
      props.onInvalid();
    }
  };

  const error = (name: string) => {
    const problem = errors()[name];
    return problem ? fieldMessage(problem, t(), locale(), formatCalendarDate(props.oldest, locale(), "long")) : undefined;
  };
  const labels = (): Record<string, string> => ({
    from: f().from,
    to: f().to,
    account: f().account,
    billing: f().billing,
    after: f().after,
    before: f().before,
    weekday: f().weekday,
    agent: f().agent,
    minHold: f().minHold,
    minAnswerDelay: f().minAnswerDelay,
  });
  const summary = () =>
    Object.keys(errors()).map((name) => ({ field: name, label: labels()[name] ?? name, message: error(name)!, id: `stats-${name}` }));
  const field = (name: keyof FormValues, label: string, input: JSX.Element, hint?: string) => (
    <div class="field">
      <label for={`stats-${name}`}>{label}</label>
      {input}
      <Show when={hint}>
        <p class="field-hint" id={`stats-${name}-hint`}>
          {hint}
        </p>
      </Show>
      <Show when={error(name)}>
        {(message) => (
          <p class="message message--error" id={`stats-${name}-error`}>
            {message()}
          </p>
        )}
      </Show>
    </div>
  );
  const described = (name: string, hintId?: string) =>
    [hintId ?? "", error(name) ? `stats-${name}-error` : ""].filter(Boolean).join(" ") || undefined;
  const text = (name: keyof FormValues, type: string, extra: JSX.InputHTMLAttributes<HTMLInputElement> = {}, hintId?: string) => (
    <input
      id={`stats-${name}`}
      name={name}
      type={type}
      value={values[name] as string}
      aria-invalid={error(name) ? "true" : undefined}
      aria-describedby={described(name, hintId)}
      onInput={(e) => setValues(name, e.currentTarget.value as never)}
      {...extra}
    />
  );
  const checks = (name: "includeGroups" | "excludeGroups" | "includeDistribution" | "excludeDistribution", legend: string, groups: number[]) => (
    <fieldset class="stats-checks">
      <legend>{legend}</legend>
      <Show when={groups.length > 0} fallback={<p class="field-hint">{f().noGroups}</p>}>
        <div class="stats-checks__list">
          <For each={groups}>
            {(g) => (
              <label class="stats-check">
                <input
                  type="checkbox"
                  name={name}
                  value={g}
                  checked={values[name].includes(g)}
                  onChange={(e) =>
                    setValues(name, (list) => (e.currentTarget.checked ? [...list, g].sort((a, b) => a - b) : list.filter((x) => x !== g)))
                  }
                />
                {f().group(g)}
              </label>
            )}
          </For>
        </div>
      </Show>
    </fieldset>
  );
  // Monday first, as calendars here are read.
  const weekdays = [1, 2, 3, 4, 5, 6, 0];

  return (
    <form class="form stats-form" onSubmit={(event) => void submit(event)} novalidate aria-busy={props.busy} data-testid="statistics-filters">
      <ErrorSummary errors={summary()} />
      <div class="stats-form__pair">
        {field("from", f().from, text("from", "date", { min: props.oldest, max: props.today, required: true }))}
        {field("to", f().to, text("to", "date", { min: props.oldest, max: props.today, required: true }))}
      </div>
      {field(
        "account",
        f().account,
        <select id="stats-account" name="account" onChange={(e) => setValues("account", e.currentTarget.value)}>
          <option value="" selected={values.account === ""}>
            {f().allAccounts}
          </option>
          <For each={props.accounts}>
            {(a) => (
              <option value={a.accountNumber} selected={values.account === String(a.accountNumber)}>
                {a.accountNumber} — {a.name}
              </option>
            )}
          </For>
        </select>,
      )}
      <Show when={billingNumbers().length > 0}>
        {field(
          "billing",
          f().billing,
          <select id="stats-billing" name="billing" onChange={(e) => setValues("billing", e.currentTarget.value)}>
            <option value="" selected={values.billing === ""}>
              —
            </option>
            <For each={billingNumbers()}>{(b) => <option selected={values.billing === b}>{b}</option>}</For>
          </select>,
        )}
      </Show>
      <div class="stats-form__pair">
        {field("after", f().after, text("after", "time", { step: 60 }, "stats-hours-hint"))}
        {field("before", f().before, text("before", "time", { step: 60 }, "stats-hours-hint"))}
      </div>
      <p class="field-hint" id="stats-hours-hint">
        {f().hoursHint}
      </p>
      {field(
        "weekday",
        f().weekday,
        <select id="stats-weekday" name="weekday" onChange={(e) => setValues("weekday", e.currentTarget.value)}>
          <option value="" selected={values.weekday === ""}>
            {f().allDays}
          </option>
          <For each={weekdays}>
            {(d) => (
              <option value={d} selected={values.weekday === String(d)}>
                {weekdayName(d, locale())}
              </option>
            )}
          </For>
        </select>,
      )}
      <details
        class="stats-form__more"
        open={window.matchMedia?.("(min-width: 64rem)").matches || ["agent", "minHold", "minAnswerDelay"].some((name) => errors()[name])}
      >
        <summary>{f().more}</summary>
        <div class="stats-form__more-body">
          {field("agent", f().agent, text("agent", "text", { autocomplete: "off", maxLength: 20 }))}
          {field("minHold", f().minHold, text("minHold", "text", { inputMode: "numeric" }))}
          {field("minAnswerDelay", f().minAnswerDelay, text("minAnswerDelay", "text", { inputMode: "numeric" }))}
          {checks("includeGroups", f().includeGroups, props.accountGroups)}
          {checks("excludeGroups", f().excludeGroups, props.accountGroups)}
          {checks("includeDistribution", f().includeDistribution, props.distributionGroups)}
          {checks("excludeDistribution", f().excludeDistribution, props.distributionGroups)}
          <p class="field-hint">{f().noneChecked}</p>
        </div>
      </details>
      <button type="submit" class="button button--block" disabled={props.busy} data-testid="statistics-submit">
        <Show when={props.busy} fallback={f().submit}>
          <span class="spinner spinner--small" aria-hidden="true" />
          {t().common.loading}
        </Show>
      </button>
    </form>
  );
}
