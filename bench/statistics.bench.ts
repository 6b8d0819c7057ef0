import { mkdtemp, rm } from "node:fs/promises";
import type { AddressInfo } from "node:net";
import os from "node:os";
import path from "node:path";
import { serve } from "@hono/node-server";
import { kyselyFor, poolFor } from "../db/connection";
import { type StatisticsFiltersInput, statisticsFilters } from "../shared/filters/statistics";
import { addDays, today } from "../shared/time-zone";
import { createApp } from "../server/app";
import { hashPassword } from "../server/auth/password";
import { loadConfig } from "../server/config";
import { statisticsAggregate } from "../server/reports/statistics-query";
import { ensureCallsDataset } from "./datasets/calls";

/**
 * Statistics over the busy account's 60 days (about 130,000 calls among 5,000,000): the 16
 * figures as the page asks for them (its charts come in a request of their own), over HTTP (the real Hono app on
 * @hono/node-server, signed in, the tRPC query by fetch), beside the bare aggregate SQL through
 * pg in the same run; then with every filter at once (hours, weekday, agent, thresholds); and
 * the plan, to check that the covering index answers it alone (an index-only scan).
 */
const RUNS = 40;
const WARMUP = 6;
const zone = "America/Toronto";
const USER = "bench-statistics";

export async function run() {
  const { url, accountNumber } = await ensureCallsDataset();
  const pool = poolFor(url, 10);
  const db = kyselyFor(pool);
  const dir = await mkdtemp(path.join(os.tmpdir(), "portal-bench-stats-"));
  const servers: { close(): void }[] = [];
  try {
    await db.deleteFrom("users").where("username", "=", USER).execute();
    const [user] = await db
      .insertInto("users")
      .values({ username: USER, password_hash: await hashPassword("bench-password"), name: "Bench" })
      .returning("id")
      .execute();
    await db.insertInto("grants").values({ user_id: user!.id, account_number: accountNumber }).execute();
    await pool.query("vacuum analyze calls");

    const config = { ...loadConfig({ PORTAL_DATA_DIR: dir, PORTAL_TIMEZONE: zone }), secureCookies: false };
    const app = createApp({ db, config });
    const portal = serve({ fetch: app.fetch, port: 0, hostname: "127.0.0.1" });
    servers.push(portal);
    const base = `http://127.0.0.1:${await portOf(portal)}`;
    const cookie = await signIn(base);

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
    const report = { db, access: { userId: user!.id, accountNumbers: [accountNumber] }, timeZone: zone, retentionDays: 60, now: new Date() };

    const rows: string[][] = [];
    let unfiltered = 0;
    for (const [name, input] of cases) {
      const query = `${base}/trpc/statistics.figures?input=${encodeURIComponent(JSON.stringify(input))}`;
      let total = 0;
      const overHttp = await median(async () => {
        const res = await fetch(query, { headers: { cookie } });
        const body = (await res.json()) as { result: { data: { figures: { value: number }[] } } };
        total = body.result.data.figures[0]!.value;
      });
      const statement = statisticsAggregate(report, statisticsFilters.parse(input)).compile(db);
      const bare = await median(async () => {
        await pool.query(statement.sql, statement.parameters as unknown[]);
      });
      if (!unfiltered) unfiltered = overHttp;
      const target = unfiltered === overHttp ? overHttp <= 75 : overHttp <= 1.5 * unfiltered;
      rows.push([
        `${name} (${total.toLocaleString("en")} counted)`,
        `${overHttp.toFixed(1)} ms`,
        `${bare.toFixed(1)} ms`,
        `${(overHttp / bare).toFixed(2)}×`,
        unfiltered === overHttp
          ? `≤ 75 ms ${target ? "✓" : "✗"}`
          : `${(overHttp / unfiltered).toFixed(2)}× unfiltered, ≤ 1.5× ${target ? "✓" : "✗"}`,
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
    rows.push(["60 days, no filter, without index-only scan", "", `${heap.toFixed(1)} ms`, "", "(the covering index's gain)"]);
    const chartsQuery = `${base}/trpc/statistics.charts?input=${encodeURIComponent(JSON.stringify(sixtyDays))}`;
    const chartsHttp = await median(async () => {
      await (await fetch(chartsQuery, { headers: { cookie } })).json();
    });
    rows.push(["60 days, the charts' request (in parallel)", `${chartsHttp.toFixed(1)} ms`, "", "", ""]);
    printTable(["statistics (medians)", "over HTTP", "bare SQL", "HTTP / SQL", "target"], rows);

    const plan = statisticsAggregate(report, statisticsFilters.parse(sixtyDays)).compile(db);
    const explained = await pool.query(`explain (analyze, buffers) ${plan.sql}`, plan.parameters as unknown[]);
    const lines = explained.rows.map((r) => String(r["QUERY PLAN"]));
    const scan = lines.find((l) => l.includes("on calls c"))?.trim() ?? "(no scan of calls?)";
    const fetches = lines.find((l, i) => i > lines.findIndex((x) => x.includes("on calls c")) && l.includes("Heap Fetches"))?.trim();
    console.log(`plan: ${scan.replace(/\s+\(cost.*$/, "")}; ${fetches ?? "no heap fetches line"}`);
  } finally {
    for (const s of servers) s.close();
    await db.deleteFrom("users").where("username", "=", USER).execute();
    await db.destroy();
    await rm(dir, { recursive: true, force: true });
  }
}

async function signIn(base: string): Promise<string> {
  const res = await fetch(`${base}/auth/login`, {
    method: "POST",
    headers: { "content-type": "application/json", origin: base },
    body: JSON.stringify({ username: USER, password: "bench-password" }),
  });
  if (!res.ok) throw new Error(`bench sign-in failed: ${res.status}`);
  return (res.headers.get("set-cookie") ?? "").split(";")[0]!;
}

async function median(fn: () => Promise<void>): Promise<number> {
  for (let i = 0; i < WARMUP; i++) await fn();
  const times: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const start = performance.now();
    await fn();
    times.push(performance.now() - start);
  }
  times.sort((a, b) => a - b);
  return times[Math.floor(times.length / 2)]!;
}

async function portOf(server: { address(): string | AddressInfo | null; once(event: "listening", fn: () => void): unknown }) {
  let address = server.address();
  if (!address) {
    await new Promise<void>((resolve) => server.once("listening", resolve));
    address = server.address();
  }
  return (address as AddressInfo).port;
}

function printTable(header: string[], rows: string[][]) {
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? "").length)));
  const line = (cells: string[]) => cells.map((c, i) => c.padEnd(widths[i]!)).join("  ");
  console.log(line(header));
  console.log(widths.map((w) => "-".repeat(w)).join("  "));
  for (const r of rows) console.log(line(r));
}
