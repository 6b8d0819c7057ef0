import { type Kysely, sql } from "kysely";
import type { Database } from "../../db/database";

/**
 * Sign-in throttling (and the current-password check of a password change), per account name
 * and per client address, kept apart: each has its failures in a window of `windowMinutes`, and
 * the time its next attempt may check a password. An attempt is counted — as a failure, until
 * it succeeds — before its password is checked, in the database under the counters' row locks,
 * so that parallel attempts, in any number of processes, queue behind one another: from the
 * fifth failure on, each waits 1, 2, 4 … up to `maxDelayMs` more than the one before it. The
 * right password still works, only later. An attempt that would wait more than `maxWaitMs` is
 * refused at once (429, "try again in N s"), its password never checked: a flood of parallel
 * guesses holds no request open and gets no more guesses through.
 *
 * A success clears its own account's failures, and takes back from its address only its own
 * count: signing in to one's own account never clears the failures made on another.
 */
export const throttlePolicy = { freeFailures: 4, windowMinutes: 15, baseDelayMs: 1000, maxDelayMs: 8000, maxWaitMs: 30_000 };

export function delayFor(failures: number): number {
  const over = failures - throttlePolicy.freeFailures;
  if (over <= 0) return 0;
  return Math.min(throttlePolicy.baseDelayMs * 2 ** (over - 1), throttlePolicy.maxDelayMs);
}

export interface Counter {
  failures: number;
  windowStart: number;
  nextAt: number;
}

export type Admission =
  | { admitted: true; waitMs: number; next: Counter[] }
  | { admitted: false; retryAfterSeconds: number };

/**
 * The schedule itself, without a clock: given the counters of an attempt's keys and the time,
 * whether it may go on, after how long, and the counters once it is counted.
 */
export function admit(counters: Counter[], now: number): Admission {
  const windowMs = throttlePolicy.windowMinutes * 60_000;
  const current = counters.map((c) => (c.windowStart <= now - windowMs ? { failures: 0, windowStart: now, nextAt: c.nextAt } : c));
  const slot = Math.max(...current.map((c) => Math.max(now, c.nextAt) + delayFor(c.failures)));
  const waitMs = slot - now;
  if (waitMs > throttlePolicy.maxWaitMs) {
    return { admitted: false, retryAfterSeconds: Math.ceil((waitMs - throttlePolicy.maxWaitMs) / 1000) || 1 };
  }
  return { admitted: true, waitMs, next: current.map((c) => ({ failures: c.failures + 1, windowStart: c.windowStart, nextAt: slot })) };
}

/** An admitted attempt: wait `waitMs`, check the password, then `settle`. */
export type Attempt = { admitted: true; waitMs: number; keys: Keys } | { admitted: false; retryAfterSeconds: number };
interface Keys {
  account: string;
  address: string;
}

export const throttleKeys = (username: string, address: string): Keys => ({
  account: `account:${username.trim().toLowerCase().slice(0, 200)}`,
  address: `address:${address}`,
});

/** Counts an attempt on (`username`, `address`) before its password is checked. */
export async function beginAttempt(db: Kysely<Database>, username: string, address: string): Promise<Attempt> {
  const keys = throttleKeys(username, address);
  return db.transaction().execute(async (trx) => {
    // Account first, then address, in every transaction: the locks are always taken in one order.
    const rows = [];
    for (const key of [keys.account, keys.address]) {
      const { rows: locked } = await sql<{ failures: number; window_start: Date; next_at: Date; now: Date }>`
        insert into sign_in_throttle (key) values (${key})
        on conflict (key) do update set key = excluded.key
        returning failures, window_start, next_at, now() as now
      `.execute(trx);
      rows.push(locked[0]!);
    }
    const now = rows[0]!.now.getTime();
    const admission = admit(
      rows.map((r) => ({ failures: r.failures, windowStart: r.window_start.getTime(), nextAt: r.next_at.getTime() })),
      now,
    );
    if (!admission.admitted) return admission;
    for (const [i, key] of [keys.account, keys.address].entries()) {
      const c = admission.next[i]!;
      await trx
        .updateTable("sign_in_throttle")
        .set({ failures: c.failures, window_start: new Date(c.windowStart), next_at: new Date(c.nextAt) })
        .where("key", "=", key)
        .execute();
    }
    return { admitted: true, waitMs: admission.waitMs, keys };
  });
}

/**
 * After the password check. A failure stays counted. A success clears its account's failures
 * and takes its own count back from the address — only its own.
 */
export async function settleAttempt(db: Kysely<Database>, keys: Keys, succeeded: boolean): Promise<void> {
  if (!succeeded) return;
  await db
    .updateTable("sign_in_throttle")
    .set({ failures: 0, next_at: sql`now()`, window_start: sql`now()` })
    .where("key", "=", keys.account)
    .execute();
  await db
    .updateTable("sign_in_throttle")
    .set({ failures: sql`greatest(failures - 1, 0)` })
    .where("key", "=", keys.address)
    .execute();
}

/** Every sign-in attempt, kept for the record (who tried which name from where, and when). */
export async function recordAttempt(
  db: Kysely<Database>,
  username: string,
  address: string,
  succeeded: boolean,
): Promise<void> {
  await db
    .insertInto("sign_in_attempts")
    .values({ username: username.slice(0, 200), address, succeeded })
    .execute();
}

/** How a throttled attempt waits its turn: a timer, or in tests a note of how long, without a clock. */
export type Wait = (ms: number) => Promise<void>;
export const realWait: Wait = (ms) => (ms > 0 ? new Promise((resolve) => setTimeout(resolve, ms)) : Promise.resolve());

/**
 * A password check under the throttle: counted first, then waited for, then `check`ed, then
 * settled and recorded. `throttled` when the attempt was refused without a check.
 */
export async function throttledCheck(
  deps: { db: Kysely<Database>; wait: Wait },
  who: { username: string; address: string },
  check: () => Promise<boolean>,
): Promise<{ throttled: true; retryAfterSeconds: number } | { throttled: false; succeeded: boolean }> {
  const attempt = await beginAttempt(deps.db, who.username, who.address);
  if (!attempt.admitted) return { throttled: true, retryAfterSeconds: attempt.retryAfterSeconds };
  await deps.wait(attempt.waitMs);
  const succeeded = await check();
  await settleAttempt(deps.db, attempt.keys, succeeded);
  await recordAttempt(deps.db, who.username, who.address, succeeded);
  return { throttled: false, succeeded };
}
