import { useStrings } from "../../i18n";
import { KeepOfflineButton } from "../../offline/KeepOfflineButton";
import { nowPlaying, play } from "../../player/now-playing";

/**
 * A message's call recording: a button that plays it in the portal's one player (a page of
 * messages must not open dozens of audio streams), and Keep offline.
 */
export function RecordingPlayer(props: { callNumber: number; label: string }) {
  const t = useStrings("messages");
  return (
    <div class="msg-recording">
      <button
        type="button"
        class="button button--secondary msg-recording__button"
        aria-pressed={nowPlaying()?.callNumber === props.callNumber}
        onClick={(event) => play({ callNumber: props.callNumber, label: props.label }, event.currentTarget)}
      >
        <span aria-hidden="true">▶</span> {t().sections.messages.listen}
      </button>
      <KeepOfflineButton callNumber={props.callNumber} />
    </div>
  );
}
