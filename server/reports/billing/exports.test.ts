import { mkdtempSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDatabase, type TestDatabase } from "../../../db/testing/test-database";
import { fromLocal } from "../../../shared/time-zone";
import { createApp } from "../../app";
import { readXlsx } from "../../exports/testing/read-xlsx";
import { alice, bob, seedTwoCompanies, testConfig } from "../../testing/fixtures";
import { TestBrowser } from "../../testing/http-client";

let t: TestDatabase;
let app: ReturnType<typeof createApp>;
const dir = mkdtempSync(path.join(os.tmpdir(), "billing-export-"));
const zone = "America/Toronto";

beforeAll(async () => {
  t = await createTestDatabase();
  await seedTwoCompanies(t.db);
  await t.db
    .insertInto("billing_entries")
    .values([
      { billing_number: "120045", entry_id: "1", date: "2026-10-20", description: "BALANCE", amount: "1234567.89", account_number: null },
      { billing_number: "120045", entry_id: "2", date: "2026-11-02", description: "Paiement reçu", amount: "-1234.56", account_number: null },
      { billing_number: "130077", entry_id: "1", date: "2026-10-20", description: "Clinique", amount: "99.99", account_number: 6101 },
    ])
    .execute();
  const today = new Date().toLocaleDateString("en-CA", { timeZone: zone });
  await t.db
    .insertInto("billable_calls")
    .values([
      { account_number: 5201, call_number: 1, at: fromLocal(today, "00:00:05", zone), description: "Appel", number: "514-555-0100", caller_name: "Marie", agent: "FA1", stat_seconds: 105 },
      { account_number: 5201, call_number: 2, at: fromLocal(today, "00:00:10", zone), description: "Appel", number: "514-555-0101", caller_name: "Jean", agent: "MF1", stat_seconds: 30 },
      { account_number: 6101, call_number: 3, at: fromLocal(today, "00:00:15", zone), description: "Clinique", number: "514-555-0102", caller_name: "Secret", agent: "BOB", stat_seconds: 999 },
    ])
    .execute();
  app = createApp({ db: t.db, config: testConfig() });
});
afterAll(() => t.drop());

async function download(user: { username: string; password: string }, section: string, filters: unknown) {
  const browser = new TestBrowser(app);
  await browser.signIn(user.username, user.password);
  const res = await browser.request(`/exports/${section}.xlsx?filters=${encodeURIComponent(JSON.stringify(filters))}`);
  expect(res.status).toBe(200);
  const file = path.join(dir, `${section}-${Math.random()}.xlsx`);
  writeFileSync(file, Buffer.from(await res.arrayBuffer()));
  return readXlsx(file);
}

const texts = (rows: { v: unknown }[][]) => rows.flat().map((c) => String(c.v));

describe("billing and billable calls in Excel, read back with openpyxl", () => {
  it("writes the billing history's amounts as numbers, exactly", async () => {
    const book = await download(alice, "billing", { billing: "120045" });
    const cells = book.sheets[0]!.rows.flat();
    const big = cells.find((c) => c.v === 1234567.89);
    expect(big?.t).toBe("float");
    expect(cells.some((c) => c.v === -1234.56)).toBe(true);
    // The system's BALANCE, in the reader's language.
    expect(texts(book.sheets[0]!.rows)).toContain("Solde");
    expect(texts(book.sheets[0]!.rows)).not.toContain("BALANCE");
    expect(texts(book.sheets[0]!.rows)).not.toContain("Clinique");
  });

  it("writes billable calls with mm:ss statistics and the totals the page shows", async () => {
    const today = new Date().toLocaleDateString("en-CA", { timeZone: zone });
    const book = await download(alice, "billable", { from: today, to: today });
    const all = texts(book.sheets[0]!.rows);
    expect(all).toContain("Marie");
    expect(all).not.toContain("Secret");
    // 135 s = 2.25 minutes in all, 1.13 per call (1.125 rounded half up).
    const numbers = book.sheets[0]!.rows.flat().map((c) => c.v);
    expect(numbers).toContain(2.25);
    expect(numbers).toContain(1.13);
  });

  it("gives bob none of alice's lines, even when he names her account", async () => {
    const billing = await download(bob, "billing", { account: 5201 });
    expect(texts(billing.sheets[0]!.rows).join(" ")).not.toMatch(/BALANCE|Solde|Paiement|1234567/);
    const today = new Date().toLocaleDateString("en-CA", { timeZone: zone });
    const billable = await download(bob, "billable", { from: today, to: today, account: 5201 });
    expect(texts(billable.sheets[0]!.rows)).not.toContain("Marie");
  });
});
