import { For, Show } from "solid-js";
import { translateDeliveryEvent } from "../../../../shared/delivery-event";
import { formatDateTime } from "../../../../shared/format/date-time";
import { useI18n, useStrings } from "../../i18n";
import { Highlighted } from "./Highlighted";
import type { Message } from "./types";

/** How many field values an inbox row shows under its title. */
const previewFields = 2;

/**
 * A message as an inbox row: its title line and the time it was taken, the first field values,
 * and its last delivery event; the whole row opens the full card (`/messages/<id>`). About a
 * sixth of a phone screen, where the full card is a screen or more.
 */
export function MessageRow(props: { message: Message; terms: readonly string[]; zone: string; onOpen: () => void }) {
  const { locale } = useI18n();
  const t = useStrings("messages");
  const s = () => t().sections.messages;
  const m = () => props.message;
  const last = () => m().history.at(-1);
  return (
    <a href={`/messages/${m().messageId}`} class="msg-row" data-testid="message-row" data-message-id={m().messageId} onClick={() => props.onOpen()}>
      <span class="msg-row__head">
        <span class="msg-row__title">
          <Highlighted text={m().title || s().messagePage(m().messageId)} terms={props.terms} />
        </span>
        <time class="msg-row__time" datetime={m().takenAt}>
          {formatDateTime(m().takenAt, locale(), props.zone)}
        </time>
      </span>
      <For each={m().fields.slice(0, previewFields)}>
        {(field) => (
          <span class="msg-row__field">
            <span class="msg-row__label">{field.label}</span> <Highlighted text={field.value} terms={props.terms} />
          </span>
        )}
      </For>
      <span class="msg-row__foot">
        <span>
          {s().messageId} {m().messageId}
          <Show when={m().hasRecording}> · {s().recording}</Show>
        </span>
        <Show when={last()}>{(event) => <span class="msg-row__state">{translateDeliveryEvent(event().event, t())}</span>}</Show>
      </span>
    </a>
  );
}
