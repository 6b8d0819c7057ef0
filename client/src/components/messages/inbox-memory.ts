import type { MessageResult } from "./types";

/**
 * The inbox as last shown (its URL's search, every row loaded with "more", the scroll place and
 * the message opened), so that "Retour aux messages" from a message comes back to the same list
 * at the same place without asking the server again. Kept for this page load only.
 */
export interface InboxMemory {
  search: string;
  filters: Record<string, unknown>;
  data: MessageResult;
  scrollY: number;
  openedId: number | null;
}

let memory: InboxMemory | null = null;

export function rememberInbox(next: InboxMemory) {
  memory = next;
}

/** The inbox kept for this search, if it is the one the user is coming back to. */
export function recalledInbox(search: string): InboxMemory | null {
  return memory && memory.search === search ? memory : null;
}

/** Where "Retour aux messages" leads: the inbox last shown, with its filters. */
export function inboxHref(): string {
  return memory ? `/messages${memory.search}` : "/messages";
}

export function forgetInbox() {
  memory = null;
}
