import { Show } from "solid-js";
import { formatNumber } from "../../../shared/format/number";
import { useI18n } from "../i18n";

/** Brings the results' top into view and the keyboard there: what a new page of rows needs. */
export function scrollToResults() {
  const results = document.getElementById("report-results");
  if (!results) return;
  results.scrollIntoView({ block: "start" });
  results.focus({ preventScroll: true });
}

/**
 * "Page précédente / Page suivante" under a paged list, with "1 to 50 of 227". Turning a page
 * asks for that slice and goes to the top of the results.
 */
export function Pager(props: { offset: number; limit: number; total: number; busy?: boolean; onTurn: (offset: number) => Promise<void> }) {
  const { t, locale } = useI18n();
  const n = (value: number) => formatNumber(value, locale(), 0);
  const last = () => Math.min(props.total, props.offset + props.limit);
  const range = () => t().list.range(n(Math.min(props.total, props.offset + 1)), n(last()), n(props.total));
  const turn = async (offset: number) => {
    await props.onTurn(offset);
    scrollToResults();
  };
  return (
    <Show when={props.total > props.limit}>
      <nav class="pager" aria-label={range()} data-testid="pager">
        <button
          type="button"
          class="button button--secondary"
          disabled={props.offset === 0 || props.busy}
          onClick={() => void turn(Math.max(0, props.offset - props.limit))}
        >
          ← {t().list.previous}
        </button>
        <button
          type="button"
          class="button button--secondary"
          disabled={last() >= props.total || props.busy}
          onClick={() => void turn(props.offset + props.limit)}
        >
          {t().list.next} →
        </button>
      </nav>
    </Show>
  );
}
