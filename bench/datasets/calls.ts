import { type DatasetBuild, ensureBenchDatabase } from "../harness/bench-database";
import { insertBenchAccounts } from "./bench-accounts";

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
const TOTAL_CALLS = 5_000_000;
const BUSY_CALLS = 130_000;
const OTHER_ACCOUNTS = 2_000;

export async function ensureCallsDataset(): Promise<{ url: string; accountNumber: number }> {
  const url = await ensureBenchDatabase({
    name: "portal_bench",
    marker: "calls-5m-v1",
    // Other tables reference calls' accounts.
    clear: ["audit_log", "billable_calls", "messages", "billing_entries", "calls", "grants", "accounts", "billing_accounts"],
    async build(build) {
      const { run, log } = build;
      log(`bench: building ${TOTAL_CALLS.toLocaleString("en")} calls in portal_bench (once; a minute or two)…`);
      await insertBenchAccounts(build, {
        busy: { [BENCH_ACCOUNT]: "Compagnie Bench – principal", [BENCH_ACCOUNT + 1]: "Compagnie Bench – urgences" },
        others: OTHER_ACCOUNTS,
        otherGroup: "1 + g % 5",
      });
      await insertCalls(build, { busy: BUSY_CALLS, total: TOTAL_CALLS, others: OTHER_ACCOUNTS });
      await run("vacuum analyze");
    },
  });
  return { url, accountNumber: BENCH_ACCOUNT };
}

/**
 * `busy` calls of account BENCH_ACCOUNT evenly over the last 60 days, then the rest up to `total`
 * over `others` accounts (10001…) and two years, in slices of a million so progress shows.
 */
export async function insertCalls({ run, log }: DatasetBuild, { busy, total, others }: { busy: number; total: number; others: number }) {
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
    select ${values(String(BENCH_ACCOUNT), `now() - interval '60 days' * (g::float8 / ${busy + 1})`)}
    from generate_series(1, ${busy}) g`);
  const rest = total - busy;
  const chunk = 1_000_000;
  for (let from = busy + 1; from <= total; from += chunk) {
    const to = Math.min(total, from + chunk - 1);
    await run(`insert into calls (${columns})
      select ${values(`10001 + (g * 7) % ${others}`, `now() - interval '730 days' * ((g - ${busy})::float8 / ${rest + 1})`)}
      from generate_series(${from}, ${to}) g`);
    log(`bench:   ${to.toLocaleString("en")} calls`);
  }
}
