import { type Kysely, sql } from "kysely";
import type { Database } from "../../db/database";

/**
 * Failed sign-ins slow the next ones down, per username and per address, counted in the
 * database so that every server process sees the same count. Failures count within
 * `windowMinutes` and since the last success; from the fifth on, each attempt waits
 * 1, 2, 4 … up to `maxDelayMs` before its password is even checked. The right password still
 * works, only later.
 */
export const throttlePolicy = { freeFailures: 4, windowMinutes: 15, baseDelayMs: 1000, maxDelayMs: 8000 };

export async function recentFailures(db: Kysely<Database>, username: string, address: string): Promise<number> {
  const since = sql<Date>`now() - make_interval(mins => ${throttlePolicy.windowMinutes})`;
  const failures = (column: "username" | "address", value: string) => {
    const same =
      column === "username" ? sql`lower(username) = lower(${value})` : sql`address = ${value}`;
    return sql<number>`(
      select count(*)::int from sign_in_attempts
      where ${same} and not succeeded and at > ${since}
        and at > coalesce((select max(at) from sign_in_attempts where ${same} and succeeded), '-infinity')
    )`;
  };
  const row = await sql<{ by_user: number; by_address: number }>`
    select ${failures("username", username)} as by_user, ${failures("address", address)} as by_address
  `.execute(db);
  const r = row.rows[0];
  return Math.max(r?.by_user ?? 0, r?.by_address ?? 0);
}

export function delayFor(failures: number): number {
  const over = failures - throttlePolicy.freeFailures;
  if (over <= 0) return 0;
  return Math.min(throttlePolicy.baseDelayMs * 2 ** (over - 1), throttlePolicy.maxDelayMs);
}

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
