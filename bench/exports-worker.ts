import { createWriteStream, statSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import ExcelJS from "exceljs";
import { spreadsheetCell } from "../server/exports/cell-format";
import { sampleReport } from "../server/exports/testing/sample-report";
import { writeReportWorkbook } from "../server/exports/workbook";

/**
 * One measurement in a fresh process, so its peak resident memory is its own:
 * `node --import tsx bench/exports-worker.ts stream|whole <rows>` prints
 * `{ms, peakRssMb, rowsRssMb, bytes}` — the peak is the kernel's (getrusage maxrss).
 */
const [mode = "stream", count = "100000"] = process.argv.slice(2);
const n = Number(count);
const start = Date.parse("2026-10-01T12:00:00Z");
const rows = Array.from({ length: n }, (_, i) => ({
  startedAt: new Date(start + i * 37_000).toISOString(),
  day: "2026-10-01",
  callNumber: 10_000_000 + i,
  accountNumber: 5201 + (i % 3),
  callerName: `Appelant ${i % 997} — Côté`,
  seconds: (i * 7) % 3600,
  cost: ((i % 1000) * 0.25).toFixed(2),
  quality: i % 101,
}));
const result = { rows, totals: { seconds: rows.reduce((s, r) => s + r.seconds, 0), calls: n } };
const filters = { from: "2026-10-01", to: "2026-11-25" };
const rowsRssMb = process.memoryUsage().rss / 2 ** 20;
const file = path.join(os.tmpdir(), `bench-export-${process.pid}.xlsx`);
const options = { locale: "fr" as const, timeZone: "America/Toronto", now: new Date() };

const t0 = performance.now();
if (mode === "stream") {
  await writeReportWorkbook(sampleReport, result, filters, options, createWriteStream(file));
} else {
  // The baseline: exceljs's ordinary in-memory Workbook, the same cells.
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet("Report");
  const d = (await import("../shared/i18n")).dictionaries.fr;
  sheet.addRow(sampleReport.columns.map((c) => c.header(d)));
  for (const row of rows) {
    const line = sheet.addRow([]);
    sampleReport.columns.forEach((c, i) => {
      const cell = spreadsheetCell(c.kind, c.value(row, d), "fr", options.timeZone);
      line.getCell(i + 1).value = cell.value;
      if (cell.numFmt) line.getCell(i + 1).numFmt = cell.numFmt;
    });
  }
  await workbook.xlsx.writeFile(file);
}
const ms = performance.now() - t0;
console.log(
  JSON.stringify({ ms, peakRssMb: process.resourceUsage().maxRSS / 1024, rowsRssMb, bytes: statSync(file).size }),
);
