import { sha256 } from "@oslojs/crypto/sha2";
import { encodeBase32LowerCaseNoPadding, encodeHexLowerCase } from "@oslojs/encoding";
import { type Kysely, sql } from "kysely";
import type { Database } from "../../db/database";
import { type Access, accessibleAccountsQuery } from "../access";

/**
 * Sessions the Lucia way: the browser holds a random token, the database only its SHA-256,
 * so a leaked sessions table signs nobody in. A session unused for `idleMinutes` ends; using
 * it in the second half of that window pushes the end back — never past `maxDays` after it
 * began: however much it is used, a session ends then, and its cookie with it.
 */

/** SESSION_IDLE_MINUTES and SESSION_MAX_DAYS. */
export interface SessionPolicy {
  idleMinutes: number;
  maxDays: number;
}

export const sessionPolicyOf = (config: { sessionIdleMinutes: number; sessionMaxDays: number }): SessionPolicy => ({
  idleMinutes: config.sessionIdleMinutes,
  maxDays: config.sessionMaxDays,
});

export interface SessionUser {
  id: number;
  username: string;
  name: string;
  locale: "fr" | "en";
  isAdmin: boolean;
}

export interface ValidSession {
  id: string;
  expiresAt: Date;
  user: SessionUser;
  /** The accounts the user may see, read with the session (one round trip; see SessionCache). */
  access: Access;
}

export const sessionCookieName = "portal_session";

export function generateSessionToken(): string {
  const bytes = new Uint8Array(20);
  crypto.getRandomValues(bytes);
  return encodeBase32LowerCaseNoPadding(bytes);
}

export function sessionIdOf(token: string): string {
  return encodeHexLowerCase(sha256(new TextEncoder().encode(token)));
}

export async function createSession(
  db: Kysely<Database>,
  userId: number,
  policy: SessionPolicy,
): Promise<{ token: string; expiresAt: Date; endsAt: Date }> {
  const token = generateSessionToken();
  const now = new Date();
  const endsAt = new Date(now.getTime() + policy.maxDays * 86_400_000);
  const expiresAt = new Date(Math.min(now.getTime() + policy.idleMinutes * 60_000, endsAt.getTime()));
  await db.insertInto("sessions").values({ id: sessionIdOf(token), user_id: userId, expires_at: expiresAt, created_at: now }).execute();
  // endsAt: the cookie's own lifetime, so the browser forgets it when the server does.
  return { token, expiresAt, endsAt };
}

export async function validateSessionToken(
  db: Kysely<Database>,
  token: string,
  policy: SessionPolicy,
): Promise<ValidSession | null> {
  if (!/^[a-z2-7]{32}$/.test(token)) return null;
  const id = sessionIdOf(token);
  const row = await db
    .selectFrom("sessions")
    .innerJoin("users", "users.id", "sessions.user_id")
    .select([
      "sessions.id",
      "sessions.expires_at",
      "sessions.created_at",
      "users.id as user_id",
      "users.username",
      "users.name",
      "users.locale",
      "users.is_admin",
      (eb) => sql<number[]>`array(${accessibleAccountsQuery(db, eb.ref("users.id"))})`.as("account_numbers"),
    ])
    .where("sessions.id", "=", id)
    .executeTakeFirst();
  if (!row) return null;
  const now = Date.now();
  const endsAt = row.created_at.getTime() + policy.maxDays * 86_400_000;
  if (row.expires_at.getTime() <= now || endsAt <= now) {
    await db.deleteFrom("sessions").where("id", "=", id).execute();
    return null;
  }
  let expiresAt = row.expires_at;
  const window = policy.idleMinutes * 60_000;
  if (expiresAt.getTime() - now < window / 2 && expiresAt.getTime() < endsAt) {
    expiresAt = new Date(Math.min(now + window, endsAt));
    await db.updateTable("sessions").set({ expires_at: expiresAt }).where("id", "=", id).execute();
  }
  return {
    id,
    expiresAt,
    user: { id: row.user_id, username: row.username, name: row.name, locale: row.locale, isAdmin: row.is_admin },
    access: { userId: row.user_id, accountNumbers: row.account_numbers },
  };
}

export async function invalidateSession(db: Kysely<Database>, sessionId: string): Promise<void> {
  await db.deleteFrom("sessions").where("id", "=", sessionId).execute();
}

/** Signs the user out everywhere (after a password change, say), but for `keep`. */
export async function invalidateUserSessions(db: Kysely<Database>, userId: number, keep?: string): Promise<void> {
  let q = db.deleteFrom("sessions").where("user_id", "=", userId);
  if (keep) q = q.where("id", "<>", keep);
  await q.execute();
}
