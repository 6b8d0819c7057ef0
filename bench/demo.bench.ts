import { mkdtemp, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { sql } from "kysely";
import { ensureDatabase, kyselyFor, poolFor } from "../db/connection";
import { migrateToLatest } from "../db/migrate";
import { loadDemo } from "../server/demo/demo-data";
import { printTable } from "./harness/report-table";
import { median, ms } from "./harness/timing";

/**
 * How long the demo takes to load (what a newcomer waits for at the first `npm start`), timed
 * here rather than asserted in server/demo/demo-data.test.ts, where a busy machine would fail
 * it: three loads into a fresh database on the bench server (BENCH_DATABASE_URL, else local
 * PostgreSQL), the recordings into a temporary folder, the median printed with the rows loaded.
 */
const RUNS = 3;

export async function run() {
  const serverUrl = process.env.BENCH_DATABASE_URL || "postgres://postgres@127.0.0.1:5432/postgres";
  const times: number[] = [];
  let loaded = { calls: 0, messages: 0 };
  for (let i = 0; i < RUNS; i++) {
    const name = `bench_demo_${process.pid}_${i}`;
    const pool = poolFor(await ensureDatabase(serverUrl, name), 2);
    const db = kyselyFor(pool);
    const recordingsDir = await mkdtemp(path.join(os.tmpdir(), "bench-demo-"));
    try {
      await migrateToLatest(db);
      const started = performance.now();
      await loadDemo(db, { recordingsDir, timeZone: "America/Toronto" });
      times.push(performance.now() - started);
      const count = async (table: "calls" | "messages") => Number((await db.selectFrom(table).select(sql<number>`count(*)`.as("n")).executeTakeFirstOrThrow()).n);
      loaded = { calls: await count("calls"), messages: await count("messages") };
    } finally {
      await db.destroy();
      await rm(recordingsDir, { recursive: true, force: true });
      const admin = poolFor(serverUrl, 1);
      await admin.query(`drop database if exists ${name} with (force)`);
      await admin.end();
    }
  }
  printTable(
    ["load", "median", "runs", "calls", "messages"],
    [["demo into an empty database", ms(median(times), 0), times.map((t) => ms(t, 0)).join(", "), String(loaded.calls), String(loaded.messages)]],
  );
}
