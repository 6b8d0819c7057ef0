import { createWriteStream, statSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import type { AddressInfo } from "node:net";
import { serve } from "@hono/node-server";
import ExcelJS from "exceljs";
import { kyselyFor, poolFor } from "../db/connection";
import { dictionaries } from "../shared/i18n";
import { loadAccess } from "../server/access";
import { createApp } from "../server/app";
import { loadConfig } from "../server/config";
import { spreadsheetCell } from "../server/exports/cell-format";
import { recordingsReport } from "../server/reports/recordings/report";

/**
 * One measurement in a fresh process started as the server is (`node --import tsx`), so its
 * peak resident memory is its own: `node --import tsx bench/exports-worker.ts route|whole`
 * with BENCH_URL, BENCH_USER and BENCH_FILTERS (JSON) in the environment prints
 * `{ms, peakRssMb, readyRssMb, bytes}` — the peak is the kernel's (getrusage maxrss).
 *
 * `route`: the real path — the portal served on loopback (@hono/node-server, as server/main.ts
 * does) answers one GET /exports/recordings.xlsx from the parent process, which writes the
 * body to a file; this process prints `{"port": n}` first, and its figures once the response
 * has been sent.
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

let t0 = performance.now();
if (mode === "route") {
  const server = serve({ fetch: app.fetch, port: 0, hostname: "127.0.0.1" });
  const sent = new Promise<void>((resolve) => {
    server.on("request", (_req, res) => {
      t0 = performance.now();
      res.on("finish", () => resolve());
    });
  });
  await new Promise<void>((resolve) => server.once("listening", () => resolve()));
  console.log(JSON.stringify({ port: (server.address() as AddressInfo).port }));
  await sent;
  server.close();
  // The parent wrote the file: its size is read there.
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
const bytes = mode === "route" ? 0 : statSync(file).size;
console.log(JSON.stringify({ ms, peakRssMb: process.resourceUsage().maxRSS / 1024, readyRssMb, bytes, file }));
