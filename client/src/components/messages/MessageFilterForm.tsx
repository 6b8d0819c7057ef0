import { For, type JSX, Show } from "solid-js";
import type { SetStoreFunction } from "solid-js/store";
import { useStrings } from "../../i18n";
import "./messages.css";

/** The form's values, as typed (numbers are checked by the shared schema, not by the browser). */
export interface MessageFormValues {
  from: string;
  to: string;
  account: string;
  billing: string;
  call: string;
  agent: string;
  keyword: string;
}

/** Each field's message, already in the user's language. */
export type FieldErrors = Partial<Record<string, string>>;

/** The values as the filters' schema reads them: empty fields left out, digits as numbers. */
export function filtersInput(values: MessageFormValues): Record<string, unknown> {
  const text = (v: string) => (v.trim() === "" ? undefined : v.trim());
  const number = (v: string) => (v.trim() === "" ? undefined : /^\d+$/.test(v.trim()) ? Number(v.trim()) : v.trim());
  return {
    from: values.from,
    to: values.to,
    account: number(values.account),
    billing: text(values.billing),
    call: number(values.call),
    agent: text(values.agent),
    keyword: text(values.keyword),
  };
}

/** The form showing filters read back (from the URL). */
export function formValues(filters: { from: string; to: string; account?: number; billing?: string; call?: number; agent?: string; keyword?: string }): MessageFormValues {
  const text = (v: string | number | undefined) => (v === undefined ? "" : String(v));
  return {
    from: filters.from,
    to: filters.to,
    account: text(filters.account),
    billing: text(filters.billing),
    call: text(filters.call),
    agent: text(filters.agent),
    keyword: text(filters.keyword),
  };
}

/**
 * Search parameters as the manual lays them out: the dates first, then account, billing
 * number, call number, agent and keyword. Errors sit under their field, in the user's language.
 */
export function MessageFilterForm(props: {
  values: MessageFormValues;
  setValues: SetStoreFunction<MessageFormValues>;
  errors: FieldErrors;
  firstDay: string;
  busy: boolean;
  onSubmit: () => void;
}) {
  const t = useStrings("messages");
  const s = () => t().sections.messages;

  const field = (
    name: keyof MessageFormValues,
    label: string,
    attrs: JSX.InputHTMLAttributes<HTMLInputElement> = {},
    hint?: string,
  ) => {
    const id = `messages-${name}`;
    const errorId = `${id}-error`;
    const hintId = `${id}-hint`;
    const describedBy = () =>
      [hint ? hintId : "", props.errors[name] ? errorId : ""].filter(Boolean).join(" ") || undefined;
    return (
      <div class={`field msg-filter msg-filter--${name}`}>
        <label for={id}>{label}</label>
        <input
          id={id}
          name={name}
          value={props.values[name]}
          onInput={(e) => props.setValues(name, e.currentTarget.value)}
          aria-invalid={props.errors[name] ? "true" : undefined}
          aria-describedby={describedBy()}
          {...attrs}
        />
        <Show when={hint}>
          <p class="field-hint" id={hintId}>
            {hint}
          </p>
        </Show>
        <Show when={props.errors[name]}>
          <p class="field-error" id={errorId}>
            {props.errors[name]}
          </p>
        </Show>
      </div>
    );
  };

  return (
    <form
      class="form msg-filters"
      novalidate
      aria-busy={props.busy}
      onSubmit={(e) => {
        e.preventDefault();
        props.onSubmit();
      }}
    >
      <div class="msg-filters__dates">
        {field("from", s().from, { type: "date", min: props.firstDay, required: true })}
        {field("to", s().to, { type: "date", min: props.firstDay, required: true })}
      </div>
      <div class="msg-filters__grid">
        {field("account", s().account, { inputmode: "numeric", autocomplete: "off" })}
        {field("billing", s().billing, { autocomplete: "off" })}
        {field("call", s().call, { inputmode: "numeric", autocomplete: "off" })}
        {field("agent", s().agent, { autocomplete: "off", autocapitalize: "characters" })}
      </div>
      {field("keyword", s().keyword, { type: "search", autocomplete: "off" }, s().keywordHint)}
      <button type="submit" class="button" disabled={props.busy}>
        <Show when={props.busy} fallback={s().submit}>
          <span class="spinner spinner--small" aria-hidden="true" />
          {s().searching}
        </Show>
      </button>
    </form>
  );
}
