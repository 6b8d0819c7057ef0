import { kyselyFor, poolFor } from "../db/connection";
import { type StatisticsFiltersInput, statisticsFilters } from "../shared/filters/statistics";
import { addDays, today } from "../shared/time-zone";
import { statisticsAggregate } from "../server/reports/statistics/query";
import { rollupAnswers } from "../server/reports/statistics/rollup";
import { ensureCallsDataset } from "./datasets/calls";
import { startPortal } from "./harness/portal-server";
import { BENCH_TIME_ZONE as zone, reportContext } from "./harness/report-context";
import { atMost, printTable } from "./harness/report-table";
import { medianTimer, ms, ratio } from "./harness/timing";

/**
 * Statistics over the busy account's 60 days (about 130,000 calls among 5,000,000): the 16
 * figures as the page asks for them (its charts come in a request of their own), over HTTP (the
 * real Hono app on @hono/node-server, signed in, the tRPC query by fetch), beside the bare SQL
 * through pg in the same run — from the rollup where the filters allow, and the aggregate over
 * the calls themselves (the only way before the rollup) — with no filter, with hours, with every
 * filter at once (agent and thresholds: the calls); and the calls' plan, to check that the
 * covering index answers it alone (an index-only scan).
 */
const median = medianTimer({ runs: 40, warmup: 6 });
const USER = "bench-statistics";

export async function run() {
  const { url, accountNumber } = await ensureCallsDataset();
  const pool = poolFor(url, 10);
  const db = kyselyFor(pool);
  try {
    const portal = await startPortal({ db, accountNumber, username: USER });
    try {
      await pool.query("vacuum analyze calls");
      await pool.query("vacuum analyze call_statistics_slots");
      const day = today(zone);
      const sixtyDays: StatisticsFiltersInput = { from: addDays(day, -60), to: day, account: accountNumber };
      const cases: [string, StatisticsFiltersInput][] = [
        ["60 days, no filter", sixtyDays],
        [
          "60 days, every filter",
          { ...sixtyDays, after: "08:00", before: "17:30", weekday: 2, agent: "eld", minHold: 5, minAnswerDelay: 3 },
        ],
        ["60 days, hours 08:00–17:30", { ...sixtyDays, after: "08:00", before: "17:30" }],
      ];
      const report = reportContext(db, { userId: portal.userId, accountNumbers: [accountNumber] });

      const rows: string[][] = [];
      for (const [name, input] of cases) {
        let total = 0;
        const overHttp = await median(async () => {
          const data = await portal.query<{ figures: { value: number }[] }>("statistics.figures", input);
          total = data.figures[0]!.value;
        });
        const filters = statisticsFilters.parse(input);
        const statement = statisticsAggregate(report, filters).compile(db);
        const bare = await median(async () => {
          await pool.query(statement.sql, statement.parameters as unknown[]);
        });
        // Before the rollup: every call of the period read (what agent and threshold filters still do).
        const raw = statisticsAggregate(report, filters, { rollup: false }).compile(db);
        const bareRaw = await median(async () => {
          await pool.query(raw.sql, raw.parameters as unknown[]);
        });
        const fromRollup = rollupAnswers(filters);
        rows.push([
          `${name} (${total.toLocaleString("en")} counted)`,
          ms(overHttp, 1),
          `${ms(bare, 1)}${fromRollup ? " (rollup)" : ""}`,
          ratio(overHttp, bare),
          ms(bareRaw, 1),
          fromRollup ? atMost(overHttp, 10, "ms") : `(calls: ${ratio(overHttp, bareRaw)} their SQL)`,
        ]);
      }
      // The same aggregate without the index-only scan (the table read for every record), and the charts' request.
      const statement = statisticsAggregate(report, statisticsFilters.parse(sixtyDays)).compile(db);
      const client = await pool.connect();
      let heap = 0;
      try {
        await client.query("set enable_indexonlyscan = off");
        heap = await median(async () => {
          await client.query(statement.sql, statement.parameters as unknown[]);
        });
      } finally {
        await client.query("reset enable_indexonlyscan");
        client.release();
      }
      rows.push(["60 days, no filter, calls without index-only scan", "", "", "", ms(heap, 1), "(the covering index's gain)"]);
      const chartsHttp = await median(() => portal.query("statistics.charts", sixtyDays));
      rows.push(["60 days, the charts' request (in parallel)", ms(chartsHttp, 1), "", "", "", ""]);
      printTable(["statistics (medians)", "over HTTP", "bare SQL", "HTTP / SQL", "before: SQL on calls", "target"], rows);

      const plan = statisticsAggregate(report, statisticsFilters.parse(sixtyDays), { rollup: false }).compile(db);
      const explained = await pool.query(`explain (analyze, buffers) ${plan.sql}`, plan.parameters as unknown[]);
      const lines = explained.rows.map((r) => String(r["QUERY PLAN"]));
      const scan = lines.find((l) => l.includes("on calls c"))?.trim() ?? "(no scan of calls?)";
      const fetches = lines.find((l, i) => i > lines.findIndex((x) => x.includes("on calls c")) && l.includes("Heap Fetches"))?.trim();
      console.log(`plan: ${scan.replace(/\s+\(cost.*$/, "")}; ${fetches ?? "no heap fetches line"}`);
    } finally {
      await portal.close();
      await db.deleteFrom("users").where("username", "=", USER).execute();
    }
  } finally {
    await db.destroy();
  }
}
