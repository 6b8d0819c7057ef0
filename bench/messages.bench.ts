import { mkdtemp, rm } from "node:fs/promises";
import type { AddressInfo } from "node:net";
import os from "node:os";
import path from "node:path";
import { serve } from "@hono/node-server";
import { Kysely, PostgresDialect } from "kysely";
import pg from "pg";
import { kyselyFor, pgTypes, poolFor } from "../db/connection";
import type { Database } from "../db/database";
import { messagesFilters } from "../shared/filters/messages";
import { addDays, today } from "../shared/time-zone";
import { loadAccess } from "../server/access";
import { createApp } from "../server/app";
import { hashPassword } from "../server/auth/password";
import { loadConfig } from "../server/config";
import { searchMessages } from "../server/reports/message-search";
import { pageSize } from "../server/routers/messages";
import { ensureMessagesDataset } from "./datasets/messages";

/**
 * Text messages, measured end to end: a keyword search over the last 60 days of a busy account
 * (60,000 messages among 2,000,000), over HTTP on loopback (the real Hono app on
 * @hono/node-server, signed in, the tRPC query by fetch), beside the same statement run bare
 * through pg, in the same run. Target: ≤ 50 ms end to end (median).
 */
const RUNS = 40;
const WARMUP = 6;
const TARGET_MS = 50;
const zone = "America/Toronto";

export async function run() {
  const { url, accountNumber } = await ensureMessagesDataset();
  const pool = poolFor(url, 10);
  const db = kyselyFor(pool);
  const dir = await mkdtemp(path.join(os.tmpdir(), "portal-bench-messages-"));
  const servers: { close(): void }[] = [];
  try {
    const userId = await benchUser(db, accountNumber);
    const config = { ...loadConfig({ PORTAL_DATA_DIR: dir, PORTAL_TIMEZONE: zone }), secureCookies: false };
    const app = createApp({ db, config });
    const portal = serve({ fetch: app.fetch, port: 0, hostname: "127.0.0.1" });
    servers.push(portal);
    const base = `http://127.0.0.1:${await portOf(portal)}`;
    const cookie = await signIn(base);

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
      const query = `${base}/trpc/messages.search?input=${encodeURIComponent(JSON.stringify({ filters, offset: 0 }))}`;
      let total = "";
      const overHttp = await median(async () => {
        const res = await fetch(query, { headers: { cookie } });
        if (!res.ok) throw new Error(`${name}: HTTP ${res.status} ${await res.text()}`);
        const body = (await res.json()) as { result: { data: { totals: { count: number; more: boolean } } } };
        const { count, more } = body.result.data.totals;
        total = `${more ? "more than " : ""}${count.toLocaleString("en")}`;
      });
      const statement = await captureSql(url, userId, filters);
      const bare = await median(async () => {
        await pool.query(statement.sql, statement.parameters as unknown[]);
      });
      rows.push([
        `${name}: ${total} found`,
        `${overHttp.toFixed(2)} ms`,
        `${bare.toFixed(2)} ms`,
        `${(overHttp / bare).toFixed(2)}×`,
        overHttp <= TARGET_MS ? `≤ ${TARGET_MS} ms ✓` : `> ${TARGET_MS} ms ✗`,
      ]);
    }
    printTable(["messages (60 days, account of 60,000 among 2,000,000)", "HTTP + tRPC (median)", "bare SQL (median)", "ratio", "target"], rows);
  } finally {
    for (const s of servers) s.close();
    await db.destroy();
    await rm(dir, { recursive: true, force: true });
  }
}

/** A user who sees the busy account only. */
async function benchUser(db: Kysely<Database>, accountNumber: number): Promise<number> {
  await db.deleteFrom("users").where("username", "=", "bench").execute();
  const [user] = await db
    .insertInto("users")
    .values({ username: "bench", password_hash: await hashPassword("bench-password"), name: "Bench" })
    .returning("id")
    .execute();
  await db.insertInto("grants").values({ user_id: user!.id, account_number: accountNumber }).execute();
  return user!.id;
}

async function signIn(base: string): Promise<string> {
  const res = await fetch(`${base}/auth/login`, {
    method: "POST",
    headers: { "content-type": "application/json", origin: base },
    body: JSON.stringify({ username: "bench", password: "bench-password" }),
  });
  if (!res.ok) throw new Error(`bench sign-in failed: ${res.status}`);
  return (res.headers.get("set-cookie") ?? "").split(";")[0]!;
}

/** The statement the search runs for `filters`, with its parameters, captured from Kysely's log. */
async function captureSql(url: string, userId: number, filters: object) {
  let captured: { sql: string; parameters: readonly unknown[] } | null = null;
  const pool = new pg.Pool({ connectionString: url, max: 1, types: pgTypes });
  const logging = new Kysely<Database>({
    dialect: new PostgresDialect({ pool }),
    log: (event) => {
      if (event.level === "query" && event.query.sql.includes('"matched"')) captured = event.query;
    },
  });
  try {
    const access = await loadAccess(logging, userId);
    await searchMessages(
      { db: logging, access, timeZone: zone, retentionDays: 60, now: new Date() },
      messagesFilters.parse(filters),
      { limit: pageSize, offset: 0 },
    );
  } finally {
    await logging.destroy();
  }
  if (!captured) throw new Error("the search's statement was not captured");
  return captured as { sql: string; parameters: readonly unknown[] };
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

function portOf(server: { address(): AddressInfo | string | null; once(event: "listening", cb: () => void): unknown }) {
  return new Promise<number>((resolve) => {
    const address = server.address();
    if (address && typeof address === "object") resolve(address.port);
    else server.once("listening", () => resolve((server.address() as AddressInfo).port));
  });
}

function printTable(header: string[], rows: string[][]) {
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? "").length)));
  const line = (cells: string[]) => cells.map((c, i) => c.padEnd(widths[i]!)).join("  ");
  console.log(line(header));
  console.log(widths.map((w) => "-".repeat(w)).join("  "));
  for (const row of rows) console.log(line(row));
}
