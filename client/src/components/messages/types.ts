import type { trpc } from "../../api";

/** What `messages.search` answers: a page of messages and the count of all that match. */
export type MessageResult = Awaited<ReturnType<typeof trpc.messages.search.query>>;
/** One message, as plain JSON (instants as ISO strings). */
export type Message = MessageResult["rows"][number];
