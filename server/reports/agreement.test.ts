import { mkdtempSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDatabase, type TestDatabase } from "../../db/testing/test-database";
import { addDays, fromLocal, today } from "../../shared/time-zone";
import { createApp } from "../app";
import { readXlsx } from "../exports/testing/read-xlsx";
import { alice, seedTwoCompanies, testConfig } from "../testing/fixtures";
import { TestBrowser } from "../testing/http-client";
import { portal } from "../testing/portal-command";
import { insertCalls } from "../testing/seed-calls";

/**
 * One report, every output: for the same filters, the page's rows and totals, the workbook read
 * back by an independent reader, and `portal report --format json` show the same thing.
 */
const zone = "America/Toronto";
const dir = mkdtempSync(path.join(os.tmpdir(), "agreement-"));
let t: TestDatabase;
let browser: TestBrowser;
const day = addDays(today(zone), -1);

beforeAll(async () => {
  t = await createTestDatabase();
  await seedTwoCompanies(t.db);
  await insertCalls(
    t.db,
    Array.from({ length: 7 }, (_, i) => ({
      call_number: 700 + i,
      account_number: i % 3 === 2 ? 6101 : 5201 + (i % 2),
      started_at: fromLocal(day, `0${i + 1}:15:00`, zone),
      duration_seconds: 30 + i * 20,
    })),
  );
  await t.db
    .insertInto("billable_calls")
    .values(
      Array.from({ length: 7 }, (_, i) => ({
        account_number: i % 3 === 2 ? 6101 : 5201 + (i % 2),
        call_number: 800 + i,
        at: fromLocal(day, `1${i}:00:00`, zone),
        description: "Appel entrant",
        number: "5145550101",
        caller_name: "Client",
        agent: "ELD",
        stat_seconds: 40 + i * 15,
      })),
    )
    .execute();
  browser = new TestBrowser(createApp({ db: t.db, config: testConfig() }));
  await browser.signIn(alice.username, alice.password);
});
afterAll(() => t.drop());

const cli = async (args: string[]) => {
  const r = await portal(["report", ...args, "--user", "alice", "--format", "json"], { DATABASE_URL: t.url, PORTAL_TIMEZONE: zone, PORTAL_DATA_DIR: dir });
  expect(r.stderr).toBe("");
  return JSON.parse(r.stdout);
};

/** The workbook's data rows: those under the header row whose first cell is `header`. */
async function workbookRows(section: string, filters: unknown, header: string) {
  const res = await browser.request(`/exports/${section}.xlsx?filters=${encodeURIComponent(JSON.stringify(filters))}`);
  expect(res.status).toBe(200);
  const file = path.join(dir, `${section}.xlsx`);
  writeFileSync(file, Buffer.from(await res.arrayBuffer()));
  const rows = (await readXlsx(file)).sheets[0]!.rows;
  const start = rows.findIndex((r) => r[0]?.v === header) + 1;
  expect(start).toBeGreaterThan(0);
  const end = rows.findIndex((r, i) => i >= start && (r.length === 0 || r.every((c) => c.v === null)));
  return rows.slice(start, end === -1 ? undefined : end);
}

describe("page, workbook and CLI agree", { timeout: 120_000 }, () => {
  it("billable calls: the page's pages are the CLI's rows in order, with the same totals; the workbook has them all", async () => {
    const filters = { from: day, to: day };
    const first = (await browser.trpc("billable.page", { filters, limit: 3 })).body.result.data;
    const second = (await browser.trpc("billable.page", { filters, offset: 3, limit: 3 })).body.result.data;
    const json = await cli(["billable", "--from", day, "--to", day]);
    expect([...first.rows, ...second.rows]).toEqual(json.rows);
    expect(first.totals).toEqual(json.totals);
    expect(json.totals.calls).toBe(5);
    const sheet = await workbookRows("billable", filters, "Date/Heure");
    expect(sheet.map((r) => r.at(-1)!.v)).toEqual(json.rows.map((r: { statSeconds: number }) => r.statSeconds));
  });

  it("call recorder: the page's page is the CLI's first rows, with the same totals; the workbook has them all", async () => {
    const filters = { period: "custom", from: `${day}T00:00`, to: `${day}T23:59` };
    const page = (await browser.trpc("recordings.search", { ...filters, page: { limit: 2, offset: 0 } })).body.result.data;
    const json = await cli(["recordings", "--from", day, "--to", day]);
    expect(page.rows).toEqual(json.rows.slice(0, 2));
    expect(page.totals).toEqual(json.totals);
    expect(json.totals.count).toBe(5);
    const sheet = await workbookRows("recordings", filters, "Date/Heure");
    expect(sheet.map((r) => r.at(-1)!.v)).toEqual(json.rows.map((r: { callNumber: number }) => r.callNumber));
  });

  it("statistics: the page's figures are the CLI's metrics", async () => {
    const filters = { from: day, to: day };
    const page = (await browser.trpc("statistics.figures", filters)).body.result.data;
    const json = await cli(["statistics", "--from", day, "--to", day]);
    expect(json.metrics.map((m: { key: string; count: number | null }) => [m.key, m.count])).toEqual(
      page.figures.map((f: { key: string; value: number | null }) => [f.key, f.value]),
    );
  });
});
