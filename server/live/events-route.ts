import { Hono } from "hono";
import { streamSSE } from "hono/streaming";
import { sql } from "kysely";
import type { LiveItem } from "../../db/database";
import { loadAccess } from "../access";
import type { AppEnv } from "../app-env";
import { latestEventId, type LiveEvent, type LiveEvents } from "./live-events";

/** A comment line this often keeps proxies from closing a quiet stream. */
const HEARTBEAT_MS = 25_000;
/** The session and the user's grants are checked again this often: a sign-out ends the stream. */
const RECHECK_MS = 60_000;
/** Events replayed at most on a reconnect; a page away longer reloads its list anyway. */
const REPLAY_LIMIT = 500;

/** What one page is told about an event: counts per account, only of the user's own accounts. */
export interface RecordsNotice {
  kind: "message" | "call";
  accounts: Record<string, number>;
}

export function noticeFor(event: Pick<LiveEvent, "kind" | "items">, accounts: ReadonlySet<number>): RecordsNotice | null {
  const counts: Record<string, number> = {};
  let any = false;
  for (const item of event.items as LiveItem[]) {
    if (!accounts.has(item.account)) continue;
    counts[item.account] = (counts[item.account] ?? 0) + 1;
    any = true;
  }
  return any ? { kind: event.kind, accounts: counts } : null;
}

/**
 * `GET /events` (docs/live.md): Server-Sent Events for a signed-in page, `event: records` with
 * `{kind, accounts: {<account>: <count>}}` when messages or calls of the user's accounts land.
 * Events of accounts the user may not see are never written to the stream. A reconnect with
 * `Last-Event-ID` first gets what it missed.
 */
export function eventRoutes(live: LiveEvents) {
  const app = new Hono<AppEnv>();
  app.get("/", async (c) => {
    const { db, session } = c.var;
    if (!session) return c.json({ error: "signed_out" }, 401);
    const given = c.req.header("last-event-id") ?? "";
    const after = /^\d{1,15}$/.test(given) ? Number(given) : null;
    let accounts = new Set(session.access.accountNumbers);
    c.header("X-Accel-Buffering", "no");
    return streamSSE(c, async (stream) => {
      const queue: LiveEvent[] = [];
      let wake: (() => void) | null = null;
      const off = live.on((event) => {
        queue.push(event);
        wake?.();
      });
      stream.onAbort(() => wake?.());
      let ending = live.isClosed;
      const offClose = live.onClose(() => {
        ending = true;
        wake?.();
      });
      try {
        const replayed = new Set<number>();
        if (after === null) {
          await stream.writeSSE({ event: "ready", id: String(await latestEventId(db)), data: "{}", retry: 2000 });
        } else {
          const missed = await db
            .selectFrom("live_events")
            .select(["id", "kind", "items"])
            .where("id", ">", after)
            .where(sql<boolean>`accounts && ${[...accounts]}::int[]`)
            .orderBy("id")
            .limit(REPLAY_LIMIT)
            .execute();
          await stream.writeSSE({ event: "ready", data: JSON.stringify({ replayed: missed.length }), retry: 2000 });
          for (const row of missed) {
            replayed.add(row.id);
            const notice = noticeFor(row, accounts);
            if (notice) await stream.writeSSE({ event: "records", id: String(row.id), data: JSON.stringify(notice) });
          }
        }
        let quietSince = Date.now();
        let checkedAt = Date.now();
        while (!stream.aborted && !stream.closed && !ending) {
          if (queue.length === 0) {
            await new Promise<void>((resolve) => {
              const timer = setTimeout(resolve, HEARTBEAT_MS);
              wake = () => {
                clearTimeout(timer);
                resolve();
              };
            });
            wake = null;
          }
          if (stream.aborted || ending) break;
          const now = Date.now();
          if (now - checkedAt >= RECHECK_MS) {
            checkedAt = now;
            const alive = await db
              .selectFrom("sessions")
              .select("id")
              .where("id", "=", session.id)
              .where("expires_at", ">", new Date())
              .executeTakeFirst();
            if (!alive) break;
            accounts = new Set((await loadAccess(db, session.user.id)).accountNumbers);
          }
          const events = queue.splice(0);
          for (const event of events) {
            if (replayed.has(event.id)) continue;
            const notice = noticeFor(event, accounts);
            if (notice) await stream.writeSSE({ event: "records", id: String(event.id), data: JSON.stringify(notice) });
          }
          if (events.length > 0) quietSince = now;
          else if (now - quietSince >= HEARTBEAT_MS - 50) {
            await stream.write(": keep-alive\n\n");
            quietSince = now;
          }
        }
      } finally {
        off();
        offClose();
      }
    });
  });
  return app;
}
