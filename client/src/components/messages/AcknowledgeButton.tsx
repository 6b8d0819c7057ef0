import { createSignal, Show } from "solid-js";
import { isNetworkError, trpc } from "../../api";
import { useStrings } from "../../i18n";
import { useSession } from "../../session";
import type { Message } from "./types";

/**
 * "Accuser réception / Acknowledge": tells the service, in the message's history and through
 * its switch's /ingest/acknowledgements, that this user has dealt with the message. Once done
 * (by this user), it says so instead.
 */
export function AcknowledgeButton(props: { message: Message; onDone: () => void }) {
  const t = useStrings("messages");
  const session = useSession();
  const a = () => t().acknowledgements;
  const [busy, setBusy] = createSignal(false);
  const [problem, setProblem] = createSignal<string | null>(null);
  const me = () => {
    const user = session.me()?.user;
    return user ? user.name || user.username : null;
  };
  const done = () => (props.message.acknowledgements ?? []).some((x) => x.action === "acknowledged" && x.by === me());
  const press = async () => {
    setBusy(true);
    setProblem(null);
    try {
      await trpc.messages.acknowledge.mutate({ messageId: props.message.messageId, action: "acknowledged" });
      props.onDone();
    } catch (error) {
      setProblem(isNetworkError(error) ? t().common.networkError : t().common.unexpectedError);
    } finally {
      setBusy(false);
    }
  };
  return (
    <div class="msg-acknowledge" aria-live="polite">
      <Show
        when={!done()}
        fallback={
          <p class="message" data-testid="acknowledged">
            {a().acknowledgedByYou}
          </p>
        }
      >
        <button type="button" class="button" disabled={busy()} onClick={() => void press()}>
          {a().acknowledge}
        </button>
      </Show>
      <Show when={problem()}>
        <p class="message message--error" role="alert">
          {problem()}
        </p>
      </Show>
    </div>
  );
}
