import type { Kysely } from "kysely";
import type { Database } from "../../db/database";
import { type SessionPolicy, type ValidSession, validateSessionToken } from "./session";

/**
 * Sessions validated in the database, then trusted for `ttlMs` (1 s at most): a player seeking
 * through a call sends dozens of range requests, and looking the session up for each one cost
 * more than serving the bytes. One cache for the process (the recording route uses it; the
 * tRPC context carries it). A sign-out or a password change here clears its entries at once;
 * in the other processes the entry lapses within `ttlMs`, after which the database says no.
 */
export class SessionCache {
  private entries = new Map<string, { session: ValidSession; until: number }>();

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
    if (hit && hit.until > now) return hit.session;
    const session = await validateSessionToken(this.db, token, this.policy);
    if (this.entries.size > 10_000) this.entries.clear();
    // Refusals are not kept: a user who signs in again must not wait.
    if (session) this.entries.set(token, { session, until: now + this.ttlMs });
    else this.entries.delete(token);
    return session;
  }

  /** The session ended (signed out): no request here may use it any more. */
  forgetSession(sessionId: string): void {
    for (const [token, entry] of this.entries) if (entry.session.id === sessionId) this.entries.delete(token);
  }

  /** The user's sessions ended (a password change), but for `keep`. */
  forgetUser(userId: number, keep?: string): void {
    for (const [token, entry] of this.entries) {
      if (entry.session.user.id === userId && entry.session.id !== keep) this.entries.delete(token);
    }
  }
}
