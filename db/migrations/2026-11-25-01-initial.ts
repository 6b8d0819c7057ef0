import { type Kysely, sql } from "kysely";

/** The whole data model behind the import format (docs/import-format.md), and what sign-in needs. */
export async function up(db: Kysely<any>): Promise<void> {
  await sql`create extension if not exists unaccent`.execute(db);
  await sql`create extension if not exists pg_trgm`.execute(db);

  await db.schema
    .createTable("billing_accounts")
    .addColumn("billing_number", "text", (c) => c.primaryKey())
    .addColumn("name", "text", (c) => c.notNull())
    .execute();

  await db.schema
    .createTable("accounts")
    .addColumn("account_number", "integer", (c) => c.primaryKey())
    .addColumn("billing_number", "text", (c) => c.notNull().references("billing_accounts.billing_number"))
    .addColumn("name", "text", (c) => c.notNull())
    .addColumn("account_group", "integer", (c) => c.notNull())
    .addColumn("info_pages", "jsonb", (c) => c.notNull().defaultTo(sql`'[]'::jsonb`))
    .execute();
  await db.schema.createIndex("accounts_billing_number").on("accounts").column("billing_number").execute();

  await db.schema
    .createTable("calls")
    .addColumn("call_number", "bigint", (c) => c.primaryKey())
    .addColumn("account_number", "integer", (c) => c.notNull().references("accounts.account_number"))
    .addColumn("started_at", "timestamptz", (c) => c.notNull())
    .addColumn("kind", "text", (c) => c.notNull().check(sql`kind in ('in', 'out', 'disconnect')`))
    .addColumn("duration_seconds", "integer", (c) => c.notNull())
    .addColumn("caller_id", "text", (c) => c.notNull().defaultTo(""))
    .addColumn("caller_name", "text", (c) => c.notNull().defaultTo(""))
    .addColumn("agent", "text")
    .addColumn("station", "integer")
    .addColumn("outcome", "text", (c) =>
      c.check(sql`outcome in ('automated', 'abandoned', 'unanswered', 'answered', 'busy')`),
    )
    .addColumn("answer_delay_seconds", "integer")
    .addColumn("agent_seconds", "integer", (c) => c.notNull().defaultTo(0))
    .addColumn("hold_seconds", "integer", (c) => c.notNull().defaultTo(0))
    .addColumn("work_seconds", "integer", (c) => c.notNull().defaultTo(0))
    .addColumn("transferred", "boolean", (c) => c.notNull().defaultTo(false))
    .addColumn("transfer_seconds", "integer")
    .addColumn("distribution_group", "integer", (c) => c.notNull().defaultTo(0))
    .addColumn("quality", "integer", (c) => c.check(sql`quality between 0 and 100`))
    .addColumn("recording_file", "text")
    .addColumn("recording_type", "text")
    .addColumn("recording_bytes", "bigint")
    .execute();
  // Every report restricts to the user's accounts first, then to a period.
  await db.schema
    .createIndex("calls_account_started")
    .on("calls")
    .columns(["account_number", "started_at"])
    .execute();
  await db.schema.createIndex("calls_started").on("calls").column("started_at").execute();

  await db.schema
    .createTable("messages")
    .addColumn("message_id", "bigint", (c) => c.primaryKey())
    .addColumn("account_number", "integer", (c) => c.notNull().references("accounts.account_number"))
    .addColumn("call_number", "bigint")
    .addColumn("taken_at", "timestamptz", (c) => c.notNull())
    .addColumn("agent", "text", (c) => c.notNull().defaultTo(""))
    .addColumn("title", "text", (c) => c.notNull().defaultTo(""))
    .addColumn("fields", "jsonb", (c) => c.notNull().defaultTo(sql`'[]'::jsonb`))
    .addColumn("history", "jsonb", (c) => c.notNull().defaultTo(sql`'[]'::jsonb`))
    .execute();
  await db.schema
    .createIndex("messages_account_taken")
    .on("messages")
    .columns(["account_number", "taken_at"])
    .execute();

  await db.schema
    .createTable("billing_entries")
    .addColumn("billing_number", "text", (c) => c.notNull().references("billing_accounts.billing_number"))
    .addColumn("entry_id", "text", (c) => c.notNull())
    .addColumn("date", "date", (c) => c.notNull())
    .addColumn("description", "text", (c) => c.notNull())
    .addColumn("amount", sql`numeric(12, 2)`, (c) => c.notNull())
    .addColumn("account_number", "integer", (c) => c.references("accounts.account_number"))
    .addPrimaryKeyConstraint("billing_entries_pk", ["billing_number", "entry_id"])
    .execute();
  await db.schema
    .createIndex("billing_entries_billing_date")
    .on("billing_entries")
    .columns(["billing_number", "date"])
    .execute();

  await db.schema
    .createTable("billable_calls")
    .addColumn("account_number", "integer", (c) => c.notNull().references("accounts.account_number"))
    .addColumn("call_number", "bigint", (c) => c.notNull())
    .addColumn("at", "timestamptz", (c) => c.notNull())
    .addColumn("description", "text", (c) => c.notNull().defaultTo(""))
    .addColumn("number", "text", (c) => c.notNull().defaultTo(""))
    .addColumn("caller_name", "text", (c) => c.notNull().defaultTo(""))
    .addColumn("agent", "text", (c) => c.notNull().defaultTo(""))
    .addColumn("stat_seconds", "integer", (c) => c.notNull())
    .addPrimaryKeyConstraint("billable_calls_pk", ["account_number", "call_number"])
    .execute();
  await db.schema
    .createIndex("billable_calls_account_at")
    .on("billable_calls")
    .columns(["account_number", "at"])
    .execute();

  await db.schema
    .createTable("users")
    .addColumn("id", "bigint", (c) => c.primaryKey().generatedAlwaysAsIdentity())
    .addColumn("username", "text", (c) => c.notNull())
    .addColumn("password_hash", "text", (c) => c.notNull())
    .addColumn("name", "text", (c) => c.notNull().defaultTo(""))
    .addColumn("locale", "text", (c) => c.notNull().defaultTo("fr").check(sql`locale in ('fr', 'en')`))
    .addColumn("is_admin", "boolean", (c) => c.notNull().defaultTo(false))
    .addColumn("created_at", "timestamptz", (c) => c.notNull().defaultTo(sql`now()`))
    .execute();
  // Usernames are compared without regard to case.
  await sql`create unique index users_username on users (lower(username))`.execute(db);

  await db.schema
    .createTable("grants")
    .addColumn("id", "bigint", (c) => c.primaryKey().generatedAlwaysAsIdentity())
    .addColumn("user_id", "bigint", (c) => c.notNull().references("users.id").onDelete("cascade"))
    .addColumn("account_number", "integer", (c) => c.references("accounts.account_number"))
    .addColumn("billing_number", "text", (c) => c.references("billing_accounts.billing_number"))
    .addCheckConstraint("grants_one_target", sql`(account_number is null) <> (billing_number is null)`)
    .execute();
  await sql`create unique index grants_unique on grants (user_id, coalesce(account_number, -1), coalesce(billing_number, ''))`.execute(
    db,
  );

  await db.schema
    .createTable("sessions")
    .addColumn("id", "text", (c) => c.primaryKey())
    .addColumn("user_id", "bigint", (c) => c.notNull().references("users.id").onDelete("cascade"))
    .addColumn("expires_at", "timestamptz", (c) => c.notNull())
    .addColumn("created_at", "timestamptz", (c) => c.notNull().defaultTo(sql`now()`))
    .execute();
  await db.schema.createIndex("sessions_user").on("sessions").column("user_id").execute();

  await db.schema
    .createTable("sign_in_attempts")
    .addColumn("id", "bigint", (c) => c.primaryKey().generatedAlwaysAsIdentity())
    .addColumn("username", "text", (c) => c.notNull())
    .addColumn("address", "text", (c) => c.notNull())
    .addColumn("succeeded", "boolean", (c) => c.notNull())
    .addColumn("at", "timestamptz", (c) => c.notNull().defaultTo(sql`now()`))
    .execute();
  await sql`create index sign_in_attempts_username on sign_in_attempts (lower(username), at)`.execute(db);
  await db.schema.createIndex("sign_in_attempts_address").on("sign_in_attempts").columns(["address", "at"]).execute();

  await db.schema
    .createTable("audit_log")
    .addColumn("id", "bigint", (c) => c.primaryKey().generatedAlwaysAsIdentity())
    .addColumn("user_id", "bigint", (c) => c.notNull().references("users.id").onDelete("cascade"))
    .addColumn("call_number", "bigint", (c) => c.notNull())
    .addColumn("action", "text", (c) => c.notNull().check(sql`action in ('play', 'download')`))
    .addColumn("first_at", "timestamptz", (c) => c.notNull())
    .addColumn("last_at", "timestamptz", (c) => c.notNull())
    .addColumn("requests", "integer", (c) => c.notNull())
    .addColumn("bytes_sent", "bigint", (c) => c.notNull())
    .addColumn("ranges", sql`text[]`, (c) => c.notNull().defaultTo(sql`'{}'`))
    .execute();
  await db.schema.createIndex("audit_log_call").on("audit_log").columns(["call_number", "first_at"]).execute();

  await db.schema
    .createTable("sent_emails")
    .addColumn("id", "bigint", (c) => c.primaryKey().generatedAlwaysAsIdentity())
    .addColumn("user_id", "bigint", (c) => c.notNull().references("users.id").onDelete("cascade"))
    .addColumn("section", "text", (c) => c.notNull())
    .addColumn("recipients", sql`text[]`, (c) => c.notNull())
    .addColumn("subject", "text", (c) => c.notNull())
    .addColumn("status", "text", (c) => c.notNull().check(sql`status in ('sent', 'failed')`))
    .addColumn("error", "text")
    .addColumn("sent_at", "timestamptz", (c) => c.notNull().defaultTo(sql`now()`))
    .execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  for (const table of [
    "sent_emails",
    "audit_log",
    "sign_in_attempts",
    "sessions",
    "grants",
    "users",
    "billable_calls",
    "billing_entries",
    "messages",
    "calls",
    "accounts",
    "billing_accounts",
  ]) {
    await db.schema.dropTable(table).ifExists().execute();
  }
}
