import { type Kysely, sql } from "kysely";

/**
 * Report e-mails are counted before they are sent (per user and per client, within the last
 * hour), so each send is recorded first as `pending`, with the client (its billing numbers) it
 * was sent from. A user's own address, when known, is the e-mail's Reply-To.
 */
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable("users").addColumn("email", "text").execute();
  await db.schema.alterTable("sent_emails").addColumn("billing_numbers", sql`text[]`, (c) => c.notNull().defaultTo(sql`'{}'`)).execute();
  await sql`alter table sent_emails drop constraint if exists sent_emails_status_check`.execute(db);
  await sql`alter table sent_emails add constraint sent_emails_status_check check (status in ('pending', 'sent', 'failed'))`.execute(db);
  await db.schema.createIndex("sent_emails_sent_at").on("sent_emails").column("sent_at").execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropIndex("sent_emails_sent_at").ifExists().execute();
  await sql`update sent_emails set status = 'failed' where status = 'pending'`.execute(db);
  await sql`alter table sent_emails drop constraint if exists sent_emails_status_check`.execute(db);
  await sql`alter table sent_emails add constraint sent_emails_status_check check (status in ('sent', 'failed'))`.execute(db);
  await db.schema.alterTable("sent_emails").dropColumn("billing_numbers").execute();
  await db.schema.alterTable("users").dropColumn("email").execute();
}
