import { createEffect, createSignal, on, onCleanup, Show } from "solid-js";
import { formatNumber } from "../../../shared/format/number";
import { useI18n } from "../i18n";
import { countFor, onRecords } from "./live-records";
import "./live.css";

/**
 * "2 nouveaux messages — afficher": told by the server that records of the shown account
 * landed, the page keeps its list where it is (no row moves under the user's thumb) and offers
 * to show them; the button runs the page's search again. The count starts over whenever the
 * page shows a new result (`shownAt`).
 */
export function NewRecordsNotice(props: {
  kind: "message" | "call";
  /** The account the page shows, or empty for all of the user's. */
  account: () => string | number | undefined;
  /** Changes when the page shows a fresh result. */
  shownAt: () => unknown;
  onShow: () => void;
}) {
  const { t, locale } = useI18n();
  const [count, setCount] = createSignal(0);
  onCleanup(
    onRecords((notice) => {
      if (notice.kind !== props.kind) return;
      const n = countFor(notice, props.account());
      if (n > 0) setCount((c) => c + n);
    }),
  );
  createEffect(on(props.shownAt, () => setCount(0), { defer: true }));
  const label = () => {
    const n = formatNumber(count(), locale());
    return props.kind === "message" ? t().live.newMessages(n, count()) : t().live.newCalls(n, count());
  };
  return (
    <div class="live-notice-region" aria-live="polite">
      <Show when={count() > 0}>
        <button
          type="button"
          class="button live-notice"
          data-testid="live-notice"
          onClick={() => {
            setCount(0);
            props.onShow();
          }}
        >
          {label()}
        </button>
      </Show>
    </div>
  );
}
