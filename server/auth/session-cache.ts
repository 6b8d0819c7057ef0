import type { Kysely } from "kysely";
import type { Database } from "../../db/database";
import { type SessionPolicy, type ValidSession, validateSessionToken } from "./session";

/**
 * Sessions (with the user's access) validated in the database, then trusted for `ttlMs` (1 s at
 * most) from the moment that check began: a player seeking through a call sends dozens of range
 * requests, and a page several tRPC queries at once; looking the session up for each one cost
 * more than serving the bytes or the query (bench/recordings.bench.ts, bench/overhead.bench.ts).
 * One cache for the process: the app's session middleware and the recording route use it.
 *
 * So that a busy token never waits for the database: concurrent lookups of a token share one
 * query, and a token used in the second half of its second is checked again in the background
 * while the entry still answers (under load, every client stalled on the same expiry at once).
 *
 * A sign-out or a password change here clears its entries at once (and no check that began
 * before it may put them back); in the other processes the entry lapses within `ttlMs`, after
 * which the database says no. A grant changed by the operator's command (another process) is
 * likewise seen within `ttlMs`.
 */
export class SessionCache {
  private entries = new Map<string, Entry>();
  /** Lookups under way, by token: a second request for the token waits for the same one. */
  private pending = new Map<string, Promise<ValidSession | null>>();
  /** Bumped by every forget: a check that began before one may not store what it found. */
  private generation = 0;

  constructor(
    private db: Kysely<Database>,
    private policy: SessionPolicy,
    private ttlMs = 1_000,
  ) {
    if (ttlMs > 1_000) throw new Error("a session may not be trusted for more than a second");
  }

  async get(token: string): Promise<ValidSession | null> {
    const now = Date.now();
    const hit = this.entries.get(token);
    if (hit && hit.checkedAt + this.ttlMs > now) {
      if (hit.checkedAt + this.ttlMs / 2 <= now && !this.pending.has(token)) {
        // Checked again ahead of its end; a failure here is the next request's to meet.
        this.check(token).catch(() => this.entries.delete(token));
      }
      return hit.session;
    }
    return this.pending.get(token) ?? this.check(token);
  }

  private check(token: string): Promise<ValidSession | null> {
    const checkedAt = Date.now();
    const generation = this.generation;
    const lookup = validateSessionToken(this.db, token, this.policy).then(
      (session) => {
        if (this.pending.get(token) === lookup) this.pending.delete(token);
        if (generation !== this.generation) return session;
        if (this.entries.size > 10_000) this.entries.clear();
        // Refusals are not kept: a user who signs in again must not wait.
        if (session) this.entries.set(token, { session, checkedAt });
        else this.entries.delete(token);
        return session;
      },
      (error: unknown) => {
        if (this.pending.get(token) === lookup) this.pending.delete(token);
        throw error;
      },
    );
    this.pending.set(token, lookup);
    return lookup;
  }

  /** The session ended (signed out): no request here may use it any more. */
  forgetSession(sessionId: string): void {
    this.forget((session) => session.id === sessionId);
  }

  /**
   * The user's sessions ended (a password change), but for `keep`; or, with no `keep`, what the
   * cache holds of the user changed (their language): each session is read again.
   */
  forgetUser(userId: number, keep?: string): void {
    this.forget((session) => session.user.id === userId && session.id !== keep);
  }

  private forget(matches: (session: ValidSession) => boolean) {
    this.generation += 1;
    // What a lookup under way will find may be from before: the next request asks again.
    this.pending.clear();
    for (const [token, entry] of this.entries) if (matches(entry.session)) this.entries.delete(token);
  }
}

interface Entry {
  session: ValidSession;
  /** When the check that found it began: it is trusted `ttlMs` from then. */
  checkedAt: number;
}
