import { mkdtempSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDatabase, type TestDatabase } from "../../db/testing/test-database";
import { createApp } from "../app";
import { reports } from "../reports/registry";
import { alice, bob, seedTwoCompanies, testConfig } from "../testing/fixtures";
import { TestBrowser } from "../testing/http-client";
import { readXlsx } from "./testing/read-xlsx";
import { sampleReport } from "./testing/sample-report";
import { seedCalls } from "./testing/seed-calls";
import { addDays, fromLocal, today } from "../../shared/time-zone";

let t: TestDatabase;
let app: ReturnType<typeof createApp>;
const dir = mkdtempSync(path.join(os.tmpdir(), "export-route-"));

beforeAll(async () => {
  t = await createTestDatabase();
  await seedTwoCompanies(t.db);
  await seedCalls(t.db);
  reports.sample = sampleReport;
  app = createApp({ db: t.db, config: testConfig() });
});
afterAll(async () => {
  delete reports.sample;
  await t.drop();
});

const url = (filters: unknown, section = "sample") =>
  `/exports/${section}.xlsx?filters=${encodeURIComponent(JSON.stringify(filters))}`;
const day = { from: "2026-11-20", to: "2026-11-20" };

async function signedIn(user: { username: string; password: string }) {
  const browser = new TestBrowser(app);
  expect((await browser.signIn(user.username, user.password)).status).toBe(200);
  return browser;
}

async function saved(res: Response) {
  const file = path.join(dir, `${Math.random()}.xlsx`);
  writeFileSync(file, Buffer.from(await res.arrayBuffer()));
  return readXlsx(file);
}

describe("GET /exports/<section>.xlsx", () => {
  it("needs a session", async () => {
    const res = await new TestBrowser(app).request(url(day));
    expect(res.status).toBe(401);
  });

  it("answers 404 for a section that has no report", async () => {
    const browser = await signedIn(alice);
    expect((await browser.request(url(day, "nothing"))).status).toBe(404);
    expect((await browser.request("/exports/sample.csv")).status).toBe(404);
    expect((await browser.request("/exports/constructor.xlsx")).status).toBe(404);
    expect((await browser.request("/exports/a/b")).status).toBe(404);
  });

  it("refuses invalid filters with a 400 in the user's language (fr for Alice, en for Bob)", async () => {
    const fr = await (await signedIn(alice)).request(url({ from: "20-11-2026", to: "2026-11-20" }));
    expect(fr.status).toBe(400);
    expect(await fr.json()).toMatchObject({
      error: "invalid_filters",
      message: "from: Entrez une date valide (AAAA-MM-JJ).",
      fieldErrors: { from: ["Entrez une date valide (AAAA-MM-JJ)."] },
    });
    const en = await (await signedIn(bob)).request("/exports/sample.xlsx?filters=%7Bnot-json");
    expect(en.status).toBe(400);
    expect(await en.json()).toMatchObject({ message: "The report's parameters are not valid." });
  });

  it("downloads the report as an attachment named for the title and the local time", async () => {
    const res = await (await signedIn(alice)).request(url(day));
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toBe("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
    expect(res.headers.get("cache-control")).toContain("no-store");
    const disposition = res.headers.get("content-disposition")!;
    expect(disposition).toMatch(/^attachment; filename="appels-d-essai_\d{4}-\d{2}-\d{2}_\d{4}\.xlsx"; filename\*=UTF-8''appels-d-essai_/);
    const sheet = (await saved(res)).sheets[0]!;
    expect(sheet.rows.slice(6, 9).map((r) => r[2]!.v)).toEqual([520101, 520201, 520102]);
  });

  it("gives Bob nothing of Alice's, even when he names her account", async () => {
    const browser = await signedIn(bob);
    const theirs = await saved(await browser.request(url({ ...day, account: 5201 })));
    // Title, 4 lines (his filter echoed), blank, header, blank, 2 totals: no data row.
    expect(theirs.sheets[0]!.rows.length).toBe(1 + 4 + 1 + 1 + 1 + 2);
    expect(JSON.stringify(theirs)).not.toContain("520101");
    expect(JSON.stringify(theirs)).not.toContain("Côté");
    const own = await saved(await browser.request(url(day)));
    expect(own.sheets[0]!.rows[5]![0]!.v).toBe("Date/Time");
    expect(own.sheets[0]!.rows.filter((r) => r[2]?.t === "int").map((r) => r[2]!.v)).toEqual([610101]);
  });
});

describe("GET /exports/billable.xlsx (a real section's report)", () => {
  const zone = "America/Toronto";
  const day = addDays(today(zone), -2);
  beforeAll(async () => {
    const billed = (account: number, call: number, time: string, seconds: number) => ({
      account_number: account,
      call_number: call,
      at: fromLocal(day, time, zone),
      description: "Appel entrant",
      number: "5145550101",
      caller_name: "Jean Côté",
      agent: "ELD",
      stat_seconds: seconds,
    });
    await t.db.insertInto("billable_calls").values([billed(5201, 520101, "08:15:00", 105), billed(5202, 520201, "09:00:30", 75), billed(6101, 610101, "10:00:00", 300)]).execute();
  });

  it("is the page's report with typed cells and computed totals; Bob gets only his own", async () => {
    const filters = { from: day, to: day };
    const res = await (await signedIn(alice)).request(url(filters, "billable"));
    expect(res.status).toBe(200);
    expect(res.headers.get("content-disposition")).toMatch(/filename="appels-facturables_\d{4}-\d{2}-\d{2}_\d{4}\.xlsx"/);
    const sheet = (await saved(res)).sheets[0]!;
    const header = sheet.rows.findIndex((r) => r[0]?.v === "Date/Heure" || (r[0]?.t === "str" && r[1]?.v === "Compte"));
    expect(header).toBeGreaterThan(0);
    expect(sheet.freeze).toBe(`A${header + 2}`);
    const data = sheet.rows.slice(header + 1, header + 3);
    // Newest first, as the page lists them.
    expect(data.map((r) => r[0])).toEqual([
      { t: "datetime", v: `${day}T09:00:30`, f: "yyyy-mm-dd hh:mm:ss" },
      { t: "datetime", v: `${day}T08:15:00`, f: "yyyy-mm-dd hh:mm:ss" },
    ]);
    expect(data.map((r) => r[1]!.v)).toEqual([5202, 5201]);
    expect(data.map((r) => r.at(-1))).toEqual([
      { t: "timedelta", v: 75, f: "[mm]:ss" },
      { t: "timedelta", v: 105, f: "[mm]:ss" },
    ]);
    const totals = sheet.rows.slice(header + 4).map((r) => r[1]!.v);
    expect(totals).toEqual([2, 3, 1.5]);

    const bobs = await saved(await (await signedIn(bob)).request(url({ ...filters, account: 5201 }, "billable")));
    expect(JSON.stringify(bobs)).not.toContain("520101");
    expect(JSON.stringify(bobs)).not.toContain("Jean Côté");
  });
});
