import { createEffect, createSignal, on, Show } from "solid-js";
import { useI18n } from "../../i18n";
import { KeepOfflineButton } from "../../offline/KeepOfflineButton";
import { isOnline } from "../../offline/network-state";

export interface NowPlaying {
  callNumber: number;
  /** Already formatted for the reader. */
  when: string;
}

/**
 * The recording being listened to, in a bar fixed to the bottom of the screen so the list stays
 * usable: the browser's own audio controls (play, seek, position and length, keyboard and
 * screen-reader support for free) streaming from `GET /recordings/<n>` with range requests,
 * a download button and a close button.
 */
export function MiniPlayer(props: { playing: NowPlaying | null; onClose: () => void }) {
  const { t } = useI18n();
  const [failed, setFailed] = createSignal(false);
  let audio: HTMLAudioElement | undefined;
  const s = () => t().sections.recordings;

  createEffect(
    on(
      () => props.playing?.callNumber,
      (call) => {
        setFailed(false);
        if (call === undefined || !audio) return;
        audio.src = `/recordings/${call}`;
        // The click that chose the call is the user gesture autoplay needs.
        audio.play().catch(() => {});
      },
    ),
  );

  return (
    <Show when={props.playing}>
      {(now) => (
        <>
          <div class="rec-player-spacer" aria-hidden="true" />
          <section class="rec-player" aria-label={s().player} data-testid="mini-player">
            <div class="rec-player__inner">
              <p class="rec-player__title" aria-live="polite">
                {s().nowPlaying(now().when, String(now().callNumber))}
              </p>
              <div class="rec-player__buttons">
                <a class="button" href={`/recordings/${now().callNumber}?download=1`} download="" data-testid="download">
                  <span aria-hidden="true">⤓</span> {s().download}
                </a>
                <button type="button" class="button" onClick={() => props.onClose()} aria-label={s().closePlayer}>
                  <span aria-hidden="true">✕</span>
                </button>
              </div>
              <audio
                ref={(el) => (audio = el)}
                controls
                preload="auto"
                aria-label={s().nowPlaying(now().when, String(now().callNumber))}
                onError={() => setFailed(true)}
                data-testid="audio"
              />
              <KeepOfflineButton callNumber={now().callNumber} />
              <Show when={failed()}>
                <p class="rec-player__error" role="alert">
                  {isOnline() ? s().playbackError : t().offline.needsNetwork}
                </p>
              </Show>
            </div>
          </section>
        </>
      )}
    </Show>
  );
}
