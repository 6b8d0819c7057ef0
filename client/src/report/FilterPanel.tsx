import { createEffect, createMemo, createSignal, For, type JSX, onCleanup, Show } from "solid-js";
import { useI18n } from "../i18n";
import { loadFilterChecks } from "./load-filter-checks";

/** One active filter, as a chip: what it is, its value in words, and the key the page clears. */
export interface Chip {
  key: string;
  label: string;
  value: string;
}

/**
 * A report's search form. On a phone it is folded under one "Filtres (n)" control (n filters
 * active) with the active ones as removable chips, so the first screen shows data rows; it
 * unfolds on demand or when a field needs correcting, and folds again once a search is sent.
 * Wide screens keep the form open, as the manual lays it out. On a phone the form is built when
 * first unfolded, not at load: its fields were most of a report page's first drawing, for a
 * form most visits never open. The form's check before sending is fetched when the panel is
 * first touched (unfolded, a field focused), so a search rarely waits for it.
 */
export function FilterPanel(props: {
  chips: Chip[];
  onRemove: (key: string) => void;
  hasErrors: boolean;
  children: JSX.Element;
}) {
  const { t } = useI18n();
  const [open, setOpen] = createSignal(false);
  let toggle: HTMLButtonElement | undefined;
  createEffect(() => {
    if (props.hasErrors) setOpen(true);
  });
  // The same width as report.css's fold: from it up, the form shows at once.
  const wideScreen = typeof matchMedia === "function" ? matchMedia("(min-width: 64rem)") : undefined;
  const [wide, setWide] = createSignal(wideScreen?.matches ?? true);
  if (wideScreen) {
    const follow = () => setWide(wideScreen.matches);
    wideScreen.addEventListener("change", follow);
    onCleanup(() => wideScreen.removeEventListener("change", follow));
  }
  // Once built, kept: folded again, or on a narrower window, the form keeps what was typed.
  const built = createMemo<boolean>((was) => was || open() || wide(), false);
  return (
    <div
      class="filter-panel"
      data-open={open() ? "true" : "false"}
      onPointerDown={warmCheck}
      onFocusIn={warmCheck}
      onSubmit={() => queueMicrotask(() => !props.hasErrors && setOpen(false))}
    >
      <div class="filter-panel__bar">
        <button
          ref={toggle}
          type="button"
          class="button button--secondary filter-panel__toggle"
          aria-expanded={open()}
          aria-controls="filter-panel-form"
          data-testid="filters-toggle"
          onClick={() => setOpen(!open())}
        >
          <FilterIcon />
          {t().list.filters(props.chips.length)}
          <span aria-hidden="true">{open() ? "▴" : "▾"}</span>
        </button>
        <Show when={props.chips.length > 0}>
          <ul class="filter-chips" aria-label={t().list.activeFilters} data-testid="filter-chips">
            <For each={props.chips}>
              {(chip) => (
                <li class="filter-chip">
                  <span>
                    {chip.label}
                    {t().list.colon}
                    <strong>{chip.value}</strong>
                  </span>
                  <button
                    type="button"
                    class="filter-chip__remove"
                    aria-label={t().list.removeFilter(`${chip.label} ${chip.value}`)}
                    onClick={() => {
                      props.onRemove(chip.key);
                      toggle?.focus();
                    }}
                  >
                    <span aria-hidden="true">✕</span>
                  </button>
                </li>
              )}
            </For>
          </ul>
        </Show>
      </div>
      <div id="filter-panel-form" class="filter-panel__form">
        <Show when={built()}>{props.children}</Show>
      </div>
    </div>
  );
}

// Only a head start: a failure is the submit's to report, when it asks again.
const warmCheck = () => void loadFilterChecks().catch(() => undefined);

const FilterIcon = () => (
  <svg viewBox="0 0 24 24" width="18" height="18" fill="none" stroke="currentColor" stroke-width="2" stroke-linecap="round" aria-hidden="true">
    <path d="M4 6h16M7 12h10M10 18h4" />
  </svg>
);
