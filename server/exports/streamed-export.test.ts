import { mkdtempSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { PassThrough } from "node:stream";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { kyselyFor, poolFor } from "../../db/connection";
import { createTestDatabase, type TestDatabase } from "../../db/testing/test-database";
import { recordingsFilters, type RecordingsFiltersInput } from "../../shared/filters/recordings";
import { toLocal } from "../../shared/time-zone";
import { loadAccess } from "../access";
import { createApp } from "../app";
import { recordingsReport } from "../reports/recordings/report";
import type { ReportContext, ReportDefinition } from "../reports/report-definition";
import { alice, bob, seedTwoCompanies, testConfig } from "../testing/fixtures";
import { TestBrowser } from "../testing/http-client";
import { insertCalls } from "../testing/seed-calls";
import { streamReport } from "./report-request";
import { readXlsx } from "./testing/read-xlsx";
import { writeReportWorkbook } from "./workbook";

/**
 * The Call recorder's export reads its rows through a cursor (`stream`) rather than `run`: the
 * rows, their order, the totals and the file must be exactly `run`'s, across several batches.
 */
let t: TestDatabase;
let ctx: ReportContext;
const zone = "America/Toronto";
const now = new Date();
const calls = 2_345;
const dir = mkdtempSync(path.join(os.tmpdir(), "streamed-export-"));
const local = (instant: Date) => {
  const l = toLocal(instant, zone);
  return `${l.date}T${l.time.slice(0, 5)}`;
};
const period = { period: "custom", from: local(new Date(now.getTime() - 3 * 86_400_000)), to: local(now) } as const;

beforeAll(async () => {
  t = await createTestDatabase();
  const { aliceId } = await seedTwoCompanies(t.db);
  ctx = { db: t.db, access: await loadAccess(t.db, aliceId), timeZone: zone, retentionDays: 60, now };
  const start = now.getTime() - 2 * 86_400_000;
  await insertCalls(
    t.db,
    Array.from({ length: calls }, (_, i) => ({
      call_number: 9_000_000_000 + i,
      account_number: i % 2 === 0 ? 5201 : 5202,
      // Pairs share an instant, so the call number's tie-break is exercised.
      started_at: new Date(start + Math.floor(i / 2) * 60_000),
      duration_seconds: (i * 37) % 4000,
      agent: i % 5 === 0 ? null : `A${i % 7}`,
      station: i % 3 === 0 ? null : i % 11,
      quality: i % 4 === 0 ? null : i % 101,
      recording_file: i % 2 === 0 ? `${i}.wav` : null,
    })),
  );
  await insertCalls(t.db, [{ call_number: 6_101_000, account_number: 6101, started_at: new Date(start), caller_name: "SECRET" }]);
});
afterAll(() => t.drop());

async function streamedRows(input: RecordingsFiltersInput) {
  const streamed = await recordingsReport.stream!(ctx, recordingsFilters.parse(input));
  const rows = [];
  for await (const row of streamed.rows) rows.push(row);
  return { rows, totals: streamed.totals };
}

async function bytes(result: Parameters<typeof writeReportWorkbook>[1], filters: unknown) {
  const sink = new PassThrough();
  const chunks: Buffer[] = [];
  sink.on("data", (chunk: Buffer) => chunks.push(chunk));
  await writeReportWorkbook(recordingsReport as ReportDefinition, result, filters, { locale: "fr", timeZone: zone, now }, sink);
  return Buffer.concat(chunks);
}

describe("recordingsReport.stream", () => {
  it.each<RecordingsFiltersInput>([
    period,
    { ...period, sort: "agent", direction: "asc" },
    { ...period, sort: "station", direction: "desc", minMinutes: 10 },
    { ...period, account: 5202, sort: "accountName" },
  ])("gives run's rows in run's order, typed alike, and run's totals (%j)", async (input) => {
    const whole = await recordingsReport.run(ctx, recordingsFilters.parse(input));
    expect(whole.rows.length).toBeGreaterThan(0);
    expect(await streamedRows(input)).toEqual(whole);
  });

  it("gives nothing for accounts that are not the user's", async () => {
    expect(await streamedRows({ ...period, account: 6101 })).toMatchObject({ rows: [], totals: { count: 0 } });
  });

  it("writes the very same workbook as run's rows", async () => {
    const filters = recordingsFilters.parse(period);
    const fromRun = path.join(dir, "from-run.xlsx");
    const fromStream = path.join(dir, "from-stream.xlsx");
    writeFileSync(fromRun, await bytes(await recordingsReport.run(ctx, filters), filters));
    writeFileSync(fromStream, await bytes(await recordingsReport.stream!(ctx, filters), filters));
    // Cell by cell, as an independent reader sees them: the zip's own entry times may differ
    // by a tick when the two writes straddle one, which says nothing about the report.
    expect(readXlsx(fromStream)).toEqual(readXlsx(fromRun));
  });
});

describe("streamReport", () => {
  it("has run the stream's query before answering: a database that fails is an error, not a file cut short", async () => {
    const url = new URL(t.url);
    url.pathname = "/portal_no_such_database";
    const unreachable = kyselyFor(poolFor(url.toString(), 1));
    try {
      await expect(streamReport(recordingsReport, period, { ...ctx, db: unreachable })).rejects.toThrow(/portal_no_such_database/);
    } finally {
      await unreachable.destroy();
    }
    const outcome = await streamReport(recordingsReport, period, ctx);
    if (!outcome.ok) throw new Error("filters refused");
    let count = 0;
    for await (const _ of outcome.result.rows as AsyncIterable<unknown>) count += 1;
    expect(count).toBe(calls);
  });
});

describe("GET /exports/recordings.xlsx", () => {
  it("has every row of the period (read back by openpyxl), and none of another client's", async () => {
    const app = createApp({ db: t.db, config: testConfig() });
    const browser = new TestBrowser(app);
    expect((await browser.signIn(alice.username, alice.password)).status).toBe(200);
    const res = await browser.request(`/exports/recordings.xlsx?filters=${encodeURIComponent(JSON.stringify(period))}`);
    expect(res.status).toBe(200);
    const file = path.join(dir, "alice.xlsx");
    writeFileSync(file, Buffer.from(await res.arrayBuffer()));
    const sheet = readXlsx(file).sheets[0]!;
    const numbers = sheet.rows.map((r) => r[8]?.v).filter((v): v is number => typeof v === "number" && v >= 9_000_000_000);
    expect(numbers.length).toBe(calls);
    expect(JSON.stringify(sheet)).not.toContain("SECRET");

    const bobs = new TestBrowser(app);
    await bobs.signIn(bob.username, bob.password);
    const theirs = await bobs.request(`/exports/recordings.xlsx?filters=${encodeURIComponent(JSON.stringify({ ...period, account: 5201 }))}`);
    const bobFile = path.join(dir, "bob.xlsx");
    writeFileSync(bobFile, Buffer.from(await theirs.arrayBuffer()));
    expect(JSON.stringify(readXlsx(bobFile))).not.toContain("9000000");
  });
});
