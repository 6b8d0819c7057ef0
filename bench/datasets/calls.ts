import pg from "pg";
import { ensureDatabase, kyselyFor, poolFor } from "../../db/connection";
import { migrateToLatest } from "../../db/migrate";

/**
 * The big shared data set of the benchmarks: 5,000,000 calls in `portal_bench`, with account
 * 5201 holding about 130,000 calls over the last 60 days (a very busy client, the worst case a
 * page must stay fast for) and the rest spread over 2,000 other accounts and two years.
 *
 * Built once with a few `insert … select … from generate_series` statements (a minute or two),
 * then reused: the `bench_dataset` marker row says it is complete, so an interrupted build is
 * rebuilt rather than half-used. Its "last 60 days" are relative to when it was built; it is
 * rebuilt when older than a week so the busy window stays inside the retention window.
 */
export const BENCH_ACCOUNT = 5201;
const MARKER = "calls-5m-v1";
const TOTAL_CALLS = 5_000_000;
const BUSY_CALLS = 130_000;
const OTHER_ACCOUNTS = 2_000;
const MAX_AGE_DAYS = 7;

export async function ensureCallsDataset(
  log: (line: string) => void = (line) => console.error(line),
): Promise<{ url: string; accountNumber: number }> {
  const serverUrl = process.env.BENCH_DATABASE_URL || "postgres://postgres@127.0.0.1:5432/postgres";
  const url = await ensureDatabase(serverUrl, "portal_bench");
  const pool = poolFor(url, 2);
  const db = kyselyFor(pool);
  try {
    await migrateToLatest(db);
    const client = await pool.connect();
    try {
      await client.query(
        "create table if not exists bench_dataset (name text primary key, built_at timestamptz not null)",
      );
      const found = await client.query(
        "select 1 from bench_dataset where name = $1 and built_at > now() - make_interval(days => $2)",
        [MARKER, MAX_AGE_DAYS],
      );
      if (found.rowCount === 0) await build(client, log);
    } finally {
      client.release();
    }
  } finally {
    await db.destroy();
  }
  return { url, accountNumber: BENCH_ACCOUNT };
}

async function build(client: pg.PoolClient, log: (line: string) => void) {
  const started = performance.now();
  log(`bench: building ${TOTAL_CALLS.toLocaleString("en")} calls in portal_bench (once; a minute or two)…`);
  const run = (text: string) => client.query(text);
  await run("delete from bench_dataset");
  // Other tables reference calls' accounts; clear whatever an earlier run left.
  for (const table of ["audit_log", "billable_calls", "messages", "billing_entries", "calls", "grants", "accounts", "billing_accounts"]) {
    await run(`truncate ${table} cascade`);
  }
  await run(`insert into billing_accounts (billing_number, name) values ('120045', 'Compagnie Bench')`);
  await run(`insert into billing_accounts (billing_number, name)
    select (200000 + g)::text, 'Client ' || g from generate_series(1, ${OTHER_ACCOUNTS / 4}) g`);
  await run(`insert into accounts (account_number, billing_number, name, account_group)
    values (${BENCH_ACCOUNT}, '120045', 'Compagnie Bench – principal', 1),
           (${BENCH_ACCOUNT + 1}, '120045', 'Compagnie Bench – urgences', 1)`);
  await run(`insert into accounts (account_number, billing_number, name, account_group)
    select 10000 + g, (200000 + 1 + (g - 1) / 4)::text, 'Compte ' || g, 1 + g % 5
    from generate_series(1, ${OTHER_ACCOUNTS}) g`);

  // Column values are cheap deterministic functions of g, varied enough for every filter.
  const columns = `call_number, account_number, started_at, kind, duration_seconds, caller_id, caller_name,
    agent, station, outcome, answer_delay_seconds, agent_seconds, hold_seconds, work_seconds, transferred,
    transfer_seconds, distribution_group, quality, recording_file, recording_type, recording_bytes`;
  const values = (account: string, startedAt: string) => `
    g, ${account}, ${startedAt},
    case when g % 10 < 7 then 'in' when g % 10 < 9 then 'out' else 'disconnect' end,
    (10 + (g::bigint * 7919) % 600)::int,
    '514' || lpad(((g::bigint * 104729) % 10000000)::text, 7, '0'),
    (array['TREMBLAY J','GAGNON M','ROY S','CÔTÉ L','BOUCHARD A','GAUTHIER P','MORIN C','LAVOIE R'])[1 + g % 8],
    (array['ELD','MAB','JPT','SLG','RCH','NDV','AGL','FRB','KLM','PQS'])[1 + g % 10],
    1 + g % 24,
    case when g % 10 < 7 then (array['answered','answered','answered','answered','abandoned','unanswered','automated','busy'])[1 + (g / 10) % 8] end,
    case when g % 10 < 7 and (g / 10) % 8 < 4 then (g * 31) % 60 end,
    ((g::bigint * 7919) % 600)::int, (g * 13) % 45, (g * 17) % 90, g % 23 = 0,
    case when g % 23 = 0 then 5 + g % 40 end,
    g % 4,
    case when g % 5 = 0 then null else (g * 37) % 101 end,
    'bench-' || (g % 1000) || '.wav', 'wav', 480044`;
  await run(`insert into calls (${columns})
    select ${values(String(BENCH_ACCOUNT), `now() - interval '60 days' * (g::float8 / ${BUSY_CALLS + 1})`)}
    from generate_series(1, ${BUSY_CALLS}) g`);
  const rest = TOTAL_CALLS - BUSY_CALLS;
  const chunk = 1_000_000;
  for (let from = BUSY_CALLS + 1; from <= TOTAL_CALLS; from += chunk) {
    const to = Math.min(TOTAL_CALLS, from + chunk - 1);
    await run(`insert into calls (${columns})
      select ${values(`10001 + (g * 7) % ${OTHER_ACCOUNTS}`, `now() - interval '730 days' * ((g - ${BUSY_CALLS})::float8 / ${rest + 1})`)}
      from generate_series(${from}, ${to}) g`);
    log(`bench:   ${to.toLocaleString("en")} calls`);
  }
  await run("vacuum analyze");
  await run(`insert into bench_dataset (name, built_at) values ('${MARKER}', now())`);
  log(`bench: data set ready in ${((performance.now() - started) / 1000).toFixed(0)} s`);
}
