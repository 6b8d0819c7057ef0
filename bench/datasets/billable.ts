import { ensureDatabase, kyselyFor, poolFor } from "../../db/connection";
import { migrateToLatest } from "../../db/migrate";

/**
 * The billable-calls benchmark's data set, in its own database `portal_bench_billable`:
 * 2,000,000 billed calls over two years; account 5201 (billing 120045, with 5202) holds 45,000
 * of them in the last 62 days — a busy client, two billing cycles' worth — and 2,000 other
 * accounts share the rest. Built once with generate_series; rebuilt when older than a week so
 * the busy window stays inside the current and previous cycles.
 */
export const BENCH_ACCOUNT = 5201;
const MARKER = "billable-2m-v1";
const TOTAL = 2_000_000;
const BUSY = 45_000;
const OTHER_ACCOUNTS = 2_000;
const MAX_AGE_DAYS = 7;

export async function ensureBillableDataset(
  log: (line: string) => void = (line) => console.error(line),
): Promise<{ url: string; accountNumber: number }> {
  const serverUrl = process.env.BENCH_DATABASE_URL || "postgres://postgres@127.0.0.1:5432/postgres";
  const url = await ensureDatabase(serverUrl, "portal_bench_billable");
  const pool = poolFor(url, 2);
  const db = kyselyFor(pool);
  try {
    await migrateToLatest(db);
    const client = await pool.connect();
    try {
      await client.query("create table if not exists bench_dataset (name text primary key, built_at timestamptz not null)");
      const found = await client.query(
        "select 1 from bench_dataset where name = $1 and built_at > now() - make_interval(days => $2)",
        [MARKER, MAX_AGE_DAYS],
      );
      if (found.rowCount === 0) {
        const started = performance.now();
        log(`bench: building ${TOTAL.toLocaleString("en")} billable calls in portal_bench_billable (once)…`);
        const run = (text: string) => client.query(text);
        await run("delete from bench_dataset");
        for (const table of ["change_requests", "billable_calls", "billing_entries", "grants", "accounts", "billing_accounts"]) {
          await run(`truncate ${table} cascade`);
        }
        await run(`insert into billing_accounts (billing_number, name) values ('120045', 'Compagnie Bench')`);
        await run(`insert into billing_accounts (billing_number, name)
          select (200000 + g)::text, 'Client ' || g from generate_series(1, ${OTHER_ACCOUNTS / 4}) g`);
        await run(`insert into accounts (account_number, billing_number, name, account_group)
          values (${BENCH_ACCOUNT}, '120045', 'Bench – principal', 1), (${BENCH_ACCOUNT + 1}, '120045', 'Bench – urgences', 1)`);
        await run(`insert into accounts (account_number, billing_number, name, account_group)
          select 10000 + g, (200000 + 1 + (g - 1) / 4)::text, 'Compte ' || g, 1 from generate_series(1, ${OTHER_ACCOUNTS}) g`);
        const values = (account: string, at: string) => `${account}, g, ${at}, 'Appel entrant',
          '514' || lpad(((g::bigint * 104729) % 10000000)::text, 7, '0'),
          (array['TREMBLAY J','GAGNON M','ROY S','CÔTÉ L'])[1 + g % 4],
          (array['FA1','MF1','NB1','ELD'])[1 + g % 4], (15 + (g::bigint * 7919) % 300)::int`;
        await run(`insert into billable_calls (account_number, call_number, at, description, number, caller_name, agent, stat_seconds)
          select ${values(String(BENCH_ACCOUNT), `now() - interval '62 days' * (g::float8 / ${BUSY + 1})`)}
          from generate_series(1, ${BUSY}) g`);
        await run(`insert into billable_calls (account_number, call_number, at, description, number, caller_name, agent, stat_seconds)
          select ${values(`10001 + (g * 7) % ${OTHER_ACCOUNTS}`, `now() - interval '730 days' * ((g - ${BUSY})::float8 / ${TOTAL - BUSY + 1})`)}
          from generate_series(${BUSY + 1}, ${TOTAL}) g`);
        await run("vacuum analyze");
        await run(`insert into bench_dataset (name, built_at) values ('${MARKER}', now())`);
        log(`bench: data set ready in ${((performance.now() - started) / 1000).toFixed(0)} s`);
      }
    } finally {
      client.release();
    }
  } finally {
    await db.destroy();
  }
  return { url, accountNumber: BENCH_ACCOUNT };
}
