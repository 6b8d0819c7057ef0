import type { Kysely } from "kysely";
import type { Database } from "../../db/database";

/**
 * Who listened to or downloaded which recording. A seeking player makes dozens of range
 * requests a minute; writing a row for each would cost more than serving them. So requests are
 * gathered in memory per (user, call, action) and written as one row on a short timer, with the
 * byte ranges served merged (`0-65535`, `1048576-2097151`, …), and on shutdown (`close()`).
 * A row covers one flush interval; a long listening session may span several rows.
 */
export type AuditAction = "play" | "download";

interface Pending {
  userId: number;
  callNumber: number;
  action: AuditAction;
  firstAt: Date;
  lastAt: Date;
  requests: number;
  bytesSent: number;
  /** Inclusive [start, end] ranges, kept merged and sorted. */
  ranges: [number, number][];
}

export class AuditLog {
  private pending = new Map<string, Pending>();
  private timer: NodeJS.Timeout | null = null;
  private flushing: Promise<void> = Promise.resolve();

  constructor(
    private db: Kysely<Database>,
    // A crash (kill -9, power loss) loses at most this long of entries; SIGTERM loses none.
    private intervalMs = 1_000,
  ) {}

  private streaming = 0;
  private whenIdle: (() => void)[] = [];

  /**
   * A stream whose entry comes when it closes: `close()` waits for it (up to a second), so that
   * a stream cut at shutdown is in the log too. The returned function records it, once.
   */
  opened(): (entry: Parameters<AuditLog["record"]>[0]) => void {
    this.streaming++;
    let done = false;
    return (entry) => {
      if (done) return;
      done = true;
      this.record(entry);
      if (--this.streaming === 0) for (const wake of this.whenIdle.splice(0)) wake();
    };
  }

  /** Notes one request's served bytes (`start`..`end` included; `sent` may be less if cut off). */
  record(entry: { userId: number; callNumber: number; action: AuditAction; start: number; sent: number; at?: Date }) {
    const at = entry.at ?? new Date();
    const key = `${entry.userId}:${entry.callNumber}:${entry.action}`;
    let p = this.pending.get(key);
    if (!p) {
      p = { userId: entry.userId, callNumber: entry.callNumber, action: entry.action, firstAt: at, lastAt: at, requests: 0, bytesSent: 0, ranges: [] };
      this.pending.set(key, p);
    }
    p.lastAt = at;
    p.requests += 1;
    p.bytesSent += entry.sent;
    if (entry.sent > 0) p.ranges = mergeRange(p.ranges, [entry.start, entry.start + entry.sent - 1]);
    this.schedule();
  }

  /** Writes what is pending now, in one statement; resolves when it is stored. */
  flush(): Promise<void> {
    this.flushing = this.flushing.then(() => this.write());
    return this.flushing;
  }

  /** Stops the timer and writes what is left (the server calls this when it closes). */
  async close() {
    if (this.streaming > 0) {
      // A cut stream's file closes a moment after its connection: its entry is on the way.
      await Promise.race([new Promise<void>((wake) => this.whenIdle.push(wake)), new Promise((r) => setTimeout(r, 1000))]);
    }
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
    await this.flush();
  }

  private schedule() {
    if (this.timer) return;
    this.timer = setTimeout(() => {
      this.timer = null;
      this.flush().catch((e) => console.error("audit log:", (e as Error).message));
    }, this.intervalMs);
    // A pending flush never keeps a finished process alive; close() writes it.
    this.timer.unref();
  }

  private async write() {
    if (this.pending.size === 0) return;
    const batch = [...this.pending.values()];
    this.pending.clear();
    try {
      await this.db
        .insertInto("audit_log")
        .values(
          batch.map((p) => ({
            user_id: p.userId,
            call_number: p.callNumber,
            action: p.action,
            first_at: p.firstAt,
            last_at: p.lastAt,
            requests: p.requests,
            bytes_sent: p.bytesSent,
            ranges: p.ranges.map(([a, b]) => `${a}-${b}`),
          })),
        )
        .execute();
    } catch (e) {
      // Kept for the next flush rather than lost: the log must be complete.
      for (const p of batch) {
        const key = `${p.userId}:${p.callNumber}:${p.action}`;
        const newer = this.pending.get(key);
        if (!newer) this.pending.set(key, p);
        else {
          newer.firstAt = p.firstAt;
          newer.requests += p.requests;
          newer.bytesSent += p.bytesSent;
          for (const r of p.ranges) newer.ranges = mergeRange(newer.ranges, r);
        }
      }
      this.schedule();
      throw e;
    }
  }
}

/** Adds [a, b] to sorted, disjoint ranges, merging those it overlaps or touches. */
export function mergeRange(ranges: [number, number][], added: [number, number]): [number, number][] {
  const out: [number, number][] = [];
  let [a, b] = added;
  let placed = false;
  for (const [s, e] of ranges) {
    if (e + 1 < a) out.push([s, e]);
    else if (b + 1 < s) {
      if (!placed) out.push([a, b]);
      placed = true;
      out.push([s, e]);
    } else {
      a = Math.min(a, s);
      b = Math.max(b, e);
    }
  }
  if (!placed) out.push([a, b]);
  return out;
}
