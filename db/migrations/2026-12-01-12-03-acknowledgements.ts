import { type Kysely, sql } from "kysely";

/**
 * What users did with a message in the portal (docs/acknowledgements.md): opened it ("viewed")
 * or pressed Acknowledge — once per user and action. Kept structured (who, what, when), so each
 * reader sees it in their own language; the user's name is kept as it was then. The id is the
 * cursor of `GET /ingest/acknowledgements`.
 */
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable("message_acknowledgements")
    .addColumn("id", "bigint", (c) => c.primaryKey().generatedAlwaysAsIdentity())
    .addColumn("message_id", "bigint", (c) => c.notNull().references("messages.message_id").onDelete("cascade"))
    .addColumn("account_number", "integer", (c) => c.notNull())
    .addColumn("user_id", "integer", (c) => c.notNull().references("users.id").onDelete("cascade"))
    .addColumn("user_name", "text", (c) => c.notNull())
    .addColumn("action", "text", (c) => c.notNull().check(sql`action in ('viewed', 'acknowledged')`))
    .addColumn("at", "timestamptz", (c) => c.notNull().defaultTo(sql`now()`))
    .addUniqueConstraint("message_acknowledgements_once", ["message_id", "user_id", "action"])
    .execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable("message_acknowledgements").ifExists().execute();
}
