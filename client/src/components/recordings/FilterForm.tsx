import { For, type JSX, Show } from "solid-js";
import type { SetStoreFunction } from "solid-js/store";
import { recordingPeriods } from "../../../../shared/filters/recording-periods";
import { useStrings } from "../../i18n";
import type { FilterForm as Form } from "./filter-form-state";

type TextField = Exclude<keyof Form, "period">;

/**
 * The manual's search form: the time window as a segmented control (the presets, or specific
 * start and end), then the other criteria, folded under a summary since none is required.
 */
export function FilterForm(props: {
  form: Form;
  setForm: SetStoreFunction<Form>;
  errors: Record<string, string>;
  busy: boolean;
  onSubmit: () => void;
  onReset: () => void;
}) {
  const t = useStrings("recordings");
  const s = () => t().sections.recordings;
  const moreHasError = () =>
    ["account", "billing", "call", "agent", "station", "minMinutes", "maxMinutes", "callerId", "accountName", "minQuality", "maxQuality"].some(
      (k) => props.errors[k],
    );

  const field = (name: TextField, label: string, extra: JSX.InputHTMLAttributes<HTMLInputElement> = {}) => (
    <div class="field">
      <label for={`rec-${name}`}>{label}</label>
      <input
        id={`rec-${name}`}
        name={name}
        value={props.form[name]}
        onInput={(e) => props.setForm(name, e.currentTarget.value)}
        aria-invalid={props.errors[name] ? "true" : undefined}
        aria-describedby={props.errors[name] ? `rec-${name}-error` : undefined}
        autocomplete="off"
        {...extra}
      />
      <Show when={props.errors[name]}>
        <p class="rec-error" id={`rec-${name}-error`}>
          {props.errors[name]}
        </p>
      </Show>
    </div>
  );
  // Wide screens have room to show every criterion at once; phones start folded.
  const wide = typeof matchMedia === "function" && matchMedia("(min-width: 64rem)").matches;
  const numeric = { inputmode: "numeric" as const };
  const decimal = { inputmode: "decimal" as const };

  return (
    <form
      class="rec-form"
      novalidate
      aria-busy={props.busy}
      onSubmit={(e) => {
        e.preventDefault();
        props.onSubmit();
      }}
    >
      <fieldset class="rec-fieldset">
        <legend>{s().period}</legend>
        <div class="rec-presets">
          <For each={recordingPeriods}>
            {(p) => (
              <label class="rec-preset">
                <input
                  type="radio"
                  name="period"
                  value={p}
                  checked={props.form.period === p}
                  onChange={() => props.setForm("period", p)}
                />
                <span>{s().periods[p]}</span>
              </label>
            )}
          </For>
        </div>
      </fieldset>
      <Show when={props.form.period === "custom"}>
        <div class="rec-grid rec-grid--dates">
          {field("from", s().from, { type: "datetime-local" })}
          {field("to", s().to, { type: "datetime-local" })}
        </div>
      </Show>
      <details class="rec-more" open={moreHasError() || wide || undefined}>
        <summary>{s().otherFilters}</summary>
        <div class="rec-grid">
          {field("account", s().accountFilter, numeric)}
          {field("billing", s().billing)}
          {field("call", s().callNumber, numeric)}
          {field("agent", s().agentFilter, { maxLength: 10, style: { "text-transform": "uppercase" } })}
          {field("station", s().stationFilter, numeric)}
          {field("callerId", s().callerId, { inputmode: "tel" })}
          {field("minMinutes", s().minMinutes, decimal)}
          {field("maxMinutes", s().maxMinutes, decimal)}
          {field("minQuality", s().minQuality, { ...numeric, placeholder: "0" })}
          {field("maxQuality", s().maxQuality, { ...numeric, placeholder: "100" })}
        </div>
        <div class="rec-grid" style={{ "margin-top": "0.75rem" }}>
          {field("accountName", s().accountNameFilter)}
        </div>
      </details>
      <div class="rec-actions">
        <button type="submit" class="button" disabled={props.busy}>
          {props.busy ? s().searching : s().search}
        </button>
        <button type="button" class="button button--ghost" onClick={() => props.onReset()}>
          {s().reset}
        </button>
      </div>
    </form>
  );
}
