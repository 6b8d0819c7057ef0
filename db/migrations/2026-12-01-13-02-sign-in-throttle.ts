import { type Kysely, sql } from "kysely";

/**
 * Sign-in throttling's counters, one row per account name (`account:<lower-case name>`) and
 * per client address (`address:<ip>`): failures in the current window, and the time before
 * which the next attempt may not check its password. Updated under the row's lock, so that
 * parallel attempts, in any number of server processes, each see the ones before them.
 */
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable("sign_in_throttle")
    .addColumn("key", "text", (c) => c.primaryKey())
    .addColumn("failures", "integer", (c) => c.notNull().defaultTo(0))
    .addColumn("window_start", "timestamptz", (c) => c.notNull().defaultTo(sql`now()`))
    .addColumn("next_at", "timestamptz", (c) => c.notNull().defaultTo(sql`now()`))
    .execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable("sign_in_throttle").ifExists().execute();
}
