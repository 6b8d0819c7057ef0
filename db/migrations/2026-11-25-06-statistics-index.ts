import { type Kysely, sql } from "kysely";

/**
 * The statistics' aggregate reads a month or two of one client's calls, about a dozen columns
 * of each: with those columns in the index (INCLUDE, which Kysely 0.28's builder lacks),
 * PostgreSQL answers it with an index-only scan, without visiting the table (measured on
 * 130,000 calls of one account among 5,000,000: see bench/statistics.bench.ts).
 */
export async function up(db: Kysely<any>): Promise<void> {
  await sql`
    create index if not exists calls_statistics on calls (account_number, started_at)
    include (kind, outcome, duration_seconds, agent_seconds, hold_seconds, work_seconds,
             answer_delay_seconds, transferred, transfer_seconds, distribution_group, agent)
  `.execute(db);
}

export async function down(db: Kysely<any>): Promise<void> {
  await sql`drop index if exists calls_statistics`.execute(db);
}
