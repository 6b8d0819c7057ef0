import { type Kysely, sql } from "kysely";

/**
 * The keyword search of one account's 60 days, whatever the keyword (measured in
 * bench/messages.bench.ts on 2,000,000 messages): the trigram index alone is fast for rare
 * terms but reads hundreds of thousands of postings for common ones (`rendez`, `equipement`:
 * 100–400 ms). This index lets PostgreSQL instead walk the account's messages newest first and
 * test the search column without touching the table (an index-only scan), stopping once it has
 * a page and the capped count; the planner picks whichever of the two is cheaper.
 */
export async function up(db: Kysely<any>): Promise<void> {
  await sql`
    create index messages_account_taken_search on messages (account_number, taken_at)
    include (message_id, search_compact)
  `.execute(db);
}

export async function down(db: Kysely<any>): Promise<void> {
  await sql`drop index if exists messages_account_taken_search`.execute(db);
}
