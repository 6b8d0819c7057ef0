import { kyselyFor, poolFor } from "../db/connection";
import { loadAccess } from "../server/access";
import { accountPages } from "../server/reports/account/query";
import { ensureCallsDataset } from "./datasets/calls";
import { captureStatement } from "./harness/captured-sql";
import { startPortal } from "./harness/portal-server";
import { printTable } from "./harness/report-table";
import { medianTimer, ms } from "./harness/timing";

/**
 * The price of a request itself: a small query (`account.pages`, the user's two accounts) over
 * HTTP (the real app, signed in: session check, access, tRPC, JSON) against its one statement
 * bare through pg, in the same run. Target: ≤ 2 ms above the bare SQL.
 */
const median = medianTimer({ runs: 200, warmup: 30 });
const USER = "bench-overhead";

export async function run() {
  const { url, accountNumber } = await ensureCallsDataset();
  const pool = poolFor(url, 4);
  const db = kyselyFor(pool);
  const portal = await startPortal({ db, accountNumber, username: USER });
  try {
    const overHttp = await median(async () => {
      const res = await portal.fetch("/trpc/account.pages");
      if (!res.ok) throw new Error(`account.pages: HTTP ${res.status}`);
      await res.json();
    });
    const statement = await captureStatement(url, (sql) => sql.includes("info_pages"), async (logging) =>
      accountPages(logging, await loadAccess(logging, portal.userId)),
    );
    const bare = await median(() => pool.query(statement.sql, statement.parameters as unknown[]));
    const above = overHttp - bare;
    printTable(
      ["per-request overhead (medians)", "over HTTP", "bare SQL", "above the SQL", "target"],
      [["account.pages (a small query)", ms(overHttp), ms(bare), ms(above), above <= 2 ? "≤ 2 ms ✓" : "> 2 ms ✗"]],
    );
  } finally {
    await portal.close();
    await db.deleteFrom("users").where("username", "=", USER).execute();
    await db.destroy();
  }
}
