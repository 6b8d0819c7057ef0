import { kyselyFor, poolFor } from "../db/connection";
import { messagesFilters } from "../shared/filters/messages";
import { addDays, today } from "../shared/time-zone";
import { loadAccess } from "../server/access";
import { searchMessages } from "../server/reports/messages/query";
import { pageSize } from "../server/routers/messages";
import { ensureMessagesDataset } from "./datasets/messages";
import { captureStatement } from "./harness/captured-sql";
import { startPortal } from "./harness/portal-server";
import { BENCH_TIME_ZONE as zone, reportContext } from "./harness/report-context";
import { atMost, printTable } from "./harness/report-table";
import { medianTimer, ms, ratio } from "./harness/timing";

/**
 * Text messages, measured end to end: a keyword search over the last 60 days of a busy account
 * (60,000 messages among 2,000,000), over HTTP on loopback (the real Hono app on
 * @hono/node-server, signed in, the tRPC query by fetch), beside the same statement run bare
 * through pg, in the same run. Target: ≤ 50 ms end to end (median).
 */
const median = medianTimer({ runs: 40, warmup: 6 });
const TARGET_MS = 50;

export async function run() {
  const { url, accountNumber } = await ensureMessagesDataset();
  const pool = poolFor(url, 10);
  const db = kyselyFor(pool);
  try {
    const portal = await startPortal({ db, accountNumber });
    try {
      const day = today(zone);
      const period = { from: addDays(day, -59), to: day, account: accountNumber };
      const searches: Record<string, object> = {
        "no keyword (first page)": period,
        'keyword "521-45" (part of a phone number)': { ...period, keyword: "521-45" },
        'keyword "H1H 1H1" (postal code)': { ...period, keyword: "H1H 1H1" },
        'keyword "tremblay" (a name)': { ...period, keyword: "tremblay" },
        'keyword "equipement" (accents)': { ...period, keyword: "equipement" },
        'keyword "rendez vous" (two words)': { ...period, keyword: "rendez vous" },
      };
      const rows: string[][] = [];
      for (const [name, filters] of Object.entries(searches)) {
        let total = "";
        const overHttp = await median(async () => {
          const { totals } = await portal.query<{ totals: { count: number; more: boolean } }>("messages.search", { filters, offset: 0 });
          total = `${totals.more ? "more than " : ""}${totals.count.toLocaleString("en")}`;
        });
        // The search's own statement (the one selecting "matched"), as the portal ran it.
        const statement = await captureStatement(url, (sql) => sql.includes('"matched"'), async (logging) =>
          searchMessages(reportContext(logging, await loadAccess(logging, portal.userId)), messagesFilters.parse(filters), {
            limit: pageSize,
            offset: 0,
          }),
        );
        const bare = await median(async () => {
          await pool.query(statement.sql, statement.parameters as unknown[]);
        });
        rows.push([`${name}: ${total} found`, ms(overHttp), ms(bare), ratio(overHttp, bare), atMost(overHttp, TARGET_MS, "ms")]);
      }
      printTable(["messages (60 days, account of 60,000 among 2,000,000)", "HTTP + tRPC (median)", "bare SQL (median)", "ratio", "target"], rows);
    } finally {
      await portal.close();
    }
  } finally {
    await db.destroy();
  }
}
