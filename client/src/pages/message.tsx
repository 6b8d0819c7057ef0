import { useParams } from "@solidjs/router";
import { createResource, Match, Switch } from "solid-js";
import { errorCode, isNetworkError, trpc } from "../api";
import { inboxHref } from "../components/messages/inbox-memory";
import { MessageCard } from "../components/messages/MessageCard";
import { AcknowledgeButton } from "../components/messages/AcknowledgeButton";
import { Page } from "../components/Page";
import { Skeleton } from "../report/Skeleton";
import { useStrings } from "../i18n";

type Outcome = { status: "found"; message: Awaited<ReturnType<typeof trpc.messages.byId.query>> } | { status: "not-found" } | { status: "network" } | { status: "error" };

/**
 * One message at its own address (`/messages/<messageId>`), to open from an e-mail or a
 * bookmark. Someone else's message answers exactly like a missing one.
 */
export default function MessagePage() {
  const t = useStrings("messages");
  const params = useParams<{ messageId: string }>();
  const s = () => t().sections.messages;
  const [outcome, { refetch }] = createResource(
    () => params.messageId,
    async (raw): Promise<Outcome> => {
      const messageId = Number(raw);
      if (!/^\d{1,15}$/.test(raw) || messageId <= 0) return { status: "not-found" };
      try {
        // Opening the message is what the service wants to know (its switch stops escalating);
        // recorded first, so the history below already shows it. Offline, it is not recorded.
        await trpc.messages.acknowledge.mutate({ messageId, action: "viewed" }).catch(() => {});
        return { status: "found", message: await trpc.messages.byId.query({ messageId }) };
      } catch (error) {
        if (errorCode(error) === "NOT_FOUND" || errorCode(error) === "BAD_REQUEST") return { status: "not-found" };
        return { status: isNetworkError(error) ? "network" : "error" };
      }
    },
  );
  const back = () => (
    <a href={inboxHref()} class="button button--secondary" data-testid="back-to-messages">
      {s().backToMessages}
    </a>
  );
  return (
    <Page title={s().messagePage(Number(params.messageId) || 0)}>
      <Switch fallback={<Skeleton shape="card" />}>
        <Match when={outcome()?.status === "found" && (outcome() as Extract<Outcome, { status: "found" }>).message}>
          {(message) => (
            <div class="msg-single">
              {back()}
              <MessageCard message={message()} terms={[]} standalone />
              <AcknowledgeButton message={message()} onDone={() => void refetch()} />
            </div>
          )}
        </Match>
        <Match when={outcome()?.status === "not-found"}>
          <div class="card notice" data-testid="message-not-found">
            <p>{s().notFound}</p>
            {back()}
          </div>
        </Match>
        <Match when={outcome()?.status === "network" || outcome()?.status === "error"}>
          <div class="card notice" role="alert">
            <p>{outcome()?.status === "network" ? t().common.networkError : t().common.unexpectedError}</p>
            {back()}
          </div>
        </Match>
      </Switch>
    </Page>
  );
}
