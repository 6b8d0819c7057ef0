import { type Kysely, sql } from "kysely";
import webpush from "web-push";
import type { Database, LiveItem } from "../../db/database";
import { accessibleAccounts } from "../access";
import type { Config } from "../config";
import type { LiveEvents } from "../live/live-events";
import { notificationFor } from "./notification-content";
import { vapidKeys } from "./vapid-keys";

/** A notification about a message is worth little after half a day: the push service may drop it then. */
const TTL_SECONDS = 12 * 3600;
/** How long one push service may take to answer. */
const SEND_TIMEOUT_MS = 10_000;
/** Sends in flight at once for one event. */
const PARALLEL = 8;
/** At start, events this recent that no process sent yet (committed while none was running) are sent. */
const CATCH_UP = "10 minutes";

interface Claimed {
  id: number;
  kind: "message" | "call";
  accounts: number[];
  items: LiveItem[];
}

/** What one send did, for the caller's log and for tests. */
export interface SendReport {
  event: number;
  sent: number;
  removed: number;
  failed: number;
}

/**
 * Web Push for live events (docs/notifications.md). Every process hears every event; the one
 * that claims its `live_events` row (`pushed_at` set where it was null, atomically) sends it,
 * so several processes never send twice. Each subscription whose session is still open gets at
 * most one notification per event, about the items of its chosen accounts — those its user may
 * still see now — and of its chosen kinds. A subscription the push service says is gone
 * (404, 410) is deleted. At most once: a process that dies between the claim and the send
 * loses that notification (the page still learns of the records).
 */
export class PushSender {
  private queue: Promise<unknown> = Promise.resolve();
  private closed = false;

  constructor(
    private db: Kysely<Database>,
    private config: Pick<Config, "serviceEmail">,
    private onReport: (report: SendReport) => void = logReport,
  ) {}

  /** Listens to the process's live events; sends what was left unsent just before. */
  attach(live: LiveEvents): () => void {
    const off = live.on((event) => this.enqueue(() => this.send(event.id)));
    this.enqueue(() => this.catchUp());
    return off;
  }

  /** On shutdown: takes no more events, and resolves once what was claimed is sent. */
  async close(): Promise<void> {
    this.closed = true;
    await this.queue;
  }

  private enqueue(task: () => Promise<unknown>) {
    if (this.closed) return;
    this.queue = this.queue.then(task).catch((e) => console.error(`push: ${(e as Error).message}`));
  }

  private async catchUp() {
    const rows = await this.db
      .selectFrom("live_events")
      .select("id")
      .where("pushed_at", "is", null)
      .where("at", ">", sql<Date>`now() - ${CATCH_UP}::interval`)
      .orderBy("id")
      .execute();
    for (const row of rows) await this.send(row.id);
  }

  /** Claims the event (nothing if another process did) and sends its notifications. */
  async send(eventId: number): Promise<SendReport | null> {
    const event = await this.claim(eventId);
    if (!event) return null;
    const report: SendReport = { event: event.id, sent: 0, removed: 0, failed: 0 };
    let query = this.db
      .selectFrom("push_subscriptions as ps")
      .innerJoin("sessions as s", "s.id", "ps.session_id")
      .innerJoin("users as u", "u.id", "ps.user_id")
      .select(["ps.id", "ps.user_id", "ps.endpoint", "ps.p256dh", "ps.auth", "ps.accounts", "ps.call_outcomes", "ps.include_title", "u.locale"])
      .where("s.expires_at", ">", sql<Date>`now()`)
      .where(sql<boolean>`ps.accounts && ${event.accounts}::int[]`);
    query = event.kind === "message" ? query.where("ps.messages", "=", true) : query.where(sql<boolean>`cardinality(ps.call_outcomes) > 0`);
    const subscriptions = await query.execute();
    if (subscriptions.length === 0) return (this.onReport(report), report);

    // Grants may have changed since the user chose their accounts: what they may see now.
    const access = new Map<number, Set<number>>();
    for (const userId of new Set(subscriptions.map((s) => s.user_id))) {
      access.set(userId, new Set(await accessibleAccounts(this.db, userId)));
    }
    const keys = await vapidKeys(this.db);
    const vapidDetails = { subject: `mailto:${this.config.serviceEmail}`, publicKey: keys.publicKey, privateKey: keys.privateKey };

    const work = subscriptions.map((sub) => async () => {
      const allowed = access.get(sub.user_id)!;
      const chosen = new Set(sub.accounts);
      const items = event.items.filter(
        (item) =>
          chosen.has(item.account) &&
          allowed.has(item.account) &&
          (event.kind === "message" || (item.outcome != null && sub.call_outcomes.includes(item.outcome))),
      );
      if (items.length === 0) return;
      const payload = notificationFor(event, items, { locale: sub.locale, includeTitle: sub.include_title });
      const status = await deliver({ endpoint: sub.endpoint, keys: { p256dh: sub.p256dh, auth: sub.auth } }, JSON.stringify(payload), vapidDetails);
      if (status === 404 || status === 410) {
        await this.db.deleteFrom("push_subscriptions").where("id", "=", sub.id).execute();
        report.removed++;
      } else if (status >= 200 && status < 300) report.sent++;
      else report.failed++;
    });
    await inParallel(work, PARALLEL);
    this.onReport(report);
    return report;
  }

  private async claim(eventId: number): Promise<Claimed | null> {
    const row = await this.db
      .updateTable("live_events")
      .set({ pushed_at: sql<Date>`now()` })
      .where("id", "=", eventId)
      .where("pushed_at", "is", null)
      .returning(["id", "kind", "accounts", "items"])
      .executeTakeFirst();
    return row ?? null;
  }
}

/**
 * One Web Push request: web-push encrypts the payload (RFC 8291, aes128gcm) and signs the VAPID
 * header; fetch carries it (web-push's own transport is HTTPS only, and a test's push service on
 * loopback is plain HTTP). Answers the push service's status, 0 when it could not be reached.
 */
async function deliver(subscription: webpush.PushSubscription, payload: string, vapidDetails: webpush.VapidKeys & { subject: string }): Promise<number> {
  const request = webpush.generateRequestDetails(subscription, payload, { vapidDetails, TTL: TTL_SECONDS, urgency: "high" });
  // fetch sets Content-Length itself; header values as text.
  const headers = Object.entries(request.headers)
    .filter(([name]) => name.toLowerCase() !== "content-length")
    .map(([name, value]) => [name, String(value)] as [string, string]);
  try {
    const response = await fetch(request.endpoint, {
      method: request.method,
      headers,
      body: request.body ? new Uint8Array(request.body) : undefined,
      signal: AbortSignal.timeout(SEND_TIMEOUT_MS),
      redirect: "error",
    });
    await response.body?.cancel();
    return response.status;
  } catch {
    return 0;
  }
}

async function inParallel(tasks: (() => Promise<void>)[], width: number) {
  let next = 0;
  const lane = async () => {
    while (next < tasks.length) {
      const task = tasks[next++]!;
      await task().catch((e) => console.error(`push: ${(e as Error).message}`));
    }
  };
  await Promise.all(Array.from({ length: Math.min(width, tasks.length) }, lane));
}

function logReport(report: SendReport) {
  if (report.removed + report.failed > 0) {
    console.error(`push: event ${report.event}: ${report.sent} sent, ${report.removed} gone and removed, ${report.failed} failed`);
  }
}
