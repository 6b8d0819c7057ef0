import { kyselyFor, poolFor } from "../db/connection";
import { accessibleAccounts, loadAccess } from "../server/access";
import { sessionIdOf, validateSessionToken } from "../server/auth/session";
import { accountPages } from "../server/reports/account/query";
import { ensureCallsDataset } from "./datasets/calls";
import { captureStatement } from "./harness/captured-sql";
import { type Portal, startPortal } from "./harness/portal-server";
import { printTable } from "./harness/report-table";
import { median as medianOf, medianTimer, ms } from "./harness/timing";

/**
 * The price of a request itself: a small query (`account.pages`, the user's two accounts) over
 * HTTP (the real app, signed in: session check, access, tRPC, JSON) against its one statement
 * bare through pg, in the same run. Target: ≤ 2 ms above the bare SQL.
 *
 * Twice over HTTP: as the app runs (the session and the user's accounts trusted a second,
 * server/auth/session-cache.ts), and with that cache's lifetime 0, so that every request reads
 * them (one statement). Beside the SQL, what the session check costs bare: that one statement,
 * and the two round trips it replaced (the session, then the accounts).
 */
const RUNS = 200;
const WARMUP = 30;
const median = medianTimer({ runs: RUNS, warmup: WARMUP });

/** a and b in turns, RUNS times each after the warm-up: each one's median in ms. */
async function alternating(a: () => Promise<unknown>, b: () => Promise<unknown>): Promise<[number, number]> {
  const times: [number[], number[]] = [[], []];
  for (let i = 0; i < WARMUP + RUNS; i++) {
    for (const [which, fn] of [a, b].entries()) {
      const start = performance.now();
      await fn();
      if (i >= WARMUP) times[which]!.push(performance.now() - start);
    }
  }
  return [medianOf(times[0]), medianOf(times[1])];
}
const USER = "bench-overhead";

export async function run() {
  const { url, accountNumber } = await ensureCallsDataset();
  const pool = poolFor(url, 4);
  const db = kyselyFor(pool);
  const portals: Portal[] = [];
  try {
    const uncached = await startPortal({ db, accountNumber, username: `${USER}-uncached`, sessionTtlMs: 0 });
    portals.push(uncached);
    const cached = await startPortal({ db, accountNumber, username: USER });
    portals.push(cached);
    const pages = (portal: Portal) => async () => {
      const res = await portal.fetch("/trpc/account.pages");
      if (!res.ok) throw new Error(`account.pages: HTTP ${res.status}`);
      await res.json();
    };
    // In turns, request by request: a burst of someone else's work lands on both alike.
    const [overHttpCached, overHttp] = await alternating(pages(cached), pages(uncached));
    const statement = await captureStatement(url, (sql) => sql.includes("info_pages"), async (logging) =>
      accountPages(logging, await loadAccess(logging, cached.userId)),
    );
    const bare = await median(() => pool.query(statement.sql, statement.parameters as unknown[]));
    const policy = { idleMinutes: 120, maxDays: 1 };
    const token = uncached.cookie.split("=")[1]!;
    const oneStatement = await median(() => validateSessionToken(db, token, policy));
    const twoTrips = await median(async () => {
      await db.selectFrom("sessions").innerJoin("users", "users.id", "sessions.user_id").selectAll().where("sessions.id", "=", sessionIdOf(token)).executeTakeFirst();
      await accessibleAccounts(db, uncached.userId);
    });
    const row = (name: string, http: number) => {
      const above = http - bare;
      return [name, ms(http), ms(bare), ms(above), above <= 2 ? "≤ 2 ms ✓" : "> 2 ms ✗"];
    };
    printTable(
      ["per-request overhead (medians)", "over HTTP", "bare SQL", "above the SQL", "target"],
      [
        row("account.pages, the session cached (as the app runs)", overHttpCached),
        row("account.pages, the session read on every request", overHttp),
        ["the session check bare: session + accounts in one statement", ms(oneStatement), "", "", ""],
        ["the session check bare, as before: session, then accounts", ms(twoTrips), "", "", ""],
      ],
    );
  } finally {
    for (const p of portals) await p.close();
    await db.deleteFrom("users").where("username", "in", [USER, `${USER}-uncached`]).execute();
    await db.destroy();
  }
}
