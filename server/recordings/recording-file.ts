import { realpath, stat } from "node:fs/promises";
import path from "node:path";
import { type Kysely, sql } from "kysely";
import type { Database } from "../../db/database";
import { retentionStart } from "../../shared/retention-window";
import type { Access } from "../access";

export interface RecordingFile {
  callNumber: number;
  accountNumber: number;
  startedAt: Date;
  /** The name stored with the call (for its extension). */
  file: string;
  /** The real path on disk, checked to be inside the recordings folder. */
  path: string;
  size: number;
  modified: Date;
}

/**
 * The recording of `callNumber`, if `access` may hear it: its account is one of the user's, it
 * is inside the retention window, it has a file, and that file really is inside `dir`. Every
 * other case is `null`, so the route answers the same 404 and tells a stranger nothing.
 */
export async function findRecording(
  db: Kysely<Database>,
  access: Access | { userId: number },
  callNumber: number,
  options: { dir: string; retentionDays: number; timeZone: string; now?: Date },
): Promise<RecordingFile | null> {
  // The lists' own window (shared/retention-window.ts): a call listed is a call played.
  const oldest = retentionStart({ ...options, now: options.now ?? new Date() });
  // Given only the user, the access rule of server/access.ts runs inside this one query: a seeking
  // player asks many times a minute, and each round trip counts.
  const call = await db
    .selectFrom("calls")
    .select(["call_number", "account_number", "started_at", "recording_file"])
    .where("call_number", "=", callNumber)
    .where((eb) =>
      "accountNumbers" in access
        ? eb("account_number", "=", sql<number>`any(${access.accountNumbers}::int[])`)
        : eb(
            "account_number",
            "in",
            eb
              .selectFrom("accounts")
              .select("accounts.account_number")
              .where((a) =>
                a.or([
                  a("accounts.account_number", "in", a.selectFrom("grants").select("grants.account_number").where("grants.user_id", "=", access.userId)),
                  a("accounts.billing_number", "in", a.selectFrom("grants").select("grants.billing_number").where("grants.user_id", "=", access.userId)),
                ]),
              ),
          ),
    )
    .where("started_at", ">=", oldest)
    .where("recording_file", "is not", null)
    .executeTakeFirst();
  if (!call?.recording_file) return null;
  const found = await fileInside(options.dir, call.recording_file);
  if (!found) return null;
  return {
    callNumber: call.call_number,
    accountNumber: call.account_number,
    startedAt: call.started_at,
    file: call.recording_file,
    ...found,
  };
}

/**
 * `name` inside `dir`, after following links, as a regular file — or null. The name comes from
 * the database; it is never trusted as a path.
 */
export async function fileInside(dir: string, name: string) {
  try {
    const base = await realpath(dir);
    const real = await realpath(path.resolve(base, name));
    if (!real.startsWith(base + path.sep)) return null;
    const info = await stat(real);
    if (!info.isFile()) return null;
    return { path: real, size: info.size, modified: info.mtime };
  } catch {
    return null;
  }
}
