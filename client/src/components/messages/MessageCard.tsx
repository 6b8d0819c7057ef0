import { For, Show } from "solid-js";
import { Dynamic } from "solid-js/web";
import { formatDateTime } from "../../../../shared/format/date-time";
import { historyLines } from "../../../../shared/message-history";
import { useI18n, useStrings } from "../../i18n";
import { useSession } from "../../session";
import { Highlighted } from "./Highlighted";
import { RecordingPlayer } from "./RecordingPlayer";
import type { Message } from "./types";
import "./messages.css";
import { ContactText } from "../ContactText";

/**
 * One message as the manual shows it: Message ID and Taken, the title line, the fields in
 * their order (label : value), the recording when the call has one, and the delivery history
 * (oldest first). In a list, the title links to the message's own address; `standalone` is
 * the card on that address.
 */
export function MessageCard(props: { message: Message; terms: readonly string[]; standalone?: boolean }) {
  const { locale } = useI18n();
  const t = useStrings("messages");
  const session = useSession();
  const zone = () => session.me()?.timeZone ?? "America/Toronto";
  const s = () => t().sections.messages;
  const m = () => props.message;
  const headingId = () => `message-${m().messageId}-title`;
  const when = (iso: string) => formatDateTime(iso, locale(), zone(), { seconds: true });
  const titleText = () => m().title || s().messagePage(m().messageId);
  return (
    <article class="msg-card card" aria-labelledby={headingId()} data-testid="message-card" data-message-id={m().messageId}>
      <dl class="msg-meta">
        <div>
          <dt>{s().messageId}</dt>
          <dd>{m().messageId}</dd>
        </div>
        <div>
          <dt>{s().taken}</dt>
          <dd>
            <time datetime={m().takenAt}>{when(m().takenAt)}</time>
          </dd>
        </div>
        <div>
          <dt>{s().account}</dt>
          <dd>{m().accountNumber}</dd>
        </div>
        <Show when={m().callNumber !== null}>
          <div>
            <dt>{s().call}</dt>
            <dd>{m().callNumber}</dd>
          </div>
        </Show>
        <Show when={m().agent}>
          <div>
            <dt>{s().agent}</dt>
            <dd>{m().agent}</dd>
          </div>
        </Show>
      </dl>
      <Dynamic component={props.standalone ? "h2" : "h3"} id={headingId()} class="msg-card__title">
        <Show when={!props.standalone} fallback={<Highlighted text={titleText()} terms={props.terms} />}>
          <a href={`/messages/${m().messageId}`} class="msg-card__link">
            <Highlighted text={titleText()} terms={props.terms} />
          </a>
        </Show>
      </Dynamic>
      <Show when={m().fields.length > 0}>
        <dl class="msg-fields">
          <For each={m().fields}>
            {(field) => (
              <div class="msg-field">
                <dt>{field.label}</dt>
                <dd>
                  <Show when={props.terms.length > 0} fallback={<ContactText text={field.value} />}>
                    <Highlighted text={field.value} terms={props.terms} />
                  </Show>
                </dd>
              </div>
            )}
          </For>
        </dl>
      </Show>
      <Show when={m().hasRecording && m().callNumber !== null}>
        <RecordingPlayer callNumber={m().callNumber!} label={`${s().recording} ${m().callNumber} — ${when(m().takenAt)}`} />
      </Show>
      <section class="msg-history" aria-label={`${s().history} — ${m().messageId}`}>
        <p class="msg-history__title">{s().history}</p>
        <Show when={historyLines(m(), t()).length > 0} fallback={<p class="msg-history__empty">{s().noHistory}</p>}>
          <ol class="msg-history__list">
            <For each={historyLines(m(), t())}>
              {(line) => (
                <li>
                  <time datetime={line.at}>{when(line.at)}</time> <span class="msg-history__event">{line.text}</span>
                </li>
              )}
            </For>
          </ol>
        </Show>
      </section>
    </article>
  );
}
