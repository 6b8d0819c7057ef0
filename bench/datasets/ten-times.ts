import { ensureBenchDatabase } from "../harness/bench-database";
import { insertBenchAccounts } from "./bench-accounts";
import { insertBillableCalls } from "./billable";
import { BENCH_ACCOUNT, insertCalls } from "./calls";
import { insertMessages } from "./messages";

/**
 * Ten times the data, in its own database `portal_bench_10x`: account 5201 holds ten times what
 * it holds in the other data sets — 1,300,000 calls in the last 60 days among 10,000,000,
 * 600,000 messages among 2,600,000, 450,000 billed calls among 2,450,000 — with the same column
 * values as the 1× sets (the same generators), so that a figure's growth (10× / 1×) is the
 * account's size alone. Built once (twenty minutes or so on a quiet machine) and reused like the
 * others, rebuilt when older than a week.
 */
export const TEN_TIMES = { calls: 1_300_000, messages: 600_000, billable: 450_000 } as const;
const TOTAL_CALLS = 10_000_000;
const OTHER_ACCOUNTS = 2_000;

export async function ensureTenTimesDataset(): Promise<{ url: string; accountNumber: number }> {
  const url = await ensureBenchDatabase({
    name: "portal_bench_10x",
    marker: "ten-times-v1",
    clear: ["audit_log", "billable_calls", "messages", "billing_entries", "calls", "grants", "accounts", "billing_accounts"],
    async build(build) {
      const { run, log, seconds } = build;
      log(`bench: building the 10× data set in portal_bench_10x (once; twenty minutes or so)…`);
      await run("set maintenance_work_mem = '256MB'");
      await insertBenchAccounts(build, {
        busy: { [BENCH_ACCOUNT]: "Compagnie Bench – principal", [BENCH_ACCOUNT + 1]: "Compagnie Bench – urgences" },
        others: OTHER_ACCOUNTS,
        otherGroup: "1 + g % 5",
      });
      await insertCalls(build, { busy: TEN_TIMES.calls, total: TOTAL_CALLS, others: OTHER_ACCOUNTS });
      log(`bench: 10× calls in ${seconds()} s`);
      await insertBillableCalls(build, { busy: TEN_TIMES.billable, total: TEN_TIMES.billable + 2_000_000, others: OTHER_ACCOUNTS });
      log(`bench: 10× billable calls in ${seconds()} s`);
      // Message ids (and their recorded calls' numbers) above the calls'.
      await insertMessages(build, { busy: TEN_TIMES.messages, total: TEN_TIMES.messages + 2_000_000, others: OTHER_ACCOUNTS, idOffset: 100_000_000 });
      await run("vacuum analyze");
    },
  });
  return { url, accountNumber: BENCH_ACCOUNT };
}
