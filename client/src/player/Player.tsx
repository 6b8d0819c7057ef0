import { createEffect, createSignal, on, Show } from "solid-js";
import { useI18n } from "../i18n";
import { KeepOfflineButton } from "../offline/KeepOfflineButton";
import { isOnline } from "../offline/network-state";
import { recordingUrl } from "../recording-url";
import { closePlayer, nowPlaying } from "./now-playing";
import "./player.css";

/**
 * The portal's one audio player: a bar fixed to the bottom of the screen (above the phone's
 * section bar), so the list stays in view and usable while a call plays. The browser's own audio
 * controls seek (range requests on `GET /recordings/<n>`); beside them Play/Pause, Download, Keep
 * offline and Close. By keyboard: focus moves to Play/Pause when a recording starts, Space
 * pauses and plays anywhere in the bar, Escape closes it and returns focus to the row.
 */
export function Player() {
  const { t } = useI18n();
  const s = () => t().player;
  const [failed, setFailed] = createSignal(false);
  const [paused, setPaused] = createSignal(true);
  let audio: HTMLAudioElement | undefined;
  let toggleButton: HTMLButtonElement | undefined;

  createEffect(
    on(nowPlaying, (track) => {
      setFailed(false);
      if (!track || !audio) return;
      audio.src = recordingUrl(track.callNumber);
      audio.play().catch(() => {});
      toggleButton?.focus();
    }),
  );

  const toggle = () => {
    if (!audio) return;
    if (audio.paused) audio.play().catch(() => {});
    else audio.pause();
  };

  return (
    <Show when={nowPlaying()}>
      {(track) => (
        <section
          class="player"
          aria-label={s().label}
          data-testid="mini-player"
          onKeyDown={(event) => {
            if (event.key === "Escape") {
              event.preventDefault();
              closePlayer(true);
            } else if (event.key === " " && !(event.target instanceof HTMLButtonElement || event.target instanceof HTMLAnchorElement)) {
              // The audio element and the bar itself: Space is Play/Pause, as on the button.
              event.preventDefault();
              toggle();
            }
          }}
        >
          <div class="player__inner">
            <p class="player__title" aria-live="polite">
              {track().label}
            </p>
            <div class="player__buttons">
              <button
                ref={toggleButton}
                type="button"
                class="button"
                data-testid="play-pause"
                aria-label={paused() ? s().play : s().pause}
                onClick={toggle}
              >
                <span aria-hidden="true">{paused() ? "▶" : "❚❚"}</span>
              </button>
              <a class="button" href={recordingUrl(track().callNumber, { download: true })} download="" data-testid="download">
                <span aria-hidden="true">⤓</span> {s().download}
              </a>
              <button type="button" class="button" onClick={() => closePlayer(true)} aria-label={s().close}>
                <span aria-hidden="true">✕</span>
              </button>
            </div>
            <audio
              ref={(el) => (audio = el)}
              controls
              preload="auto"
              aria-label={track().label}
              onPlay={() => setPaused(false)}
              onPause={() => setPaused(true)}
              onEnded={() => setPaused(true)}
              onError={() => setFailed(true)}
              data-testid="audio"
            />
            <KeepOfflineButton callNumber={track().callNumber} />
            <Show when={failed()}>
              <p class="player__error" role="alert">
                {isOnline() ? s().error : t().offline.needsNetwork}
              </p>
            </Show>
          </div>
        </section>
      )}
    </Show>
  );
}
