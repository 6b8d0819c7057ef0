import { createResource, For, Show } from "solid-js";
import { formatFetchTime } from "../../../shared/format/fetch-time";
import { useI18n, useStrings } from "../i18n";
import { useSession } from "../session";
import { formatByteSize } from "./byte-size";
import { keptVersion, listKeptRecordings, removeKeptRecording, storageEstimate } from "./kept-recordings";
import { owner } from "./offline-owner";
import { nowPlaying, play } from "../player/now-playing";

/**
 * "Enregistrements gardés / Kept recordings": each recording kept on this device, playable
 * here (offline too) and removable, then the space they take and what the browser reports.
 */
export function KeptRecordings() {
  const { locale } = useI18n();
  const t = useStrings("onThisDevice");
  const session = useSession();
  const zone = () => session.me()?.timeZone ?? "America/Toronto";
  const [kept] = createResource(
    () => [owner(), keptVersion()] as const,
    () => listKeptRecordings().catch(() => []),
  );
  const [estimate] = createResource(keptVersion, () => storageEstimate());
  const size = (bytes: number) => formatByteSize(bytes, locale(), t());
  const total = () => (kept.latest ?? []).reduce((sum, k) => sum + k.bytes, 0);
  return (
    <>
      <section class="card offline-card" aria-labelledby="kept-recordings-title">
        <h2 id="kept-recordings-title" class="card-title">
          {t().offline.keptRecordings}
        </h2>
        <p class="offline-card__hint">{t().offline.keptHint}</p>
        <Show when={(kept.latest ?? []).length > 0} fallback={<p class="offline-card__empty">{t().offline.noKept}</p>}>
          <ul class="offline-list" data-testid="kept-recordings">
            <For each={kept.latest}>
              {(recording) => (
                <li class="kept-recording">
                  <div class="kept-recording__head">
                    <span class="offline-entry__title">{t().offline.call(recording.callNumber)}</span>
                    <span class="offline-entry__time">
                      {size(recording.bytes)}
                      <Show when={recording.keptAt}> · {t().offline.keptAt(formatFetchTime(recording.keptAt, locale(), zone()))}</Show>
                    </span>
                  </div>
                  <div class="kept-recording__controls">
                    <button
                      type="button"
                      class="button button--secondary keep-offline__button"
                      aria-pressed={nowPlaying()?.callNumber === recording.callNumber}
                      onClick={(event) =>
                        play({ callNumber: recording.callNumber, label: t().offline.call(recording.callNumber) }, event.currentTarget)
                      }
                    >
                      <span aria-hidden="true">▶</span> {t().offline.listenLabel(recording.callNumber)}
                    </button>
                    <button
                      type="button"
                      class="button button--secondary keep-offline__button"
                      aria-label={t().offline.removeLabel(recording.callNumber)}
                      onClick={() => void removeKeptRecording(recording.callNumber)}
                    >
                      {t().offline.remove}
                    </button>
                  </div>
                </li>
              )}
            </For>
          </ul>
        </Show>
      </section>
      <section class="card offline-card" aria-labelledby="storage-title">
        <h2 id="storage-title" class="card-title">
          {t().offline.storage}
        </h2>
        <Show when={(kept.latest ?? []).length > 0}>
          <p data-testid="kept-total">{t().offline.keptTotal(size(total()), (kept.latest ?? []).length)}</p>
        </Show>
        <Show when={estimate.latest} fallback={<p class="offline-card__hint">{t().offline.storageUnknown}</p>}>
          {(e) => <p class="offline-card__hint">{t().offline.storageUsed(size(e().usage), size(e().quota))}</p>}
        </Show>
      </section>
    </>
  );
}
