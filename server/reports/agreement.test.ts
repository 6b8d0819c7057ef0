import { mkdtempSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDatabase, type TestDatabase } from "../../db/testing/test-database";
import { fr } from "../../shared/i18n";
import { addDays, fromLocal, today } from "../../shared/time-zone";
import { createApp } from "../app";
import { readXlsx } from "../exports/testing/read-xlsx";
import { alice, seedTwoCompanies, testConfig } from "../testing/fixtures";
import { TestBrowser } from "../testing/http-client";
import { portal } from "../testing/portal-command";
import { insertCalls } from "../testing/seed-calls";
import { pageSize } from "../routers/messages";
import { reportFor, reports } from "./registry";

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
  // More messages than a page holds, Bob's among them: the page's pages, in order, are the CLI's rows.
  await t.db
    .insertInto("messages")
    .values(
      Array.from({ length: pageSize + 8 }, (_, i) => ({
        message_id: 900 + i,
        account_number: i % 4 === 3 ? 6101 : 5201 + (i % 2),
        call_number: null,
        taken_at: fromLocal(day, `${String(Math.floor(i / 2)).padStart(2, "0")}:${i % 2 ? "30" : "00"}:00`, zone),
        agent: "ELD",
        title: `Message ${i}`,
        fields: JSON.stringify([{ label: "Nom", value: `Client ${i}` }]),
        history: JSON.stringify([]),
      })),
    )
    .execute();
  await t.db
    .insertInto("billing_entries")
    .values([
      { billing_number: "120045", entry_id: "E1", date: addDays(day, -40), description: "BALANCE", amount: "120.50", account_number: null },
      { billing_number: "120045", entry_id: "E2", date: addDays(day, -20), description: "Service", amount: "89.99", account_number: 5201 },
      { billing_number: "120045", entry_id: "E3", date: addDays(day, -10), description: "Paiement", amount: "-210.49", account_number: null },
      { billing_number: "120045", entry_id: "E4", date: day, description: "Service", amount: "45.00", account_number: 5202 },
      { billing_number: "130077", entry_id: "E5", date: day, description: "Service", amount: "99.00", account_number: 6101 },
    ])
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

/** The workbook's data rows: those under the row of the section's column headers (in Alice's French). */
async function workbookRows(section: string, filters: unknown) {
  const headers = reportFor(section)!.columns.map((c) => c.header(fr));
  const res = await browser.request(`/exports/${section}.xlsx?filters=${encodeURIComponent(JSON.stringify(filters))}`);
  expect(res.status).toBe(200);
  const file = path.join(dir, `${section}.xlsx`);
  writeFileSync(file, Buffer.from(await res.arrayBuffer()));
  const rows = (await readXlsx(file)).sheets[0]!.rows;
  const start = rows.findIndex((r) => headers.every((h, i) => r[i]?.v === h)) + 1;
  expect(start).toBeGreaterThan(0);
  const end = rows.findIndex((r, i) => i >= start && (r.length === 0 || r.every((c) => c.v === null)));
  return rows.slice(start, end === -1 ? undefined : end);
}

describe("page, workbook and CLI agree", { timeout: 120_000 }, () => {
  it("has a case below for every section of the registry", () => {
    // A new section adds its name here with its case (docs/new-section.md).
    expect(Object.keys(reports).sort()).toEqual(["billable", "billing", "messages", "recordings", "statistics"]);
  });

  it("billable calls: the page's pages are the CLI's rows in order, with the same totals; the workbook has them all", async () => {
    const filters = { from: day, to: day };
    const first = (await browser.trpc("billable.page", { filters, limit: 3 })).body.result.data;
    const second = (await browser.trpc("billable.page", { filters, offset: 3, limit: 3 })).body.result.data;
    const json = await cli(["billable", "--from", day, "--to", day]);
    expect([...first.rows, ...second.rows]).toEqual(json.rows);
    expect(first.totals).toEqual(json.totals);
    expect(json.totals.calls).toBe(5);
    const sheet = await workbookRows("billable", filters);
    expect(sheet.map((r) => r.at(-1)!.v)).toEqual(json.rows.map((r: { statSeconds: number }) => r.statSeconds));
  });

  it("call recorder: the page's page is the CLI's first rows, with the same totals; the workbook has them all", async () => {
    const filters = { period: "custom", from: `${day}T00:00`, to: `${day}T23:59` };
    const page = (await browser.trpc("recordings.search", { ...filters, page: { limit: 2, offset: 0 } })).body.result.data;
    const json = await cli(["recordings", "--from", day, "--to", day]);
    expect(page.rows).toEqual(json.rows.slice(0, 2));
    expect(page.totals).toEqual(json.totals);
    expect(json.totals.count).toBe(5);
    const sheet = await workbookRows("recordings", filters);
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

  it("statistics: the workbook's figures are the page's too", async () => {
    const filters = { from: day, to: day };
    const page = (await browser.trpc("statistics.figures", filters)).body.result.data;
    const sheet = await workbookRows("statistics", filters);
    expect(sheet.map((r) => r[1]?.v ?? null)).toEqual(page.figures.map((f: { value: number | null }) => f.value));
  });

  it("text messages: the page's pages are the CLI's rows in order, with the same totals; the workbook has them all", async () => {
    const filters = { from: day, to: day };
    const first = (await browser.trpc("messages.search", { filters })).body.result.data;
    const second = (await browser.trpc("messages.search", { filters, offset: pageSize })).body.result.data;
    expect(first.rows).toHaveLength(pageSize);
    const json = await cli(["messages", "--from", day, "--to", day]);
    expect([...first.rows, ...second.rows]).toEqual(json.rows);
    expect(first.totals).toEqual(json.totals);
    expect(second.totals).toEqual(json.totals);
    expect(json.totals.count).toBe(pageSize + 8 - Math.floor((pageSize + 8) / 4));
    const sheet = await workbookRows("messages", filters);
    expect(sheet.map((r) => [r[0]!.v, r[5]!.v])).toEqual(json.rows.map((m: { messageId: number; title: string }) => [m.messageId, m.title]));
  });

  it("billing history: the page's rows and heading are the CLI's; the workbook has the same lines and amounts", async () => {
    const filters = { billing: "120045" };
    const page = (await browser.trpc("billing.history", filters)).body.result.data;
    const json = await cli(["billing", "--billing", "120045"]);
    expect(page.rows).toEqual(json.rows);
    expect(page.totals).toEqual(json.totals);
    expect(json.rows.map((r: { entryId: string }) => r.entryId)).toEqual(["E4", "E3", "E2", "E1"]);
    const sheet = await workbookRows("billing", filters);
    expect(sheet.map((r) => [r[0]!.v, r[2]!.v])).toEqual(
      json.rows.map((r: { date: string; amount: string }) => [`${r.date}T00:00:00`, Number(r.amount)]),
    );
  });
});
