import { createResource, createSignal, Show } from "solid-js";
import { useI18n } from "../i18n";
import { isOnline } from "./network-state";
import { isKept, KeepError, keepRecording, keptVersion, removeKeptRecording } from "./kept-recordings";
import "./offline.css";

/**
 * "Garder hors ligne / Keep offline" beside a recording's player: downloads the whole file to
 * this device, where it plays and seeks without a network. Once kept, it says so and offers to
 * remove it. Offline, a recording not kept says that it needs the network (nothing else can
 * play it). Use it wherever a recording plays: `<KeepOfflineButton callNumber={n} />`.
 */
export function KeepOfflineButton(props: { callNumber: number }) {
  const { t } = useI18n();
  const [kept] = createResource(
    () => [props.callNumber, keptVersion()] as const,
    ([callNumber]) => isKept(callNumber).catch(() => false),
  );
  const [busy, setBusy] = createSignal(false);
  const [failed, setFailed] = createSignal(false);
  const keep = async () => {
    setBusy(true);
    setFailed(false);
    try {
      await keepRecording(props.callNumber);
    } catch (error) {
      if (!(error instanceof KeepError)) throw error;
      setFailed(true);
    } finally {
      setBusy(false);
    }
  };
  return (
    <div class="keep-offline" data-testid="keep-offline">
      <Show
        when={kept.latest}
        fallback={
          <Show
            when={isOnline()}
            fallback={
              <p class="keep-offline__needs-network" data-testid="needs-network">
                {t().offline.needsNetwork}
              </p>
            }
          >
            <button type="button" class="button button--secondary keep-offline__button" disabled={busy()} aria-busy={busy()} onClick={() => void keep()}>
              <DownloadIcon />
              {busy() ? t().offline.keeping : t().offline.keep}
            </button>
          </Show>
        }
      >
        <span class="keep-offline__done" role="status">
          <CheckIcon />
          {t().offline.kept}
        </span>
        <button
          type="button"
          class="button button--ghost keep-offline__button"
          aria-label={t().offline.removeLabel(props.callNumber)}
          onClick={() => void removeKeptRecording(props.callNumber)}
        >
          {t().offline.remove}
        </button>
      </Show>
      <Show when={failed()}>
        <p class="message message--error keep-offline__error" role="alert">
          {t().offline.keepFailed}
        </p>
      </Show>
    </div>
  );
}

const DownloadIcon = () => (
  <svg viewBox="0 0 24 24" width="18" height="18" fill="none" stroke="currentColor" stroke-width="2" stroke-linecap="round" stroke-linejoin="round" aria-hidden="true">
    <path d="M12 4v11M7 10.5l5 5 5-5M5 20h14" />
  </svg>
);

const CheckIcon = () => (
  <svg viewBox="0 0 24 24" width="18" height="18" fill="none" stroke="currentColor" stroke-width="2.2" stroke-linecap="round" stroke-linejoin="round" aria-hidden="true">
    <path d="M5 12.5l4.5 4.5L19 7.5" />
  </svg>
);
