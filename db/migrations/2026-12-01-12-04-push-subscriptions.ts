import { type Kysely, sql } from "kysely";

/**
 * Web Push (docs/notifications.md). `vapid_keys` holds the portal's one VAPID key pair, made
 * the first time a process needs it (one row: every process signs with the same key, so a
 * subscription made through one is served by any). `push_subscriptions`: one row per device
 * (its push service endpoint is unique), with what its user chose. A subscription belongs to
 * the session that made it: signing out (or any end of the session) deletes it with the session.
 */
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable("vapid_keys")
    .addColumn("id", "boolean", (c) => c.primaryKey().defaultTo(true).check(sql`id`))
    .addColumn("public_key", "text", (c) => c.notNull())
    .addColumn("private_key", "text", (c) => c.notNull())
    .addColumn("created_at", "timestamptz", (c) => c.notNull().defaultTo(sql`now()`))
    .execute();
  await db.schema
    .createTable("push_subscriptions")
    .addColumn("id", "bigint", (c) => c.primaryKey().generatedAlwaysAsIdentity())
    .addColumn("user_id", "integer", (c) => c.notNull().references("users.id").onDelete("cascade"))
    .addColumn("session_id", "text", (c) => c.notNull().references("sessions.id").onDelete("cascade"))
    .addColumn("endpoint", "text", (c) => c.notNull().unique())
    .addColumn("p256dh", "text", (c) => c.notNull())
    .addColumn("auth", "text", (c) => c.notNull())
    .addColumn("accounts", sql`integer[]`, (c) => c.notNull())
    .addColumn("messages", "boolean", (c) => c.notNull().defaultTo(true))
    .addColumn("call_outcomes", sql`text[]`, (c) => c.notNull().defaultTo(sql`'{}'`))
    .addColumn("include_title", "boolean", (c) => c.notNull().defaultTo(false))
    .addColumn("created_at", "timestamptz", (c) => c.notNull().defaultTo(sql`now()`))
    .addColumn("updated_at", "timestamptz", (c) => c.notNull().defaultTo(sql`now()`))
    .execute();
  await db.schema.createIndex("push_subscriptions_user").on("push_subscriptions").column("user_id").execute();
  await db.schema.createIndex("push_subscriptions_session").on("push_subscriptions").column("session_id").execute();
  // The sender claims what it has not sent yet: only those rows, however long the table.
  await sql`create index live_events_unpushed on live_events (id) where pushed_at is null`.execute(db);
}

export async function down(db: Kysely<any>): Promise<void> {
  await sql`drop index if exists live_events_unpushed`.execute(db);
  await db.schema.dropTable("push_subscriptions").ifExists().execute();
  await db.schema.dropTable("vapid_keys").ifExists().execute();
}
