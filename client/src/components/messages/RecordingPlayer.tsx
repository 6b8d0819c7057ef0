import { createSignal, Show } from "solid-js";
import { useI18n } from "../../i18n";
import { KeepOfflineButton } from "../../offline/KeepOfflineButton";

/**
 * The message's call recording, played in place: a button first (a page of messages must not
 * open dozens of audio streams), then the player from `GET /recordings/<callNumber>`.
 */
export function RecordingPlayer(props: { callNumber: number }) {
  const { t } = useI18n();
  const [open, setOpen] = createSignal(false);
  return (
    <div class="msg-recording">
      <Show
        when={open()}
        fallback={
          <button type="button" class="button button--secondary msg-recording__button" onClick={() => setOpen(true)}>
            <span aria-hidden="true">▶</span> {t().sections.messages.listen}
          </button>
        }
      >
        <audio
          controls
          autoplay
          preload="auto"
          src={`/recordings/${props.callNumber}`}
          aria-label={`${t().sections.messages.recording} ${props.callNumber}`}
          class="msg-recording__audio"
        />
      </Show>
      <KeepOfflineButton callNumber={props.callNumber} />
    </div>
  );
}
