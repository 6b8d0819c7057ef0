import { type DatasetBuild, ensureBenchDatabase } from "../harness/bench-database";
import { insertBenchAccounts } from "./bench-accounts";

/**
 * The billable-calls benchmark's data set, in its own database `portal_bench_billable`:
 * 2,000,000 billed calls over two years; account 5201 (billing 120045, with 5202) holds 45,000
 * of them in the last 62 days — a busy client, two billing cycles' worth — and 2,000 other
 * accounts share the rest. Built once with generate_series; rebuilt when older than a week so
 * the busy window stays inside the current and previous cycles.
 */
export const BENCH_ACCOUNT = 5201;
const TOTAL = 2_000_000;
const BUSY = 45_000;
const OTHER_ACCOUNTS = 2_000;

export async function ensureBillableDataset(): Promise<{ url: string; accountNumber: number }> {
  const url = await ensureBenchDatabase({
    name: "portal_bench_billable",
    marker: "billable-2m-v1",
    clear: ["change_requests", "billable_calls", "billing_entries", "grants", "accounts", "billing_accounts"],
    async build(build) {
      const { run, log } = build;
      log(`bench: building ${TOTAL.toLocaleString("en")} billable calls in portal_bench_billable (once)…`);
      await insertBenchAccounts(build, {
        busy: { [BENCH_ACCOUNT]: "Bench – principal", [BENCH_ACCOUNT + 1]: "Bench – urgences" },
        others: OTHER_ACCOUNTS,
        otherGroup: "1",
      });
      await insertBillableCalls(build, { busy: BUSY, total: TOTAL, others: OTHER_ACCOUNTS });
      await run("vacuum analyze");
    },
  });
  return { url, accountNumber: BENCH_ACCOUNT };
}

/** `busy` billed calls of BENCH_ACCOUNT over the last 62 days, the rest up to `total` over `others` accounts and two years. */
export async function insertBillableCalls({ run }: DatasetBuild, { busy, total, others }: { busy: number; total: number; others: number }) {
  const values = (account: string, at: string) => `${account}, g, ${at}, 'Appel entrant',
    '514' || lpad(((g::bigint * 104729) % 10000000)::text, 7, '0'),
    (array['TREMBLAY J','GAGNON M','ROY S','CÔTÉ L'])[1 + g % 4],
    (array['FA1','MF1','NB1','ELD'])[1 + g % 4], (15 + (g::bigint * 7919) % 300)::int`;
  await run(`insert into billable_calls (account_number, call_number, at, description, number, caller_name, agent, stat_seconds)
    select ${values(String(BENCH_ACCOUNT), `now() - interval '62 days' * (g::float8 / ${busy + 1})`)}
    from generate_series(1, ${busy}) g`);
  await run(`insert into billable_calls (account_number, call_number, at, description, number, caller_name, agent, stat_seconds)
    select ${values(`10001 + (g * 7) % ${others}`, `now() - interval '730 days' * ((g - ${busy})::float8 / ${total - busy + 1})`)}
    from generate_series(${busy + 1}, ${total}) g`);
}
