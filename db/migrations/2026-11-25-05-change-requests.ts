import { type Kysely, sql } from "kysely";

/**
 * Requests to change an account's information pages, filed from the Account information page.
 * The row is written before the e-mail to the service is attempted, so a failed send loses
 * nothing: `status` says whether the service was reached, `emailed_at` when.
 */
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable("change_requests")
    .addColumn("id", "bigint", (c) => c.primaryKey().generatedByDefaultAsIdentity())
    // CR-<year>-<id, 6 digits>: what the user quotes to the service.
    .addColumn("reference", "text", (c) => c.notNull().unique())
    .addColumn("user_id", "bigint", (c) => c.notNull().references("users.id").onDelete("cascade"))
    .addColumn("account_number", "integer", (c) => c.notNull().references("accounts.account_number"))
    .addColumn("page_title", "text", (c) => c.notNull().defaultTo(""))
    .addColumn("body", "text", (c) => c.notNull().check(sql`char_length(body) between 1 and 4000`))
    .addColumn("contact", "text", (c) => c.notNull().defaultTo(""))
    .addColumn("status", "text", (c) =>
      c.notNull().defaultTo("pending").check(sql`status in ('pending', 'sent', 'failed')`),
    )
    .addColumn("emailed_at", "timestamptz")
    .addColumn("error", "text")
    .addColumn("created_at", "timestamptz", (c) => c.notNull().defaultTo(sql`now()`))
    .execute();
  await db.schema
    .createIndex("change_requests_user_created")
    .on("change_requests")
    .columns(["user_id", "created_at"])
    .execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable("change_requests").ifExists().execute();
}
