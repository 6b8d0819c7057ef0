import type { Kysely } from "kysely";
import pg from "pg";
import type { Database, LiveItem } from "../../db/database";
import { pgTypes } from "../../db/connection";

/** A live event as this process hands it to its pages and its push sender. */
export interface LiveEvent {
  id: number;
  kind: "message" | "call";
  items: LiveItem[];
}

type Listener = (event: LiveEvent) => void;

/**
 * This process's end of `portal_live` (migration 2026-12-01-12-02): one dedicated connection
 * LISTENs, each notification's row is read once, and every listener in the process (the SSE
 * pages, the push sender) gets it. A lost connection is opened again a second later, and the
 * events committed meanwhile are read then, so a restart of PostgreSQL loses nothing.
 */
export class LiveEvents {
  private listeners = new Set<Listener>();
  private closers = new Set<() => void>();
  private client: pg.Client | null = null;
  private closed = false;
  private lastId = 0;
  private retry: NodeJS.Timeout | null = null;

  constructor(
    private db: Kysely<Database>,
    private url: string | null,
  ) {}

  /** Starts listening; resolves once LISTEN is in place (so nothing committed after is missed). */
  async start(): Promise<void> {
    if (!this.url) return;
    this.lastId = await latestEventId(this.db);
    await this.connect();
  }

  on(listener: Listener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /** Called once when the process shuts down: an open event stream ends then. */
  onClose(closer: () => void): () => void {
    this.closers.add(closer);
    return () => this.closers.delete(closer);
  }

  get isClosed() {
    return this.closed;
  }

  async close(): Promise<void> {
    this.closed = true;
    for (const closer of this.closers) closer();
    this.closers.clear();
    if (this.retry) clearTimeout(this.retry);
    const client = this.client;
    this.client = null;
    await client?.end().catch(() => {});
  }

  private async connect() {
    const client = new pg.Client({ connectionString: this.url!, types: pgTypes });
    client.on("error", () => this.lost(client));
    client.on("end", () => this.lost(client));
    client.on("notification", (n) => {
      const id = Number(n.payload);
      if (Number.isSafeInteger(id)) void this.deliver({ id });
    });
    await client.connect();
    await client.query("listen portal_live");
    if (this.closed) return void (await client.end());
    this.client = client;
  }

  private lost(client: pg.Client) {
    if (this.client !== client || this.closed) return;
    this.client = null;
    client.end().catch(() => {});
    const again = () => {
      this.retry = null;
      if (this.closed) return;
      this.connect().then(
        // Whatever was committed while we were away.
        () => this.deliver({ after: this.lastId }),
        () => (this.retry = setTimeout(again, 1000)),
      );
    };
    this.retry = setTimeout(again, 1000);
  }

  private async deliver(which: { id: number } | { after: number }) {
    let rows;
    try {
      let query = this.db.selectFrom("live_events").select(["id", "kind", "items"]).orderBy("id");
      query = "id" in which ? query.where("id", "=", which.id) : query.where("id", ">", which.after);
      rows = await query.execute();
    } catch (e) {
      console.error(`live events: ${(e as Error).message}`);
      return;
    }
    for (const row of rows) {
      this.lastId = Math.max(this.lastId, row.id);
      this.emit({ id: row.id, kind: row.kind, items: row.items });
    }
  }

  /** Hands an event to every listener of this process (also used by tests). */
  emit(event: LiveEvent) {
    for (const listener of this.listeners) {
      try {
        listener(event);
      } catch (e) {
        console.error(`live events: ${(e as Error).message}`);
      }
    }
  }
}

export async function latestEventId(db: Kysely<Database>): Promise<number> {
  const row = await db.selectFrom("live_events").select((eb) => eb.fn.max("id").as("id")).executeTakeFirst();
  return Number(row?.id ?? 0);
}
