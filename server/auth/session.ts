import { sha256 } from "@oslojs/crypto/sha2";
import { encodeBase32LowerCaseNoPadding, encodeHexLowerCase } from "@oslojs/encoding";
import type { Kysely } from "kysely";
import type { Database } from "../../db/database";

/**
 * Sessions the Lucia way: the browser holds a random token, the database only its SHA-256,
 * so a leaked sessions table signs nobody in. A session unused for `idleMinutes` ends; using
 * it in the second half of that window pushes the end back.
 */

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
  idleMinutes: number,
): Promise<{ token: string; expiresAt: Date }> {
  const token = generateSessionToken();
  const expiresAt = new Date(Date.now() + idleMinutes * 60_000);
  await db.insertInto("sessions").values({ id: sessionIdOf(token), user_id: userId, expires_at: expiresAt }).execute();
  return { token, expiresAt };
}

export async function validateSessionToken(
  db: Kysely<Database>,
  token: string,
  idleMinutes: number,
): Promise<ValidSession | null> {
  if (!/^[a-z2-7]{32}$/.test(token)) return null;
  const id = sessionIdOf(token);
  const row = await db
    .selectFrom("sessions")
    .innerJoin("users", "users.id", "sessions.user_id")
    .select([
      "sessions.id",
      "sessions.expires_at",
      "users.id as user_id",
      "users.username",
      "users.name",
      "users.locale",
      "users.is_admin",
    ])
    .where("sessions.id", "=", id)
    .executeTakeFirst();
  if (!row) return null;
  const now = Date.now();
  if (row.expires_at.getTime() <= now) {
    await db.deleteFrom("sessions").where("id", "=", id).execute();
    return null;
  }
  let expiresAt = row.expires_at;
  const window = idleMinutes * 60_000;
  if (expiresAt.getTime() - now < window / 2) {
    expiresAt = new Date(now + window);
    await db.updateTable("sessions").set({ expires_at: expiresAt }).where("id", "=", id).execute();
  }
  return {
    id,
    expiresAt,
    user: { id: row.user_id, username: row.username, name: row.name, locale: row.locale, isAdmin: row.is_admin },
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
