import type { Kysely } from "kysely";
import type { Database } from "../../db/database";
import { type ValidSession, validateSessionToken } from "../auth/session";

/**
 * Sessions as the recording route sees them: validated in the database, then trusted for a few
 * seconds. A player seeking through a call sends dozens of range requests; looking the session
 * up for each one cost more than serving the bytes. A sign-out or a revoked session therefore
 * takes effect on recordings within `ttlMs` (5 s), everywhere else at once.
 */
export class SessionCache {
  private entries = new Map<string, { session: ValidSession | null; until: number }>();

  constructor(
    private db: Kysely<Database>,
    private idleMinutes: number,
    private ttlMs = 5_000,
  ) {}

  async get(token: string): Promise<ValidSession | null> {
    const now = Date.now();
    const hit = this.entries.get(token);
    if (hit && hit.until > now) return hit.session;
    const session = await validateSessionToken(this.db, token, this.idleMinutes);
    if (this.entries.size > 10_000) this.entries.clear();
    // Refusals are not kept: a user who signs in again must not wait.
    if (session) this.entries.set(token, { session, until: now + this.ttlMs });
    else this.entries.delete(token);
    return session;
  }
}
