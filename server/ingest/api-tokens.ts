import { sha256 } from "@oslojs/crypto/sha2";
import { encodeBase32LowerCaseNoPadding, encodeHexLowerCase } from "@oslojs/encoding";
import type { Kysely } from "kysely";
import type { Database } from "../../db/database";

/**
 * API tokens for the service's switch (`portal token add|list|revoke`). A token is 25 random
 * bytes the operator sees once; the database keeps only its SHA-256, so a leaked table opens
 * nothing. Revoking deletes the row: the name may be given again to a new token.
 */

export class TokenError extends Error {
  override name = "TokenError";
}

const NAME = /^[\p{L}\p{N}._@+-]{1,100}$/u;
/** `pit_` (portal ingest token) and 40 base32 characters: recognisable in a leaked log. */
const TOKEN = /^pit_[a-z2-7]{40}$/;

const hashOf = (token: string) => encodeHexLowerCase(sha256(new TextEncoder().encode(token)));

/** Creates a token named `name`; returns the token itself, which is never shown again. */
export async function addToken(db: Kysely<Database>, name: string): Promise<string> {
  if (!NAME.test(name)) throw new TokenError(`the token name ${JSON.stringify(name)} is not valid: 1 to 100 letters, digits or . _ @ + -`);
  const bytes = new Uint8Array(25);
  crypto.getRandomValues(bytes);
  const token = `pit_${encodeBase32LowerCaseNoPadding(bytes)}`;
  const row = await db
    .insertInto("api_tokens")
    .values({ name, token_hash: hashOf(token) })
    .onConflict((oc) => oc.column("name").doNothing())
    .returning("id")
    .executeTakeFirst();
  if (!row) throw new TokenError(`a token named ${JSON.stringify(name)} already exists (revoke it first)`);
  return token;
}

export async function listTokens(db: Kysely<Database>) {
  const rows = await db.selectFrom("api_tokens").select(["name", "created_at", "last_used_at"]).orderBy("name").execute();
  return rows.map((r) => ({
    name: r.name,
    createdAt: r.created_at.toISOString(),
    lastUsedAt: r.last_used_at?.toISOString() ?? null,
  }));
}

export async function revokeToken(db: Kysely<Database>, name: string): Promise<void> {
  const result = await db.deleteFrom("api_tokens").where("name", "=", name).executeTakeFirst();
  if (result.numDeletedRows === 0n) throw new TokenError(`no token is named ${JSON.stringify(name)}`);
}

/**
 * The name of the token in an `Authorization: Bearer …` header, or null (missing, malformed,
 * unknown or revoked). Notes when it was last used, at most once a minute.
 */
export async function tokenFromHeader(db: Kysely<Database>, header: string | undefined): Promise<{ id: number; name: string } | null> {
  const match = /^Bearer\s+(\S+)\s*$/i.exec(header ?? "");
  if (!match || !TOKEN.test(match[1]!)) return null;
  const row = await db
    .selectFrom("api_tokens")
    .select(["id", "name", "last_used_at"])
    .where("token_hash", "=", hashOf(match[1]!))
    .executeTakeFirst();
  if (!row) return null;
  if (!row.last_used_at || Date.now() - row.last_used_at.getTime() > 60_000) {
    await db.updateTable("api_tokens").set({ last_used_at: new Date() }).where("id", "=", row.id).execute();
  }
  return { id: row.id, name: row.name };
}
