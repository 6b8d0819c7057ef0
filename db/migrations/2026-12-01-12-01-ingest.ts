import { type Kysely, sql } from "kysely";

/**
 * The switch's interface (docs/ingest.md): the API tokens an operator creates (only each
 * token's SHA-256 is kept), and recordings that arrived before their call's record, kept
 * until the record comes and takes them.
 */
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable("api_tokens")
    .addColumn("id", "integer", (c) => c.primaryKey().generatedByDefaultAsIdentity())
    .addColumn("name", "text", (c) => c.notNull().unique())
    .addColumn("token_hash", "text", (c) => c.notNull().unique())
    .addColumn("created_at", "timestamptz", (c) => c.notNull().defaultTo(sql`now()`))
    .addColumn("last_used_at", "timestamptz")
    .execute();
  await db.schema
    .createTable("pending_recordings")
    .addColumn("call_number", "bigint", (c) => c.primaryKey())
    .addColumn("recording_file", "text", (c) => c.notNull())
    .addColumn("recording_type", "text", (c) => c.notNull())
    .addColumn("recording_bytes", "bigint", (c) => c.notNull())
    .addColumn("received_at", "timestamptz", (c) => c.notNull().defaultTo(sql`now()`))
    .execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable("pending_recordings").ifExists().execute();
  await db.schema.dropTable("api_tokens").ifExists().execute();
}
