import { type Kysely } from "kysely";
import type pg from "pg";
import { kyselyFor, poolFor } from "../db/connection";
import type { Database } from "../db/database";
import { currentCycle, cycleInstants, previousCycle } from "../shared/billing-cycle";
import { addDays, endOfDay, startOfDay, today } from "../shared/time-zone";
import { billableCalls } from "../server/reports/billable/query";
import { billableTotals } from "../server/reports/billable/totals";
import { billingHistory } from "../server/reports/billing/query";
import { cycleMeter } from "../server/reports/billable/cycle-meter";
import { ensureBillableDataset } from "./datasets/billable";
import { BENCH_TIME_ZONE as zone, reportContext } from "./harness/report-context";
import { atMost, printTable } from "./harness/report-table";
import { startPortal } from "./harness/portal-server";
import { medianTimer, ms, ratio } from "./harness/timing";

/**
 * Billable calls and the cycle meter on a busy account (≈ 22,000 billed calls a cycle among
 * 2,000,000), each beside a baseline measured in the same run:
 * - the report (rows, then the totals from the rollup, in one repeatable-read transaction,
 *   through Kysely and pg) against the bare row query with no totals through pg: the price of
 *   totals that always agree; and the single query with window-function totals that came before,
 *   bare, for comparison;
 * - the meter (one grouped query over two cycles) against a bare `count(*)` over the same rows.
 */
const median = medianTimer({ runs: 40, warmup: 5 });
const USER = "bench-billable";

/**
 * The page's request over HTTP (the real app, signed in): a page of 50 of the 60 days' billed
 * calls with totals over all of them (billable.page), against the page's two statements bare
 * through pg (rows and the rollup's totals), and beside them the same rows with the totals summed
 * over every row of the period (before the rollup, db/migrations/2026-12-01-14-02).
 */
async function overHttp(db: Kysely<Database>, pool: pg.Pool, accountNumber: number, from: string, to: string) {
  const portal = await startPortal({ db, accountNumber, username: USER });
  try {
    const filters = { from, to, account: accountNumber };
    let count = 0;
    const page = await median(async () => {
      count = (await portal.query<{ totals: { calls: number } }>("billable.page", { filters })).totals.calls;
    });
    const instants = [[accountNumber], startOfDay(from, zone), endOfDay(to, zone)];
    // `in ($1)` as Kysely writes the page's one account: `= any($1)` would lose the index's order and sort every row.
    const rowsSql = `select account_number, call_number, at, description, number, caller_name, agent, stat_seconds
      from billable_calls where account_number in ($1) and at >= $2 and at < $3
      order by at desc, call_number desc limit 50`;
    const totalsSql = billableTotals([accountNumber], { from: startOfDay(from, zone), to: endOfDay(to, zone) }).compile(db);
    // The page's two statements bare through pg, in one repeatable-read transaction as the page runs them.
    const rowsAnd = (totals: string, parameters: readonly unknown[]) =>
      median(async () => {
        const client = await pool.connect();
        try {
          await client.query("begin isolation level repeatable read read only");
          await client.query(rowsSql, [accountNumber, ...instants.slice(1)]);
          await client.query(totals, [...parameters]);
          await client.query("commit");
        } finally {
          client.release();
        }
      });
    const bare = await rowsAnd(totalsSql.sql, totalsSql.parameters);
    // Before the rollup: the totals summed over every row of the period.
    const before = await rowsAnd(
      `select count(*), sum(stat_seconds), round(sum(stat_seconds) / 60.0, 2), round(avg(stat_seconds) / 60.0, 2)
       from billable_calls where account_number = any($1) and at >= $2 and at < $3`,
      instants,
    );
    printTable(
      [`billable calls over HTTP, 60 days (${count.toLocaleString("en")} rows)`, "over HTTP (median)", "bare SQL (median)", "ratio", "target", "before: totals over every row, bare SQL"],
      [
        ["billable.page, 50 rows + totals", ms(page), `${ms(bare)} (rows + rollup totals)`, ratio(page, bare), atMost(page, 30, "ms"), ms(before)],
      ],
    );
  } finally {
    await portal.close();
    await db.deleteFrom("users").where("username", "=", USER).execute();
  }
}

export async function run() {
  const { url, accountNumber } = await ensureBillableDataset();
  const pool = poolFor(url, 4);
  const db = kyselyFor(pool);
  try {
    const ctx = reportContext(db, { userId: 0, accountNumbers: [accountNumber, accountNumber + 1] });
    const cycle = currentCycle(zone);
    const previous = previousCycle(cycle);
    const day = today(zone);
    const periods: Record<string, { from: string; to: string }> = {
      "current cycle": { from: cycle.start, to: cycle.end },
      "previous cycle": { from: previous.start, to: previous.end },
      "60 days": { from: addDays(day, -60), to: day },
    };
    const rows: string[][] = [];
    for (const [name, period] of Object.entries(periods)) {
      let count = 0;
      const report = await median(async () => {
        count = (await billableCalls(ctx, { ...period, account: accountNumber })).rows.length;
      });
      const bare = await median(async () => {
        await pool.query(
          `select account_number, call_number, at, description, number, caller_name, agent, stat_seconds
           from billable_calls where account_number = any($1) and at >= $2 and at < $3 order by at, call_number`,
          [[accountNumber], startOfDay(period.from, zone), endOfDay(period.to, zone)],
        );
      });
      // The design this replaced: totals by window functions in the row query itself.
      const windowed = await median(async () => {
        await pool.query(
          `select account_number, call_number, at, description, number, caller_name, agent, stat_seconds,
                  count(*) over () as calls, sum(stat_seconds) over () as seconds,
                  round(sum(stat_seconds) over () / 60.0, 2) as total, round(avg(stat_seconds) over () / 60.0, 2) as average
           from billable_calls where account_number = any($1) and at >= $2 and at < $3 order by at, call_number`,
          [[accountNumber], startOfDay(period.from, zone), endOfDay(period.to, zone)],
        );
      });
      rows.push([
        `billable report (every row, as the export), ${name} (${count.toLocaleString("en")} rows)`,
        ms(report),
        ms(bare),
        ratio(report, bare),
        `${ms(windowed)} (${ratio(windowed, bare)})`,
      ]);
    }
    const meter = await median(async () => {
      await cycleMeter(ctx, accountNumber);
    });
    const bareCount = await median(async () => {
      await pool.query("select count(*) from billable_calls where account_number = any($1) and at >= $2 and at < $3", [
        [accountNumber],
        cycleInstants(previous, zone).from,
        cycleInstants(cycle, zone).to,
      ]);
    });
    rows.push(["billable.cycleMeter (two cycles, by local day)", ms(meter), ms(bareCount), ratio(meter, bareCount), ""]);
    const history = await median(async () => {
      await billingHistory(ctx, { billing: "120045" });
    });
    const bareHistory = await median(async () => {
      await pool.query("select * from billing_entries where billing_number = $1 order by date desc, entry_id", ["120045"]);
    });
    rows.push(["billing.history (billing number)", ms(history), ms(bareHistory), ratio(history, bareHistory), ""]);
    printTable(["billable calls (busy account among 2,000,000)", "report (median)", "baseline: bare SQL (median)", "ratio", "rows + window totals, bare SQL (ratio)"], rows);
    await pool.query("vacuum analyze billable_call_slots");
    await overHttp(db, pool, accountNumber, addDays(day, -60), day);
  } finally {
    await db.destroy();
  }
}
