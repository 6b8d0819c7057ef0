import { createWriteStream, statSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { Readable } from "node:stream";
import { pipeline } from "node:stream/promises";
import ExcelJS from "exceljs";
import { kyselyFor, poolFor } from "../db/connection";
import { dictionaries } from "../shared/i18n";
import { loadAccess } from "../server/access";
import { createApp } from "../server/app";
import { sessionCookieName } from "../server/auth/session";
import { loadConfig } from "../server/config";
import { spreadsheetCell } from "../server/exports/cell-format";
import { recordingsReport } from "../server/reports/recordings";

/**
 * One measurement in a fresh process started as the server is (`node --import tsx`), so its
 * peak resident memory is its own: `node --import tsx bench/exports-worker.ts route|whole`
 * with BENCH_URL, BENCH_TOKEN, BENCH_USER and BENCH_FILTERS (JSON) in the environment prints
 * `{ms, peakRssMb, readyRssMb, bytes}` — the peak is the kernel's (getrusage maxrss).
 *
 * `route`: the real path — GET /exports/recordings.xlsx through the portal's Hono app, signed
 * in, the body written to a file as a client would receive it.
 * `whole`: the baseline — the same report's `run`, then exceljs's in-memory Workbook.
 */
const mode = process.argv[2] ?? "route";
const env = (name: string) => process.env[name] ?? (() => { throw new Error(`${name} is not set`); })();
const filters = JSON.parse(env("BENCH_FILTERS"));
const zone = "America/Toronto";
const pool = poolFor(env("BENCH_URL"), 10);
const db = kyselyFor(pool);
const config = { ...loadConfig({ PORTAL_DATA_DIR: os.tmpdir(), PORTAL_TIMEZONE: zone }), secureCookies: false };
const app = createApp({ db, config });
const file = path.join(os.tmpdir(), `bench-export-${process.pid}.xlsx`);
// One connection opened before measuring, as a running server has.
await db.selectFrom("users").select("id").limit(1).execute();
const readyRssMb = process.memoryUsage().rss / 2 ** 20;

const t0 = performance.now();
if (mode === "route") {
  const res = await app.request(`http://portal.test/exports/recordings.xlsx?filters=${encodeURIComponent(JSON.stringify(filters))}`, {
    headers: { host: "portal.test", cookie: `${sessionCookieName}=${env("BENCH_TOKEN")}` },
  });
  if (res.status !== 200 || !res.body) throw new Error(`export answered ${res.status}: ${await res.text()}`);
  await pipeline(Readable.fromWeb(res.body as import("node:stream/web").ReadableStream), createWriteStream(file));
} else {
  const ctx = { db, access: await loadAccess(db, Number(env("BENCH_USER"))), timeZone: zone, retentionDays: config.retentionDays, now: new Date() };
  const result = await recordingsReport.run(ctx, recordingsReport.filters.parse(filters));
  const d = dictionaries.fr;
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet("Report");
  sheet.addRow(recordingsReport.columns.map((c) => c.header(d)));
  for (const row of result.rows) {
    const line = sheet.addRow([]);
    recordingsReport.columns.forEach((c, i) => {
      const cell = spreadsheetCell(c.kind, c.value(row, d), "fr", zone);
      line.getCell(i + 1).value = cell.value;
      if (cell.numFmt) line.getCell(i + 1).numFmt = cell.numFmt;
    });
  }
  await workbook.xlsx.writeFile(file);
}
const ms = performance.now() - t0;
await db.destroy();
console.log(JSON.stringify({ ms, peakRssMb: process.resourceUsage().maxRSS / 1024, readyRssMb, bytes: statSync(file).size, file }));
