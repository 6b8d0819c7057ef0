/** What `GET /events` says when records of the user's accounts land (docs/live.md). */
export interface RecordsNotice {
  kind: "message" | "call";
  /** New records per account number. */
  accounts: Record<string, number>;
}

type Listener = (notice: RecordsNotice) => void;

const listeners = new Set<Listener>();
let source: EventSource | null = null;

/**
 * Listens to the server's live events while at least one page part does: one EventSource for
 * the whole app, opened by the first listener and closed with the last. The browser reconnects
 * by itself and sends Last-Event-ID, so nothing is missed across a short loss of network.
 */
export function onRecords(listener: Listener): () => void {
  listeners.add(listener);
  if (!source && typeof EventSource !== "undefined") {
    source = new EventSource("/events");
    source.addEventListener("records", (event) => {
      let notice: RecordsNotice;
      try {
        notice = JSON.parse((event as MessageEvent<string>).data) as RecordsNotice;
      } catch {
        return;
      }
      for (const l of listeners) l(notice);
    });
  }
  return () => {
    listeners.delete(listener);
    if (listeners.size === 0) {
      source?.close();
      source = null;
    }
  };
}

/** How many of a notice's records count for a page showing `account` (all of the user's when unset). */
export function countFor(notice: RecordsNotice, account: string | number | undefined | null): number {
  let n = 0;
  for (const [number, count] of Object.entries(notice.accounts)) {
    if (account === undefined || account === null || account === "" || String(account) === number) n += count;
  }
  return n;
}
