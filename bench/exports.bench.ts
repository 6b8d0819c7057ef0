import { execFileSync, spawn } from "node:child_process";
import { createWriteStream, rmSync, statSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { Readable } from "node:stream";
import { pipeline } from "node:stream/promises";
import type { ReadableStream } from "node:stream/web";
import { sql } from "kysely";
import { kyselyFor, poolFor } from "../db/connection";
import { createSession, sessionCookieName } from "../server/auth/session";
import { toLocal } from "../shared/time-zone";
import { ensureCallsDataset } from "./datasets/calls";

/**
 * The Call recorder's xlsx export of 100,000 rows from PostgreSQL (the 5,000,000-call bench
 * data set), by the real path — the portal served on loopback, asked by this process over HTTP,
 * signed in — against the same report's rows
 * put in exceljs's ordinary in-memory Workbook (the baseline). Each run is a fresh process
 * started as the server is (`node --import tsx`), so its peak resident memory (getrusage
 * maxrss) is that export's own; the two modes alternate; medians of `runs` runs.
 */
const wanted = 100_000;
const runs = 5;
const zone = "America/Toronto";

interface Measure {
  ms: number;
  peakRssMb: number;
  readyRssMb: number;
  bytes: number;
  file: string;
}

export async function run() {
  const { url, accountNumber } = await ensureCallsDataset();
  const setup = await prepare(url, accountNumber);
  const measure = async (mode: "route" | "whole", filters: object): Promise<Measure> => {
    const child = spawn(process.execPath, ["--import", "tsx", "bench/exports-worker.ts", mode], {
      env: { ...process.env, BENCH_URL: url, BENCH_USER: String(setup.userId), BENCH_FILTERS: JSON.stringify(filters) },
      stdio: ["ignore", "pipe", "inherit"],
    });
    let out = "";
    const exited = new Promise<number | null>((resolve) => child.once("exit", resolve));
    const port = new Promise<number>((resolve) =>
      child.stdout.on("data", (chunk: Buffer) => {
        out += chunk.toString();
        const found = /\{"port":(\d+)\}/.exec(out);
        if (found) resolve(Number(found[1]));
      }),
    );
    let file = "";
    if (mode === "route") {
      const query = encodeURIComponent(JSON.stringify(filters));
      const res = await fetch(`http://127.0.0.1:${await Promise.race([port, exited.then(() => 0)])}/exports/recordings.xlsx?filters=${query}`, {
        headers: { cookie: `${sessionCookieName}=${setup.token}` },
      });
      if (res.status !== 200 || !res.body) throw new Error(`export answered ${res.status}: ${await res.text()}`);
      file = path.join(os.tmpdir(), `bench-export-${child.pid}-client.xlsx`);
      await pipeline(Readable.fromWeb(res.body as ReadableStream), createWriteStream(file));
    }
    if ((await exited) !== 0) throw new Error(`exports worker failed: ${out}`);
    const m: Measure = JSON.parse(out.trim().split("\n").at(-1)!);
    return mode === "route" ? { ...m, file, bytes: statSync(file).size } : m;
  };

  // No call has number 1: the same route and process, writing a workbook with no row.
  const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;
  const empties: number[] = [];
  for (let i = 0; i < 3; i++) {
    const empty = await measure("route", { ...setup.filters, call: 1 });
    empties.push(empty.peakRssMb);
    rmSync(empty.file);
  }
  const results: Record<"route" | "whole", Measure[]> = { route: [], whole: [] };
  let check: Measure | undefined;
  for (let i = 0; i < runs; i++) {
    for (const mode of ["route", "whole"] as const) {
      const m = await measure(mode, setup.filters);
      results[mode].push(m);
      if (mode === "route" && !check) check = m;
      else rmSync(m.file);
    }
  }
  // An independent reader opens one streamed file whole: it must be a valid workbook with every row.
  const read = execFileSync(
    "/usr/bin/python3",
    ["-c", "import sys, openpyxl; ws = openpyxl.load_workbook(sys.argv[1], read_only=True).worksheets[0]; print(sum(1 for _ in ws.iter_rows()))", check!.file],
    { encoding: "utf8" },
  );
  rmSync(check!.file);

  const row = (name: string, list: Measure[]) => ({
    name,
    "median ms": Math.round(median(list.map((m) => m.ms))),
    "median peak RSS MB": Math.round(median(list.map((m) => m.peakRssMb))),
    "max peak RSS MB": Math.round(Math.max(...list.map((m) => m.peakRssMb))),
    "RSS before the export MB": Math.round(median(list.map((m) => m.readyRssMb))),
    "file KB": Math.round(median(list.map((m) => m.bytes)) / 1024),
  });
  const streamed = row("GET /exports/recordings.xlsx (portal, HTTP)", results.route);
  const whole = row("run + in-memory Workbook (baseline)", results.whole);
  console.log(
    `${setup.rows.toLocaleString("en")} rows of account ${accountNumber}, ${runs} fresh processes each (node --import tsx); ` +
      `the same route with no row peaks at ${Math.round(median(empties))} MB (median of 3); openpyxl read ${read.trim()} rows back from one streamed file`,
  );
  console.table([streamed, whole]);
  console.log(
    `portal / baseline: time ${(streamed["median ms"] / whole["median ms"]).toFixed(2)}×, peak RSS ${(
      streamed["median peak RSS MB"] / whole["median peak RSS MB"]
    ).toFixed(2)}×; the export's own share of the peak: ${streamed["median peak RSS MB"] - streamed["RSS before the export MB"]} MB`,
  );
}

/**
 * A user granted the busy account, a session for them, and the custom period (whole minutes,
 * as the page sends it) that ends now and holds the newest ~100,000 of its calls.
 */
async function prepare(url: string, accountNumber: number) {
  const db = kyselyFor(poolFor(url, 2));
  try {
    await db.deleteFrom("users").where("username", "=", "bench-export").execute();
    const [user] = await db
      .insertInto("users")
      .values({ username: "bench-export", password_hash: "not-used", name: "Bench export" })
      .returning("id")
      .execute();
    const userId = user!.id;
    await db.insertInto("grants").values({ user_id: userId, account_number: accountNumber }).execute();
    const { token } = await createSession(db, userId, { idleMinutes: 120, maxDays: 1 });
    const now = new Date();
    const oldest = await db
      .selectFrom("calls")
      .select("started_at")
      .where("account_number", "=", accountNumber)
      .where("started_at", "<", now)
      .orderBy("started_at", "desc")
      .offset(wanted - 1)
      .limit(1)
      .executeTakeFirstOrThrow();
    // The minute of the 100,000th newest call: the period holds that many, and the few calls
    // of that minute before it.
    const start = new Date(Math.floor(oldest.started_at.getTime() / 60_000) * 60_000);
    const from = toLocal(start, zone);
    const to = toLocal(now, zone);
    const filters = { period: "custom", from: `${from.date}T${from.time.slice(0, 5)}`, to: `${to.date}T${to.time.slice(0, 5)}`, account: accountNumber };
    const [{ rows }] = (
      await sql<{ rows: number }>`select count(*)::int as rows from calls where account_number = ${accountNumber}
        and started_at >= ${start} and started_at < ${new Date(Math.floor(now.getTime() / 60_000) * 60_000 + 60_000)}`.execute(db)
    ).rows as [{ rows: number }];
    return { userId, token, filters, rows };
  } finally {
    await db.destroy();
  }
}
