import { Show } from "solid-js";
import { formatDateTime } from "../../../../shared/format/date-time";
import { useI18n } from "../../i18n";
import { useSession } from "../../session";

/** Says that what follows is this device's copy, and from when (shown only offline). */
export function OfflineNote(props: { at: string | null }) {
  const { t, locale } = useI18n();
  const session = useSession();
  return (
    <Show when={props.at}>
      {(at) => (
        <p class="message offline-copy" role="status">
          {t().common.offline} {t().report.fetchedAt(formatDateTime(at(), locale(), session.me()?.timeZone ?? "America/Toronto"))}
        </p>
      )}
    </Show>
  );
}
