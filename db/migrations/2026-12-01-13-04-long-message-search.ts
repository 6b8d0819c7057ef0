import { type Kysely, sql } from "kysely";

/**
 * Messages of any length, still searched fast. The covering index of the keyword search
 * (2026-11-25-07) holds each message's `search_compact`, and PostgreSQL refuses a b-tree row
 * over 2,704 bytes: a message whose title and values fold to more letters and digits than
 * that could not be stored at all. Now the covering index holds only the messages whose
 * search column fits (`not search_long`: up to 2,600 characters, which the import used to
 * enforce, so every message stored until now stays in it), and the long ones have their own
 * small index, read from the table. The trigram index (2026-11-25-04) is split the same way,
 * so that a term's postings among the short messages never make the search recheck the long
 * texts, and the reverse. The search (server/reports/messages/query.ts) asks each pair for its
 * part and merges the two, newest first; the planner still picks, for each part, the trigram
 * index (rare terms) or the walk newest first (common terms, no keyword).
 *
 * A generated column cannot read another one, so `search_long` folds the text again. Adding it
 * rewrites the table (about 20 s for 200,000 messages on the shared 2-core machine).
 */
export async function up(db: Kysely<any>): Promise<void> {
  await sql`
    alter table messages add column search_long boolean not null
    generated always as (length(public.portal_message_search(title, fields)) > 2600) stored
  `.execute(db);
  await sql`drop index if exists messages_account_taken_search`.execute(db);
  await sql`
    create index messages_account_taken_short on messages (account_number, taken_at)
    include (message_id, search_compact) where not search_long
  `.execute(db);
  await sql`
    create index messages_account_taken_long on messages (account_number, taken_at)
    include (message_id) where search_long
  `.execute(db);
  await sql`drop index if exists messages_search_trgm`.execute(db);
  await sql`
    create index messages_search_trgm_short on messages using gin (search_compact public.gin_trgm_ops)
    where not search_long
  `.execute(db);
  await sql`
    create index messages_search_trgm_long on messages using gin (search_compact public.gin_trgm_ops)
    where search_long
  `.execute(db);
}

export async function down(db: Kysely<any>): Promise<void> {
  await sql`drop index if exists messages_search_trgm_long`.execute(db);
  await sql`drop index if exists messages_search_trgm_short`.execute(db);
  await sql`create index messages_search_trgm on messages using gin (search_compact public.gin_trgm_ops)`.execute(db);
  await sql`drop index if exists messages_account_taken_long`.execute(db);
  await sql`drop index if exists messages_account_taken_short`.execute(db);
  await sql`alter table messages drop column if exists search_long`.execute(db);
  // Fails, as it used to, if a long message is stored: remove those first.
  await sql`
    create index messages_account_taken_search on messages (account_number, taken_at)
    include (message_id, search_compact)
  `.execute(db);
}
