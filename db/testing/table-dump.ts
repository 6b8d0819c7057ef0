import { type Kysely, sql } from "kysely";
import type { Database } from "../database";

/** The imported tables, each with the order that makes two dumps comparable. */
const importedTables = [
  ["billing_accounts", "billing_number"],
  ["accounts", "account_number"],
  ["calls", "call_number"],
  ["messages", "message_id"],
  ["billing_entries", "billing_number, entry_id"],
  ["billable_calls", "account_number, call_number"],
] as const;

/**
 * Every row of the imported tables (and of `extra`), in key order: two dumps are equal when an
 * operation (a re-import, a second demo load) changed nothing.
 */
export async function dumpTables(
  db: Kysely<Database>,
  extra: ReadonlyArray<readonly [string, string]> = [],
): Promise<Record<string, unknown[]>> {
  const out: Record<string, unknown[]> = {};
  for (const [table, order] of [...importedTables, ...extra]) {
    out[table] = (await sql.raw(`select * from ${table} order by ${order}`).execute(db)).rows;
  }
  return out;
}
