import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDatabase, type TestDatabase } from "../../db/testing/test-database";
import { sectionKeys } from "../../client/src/section-list";
import { firstKeptDay } from "../../shared/retention-window";
import { addDays, today } from "../../shared/time-zone";
import { createApp } from "../app";
import { alice, seedTwoCompanies, testConfig } from "../testing/fixtures";
import { TestBrowser } from "../testing/http-client";

let t: TestDatabase;
let a: TestBrowser;
const zone = "America/Toronto";

beforeAll(async () => {
  t = await createTestDatabase();
  await seedTwoCompanies(t.db);
  const app = createApp({ db: t.db, config: testConfig() });
  a = new TestBrowser(app);
  await a.signIn(alice.username, alice.password);
});
afterAll(async () => {
  await t?.drop();
});

async function check(section: string, named: Record<string, unknown>) {
  const res = await a.trpc("links.check", { section, named });
  return { status: res.status, filters: res.body?.result?.data?.filters, body: res.body };
}

describe("links.check: a page's link checked for it", () => {
  const yesterday = addDays(today(zone), -1);
  const oldest = firstKeptDay({ timeZone: zone, retentionDays: 60, now: new Date() });

  it("gives the filters as the page shows them, defaults filled in", async () => {
    expect(await check("recordings", { period: "hours3" })).toMatchObject({ status: 200, filters: { period: "hours3", minMinutes: 0, maxMinutes: 9999, sort: "startedAt" } });
    expect((await check("billable", { from: oldest, to: yesterday, account: 5201 })).filters).toEqual({ from: oldest, to: yesterday, account: 5201 });
  });

  it("keeps the good values of a link with a bad one, else gives nothing (the page's defaults)", async () => {
    const statistics = await check("statistics", { from: yesterday, to: yesterday, weekday: null, agent: "x".repeat(30) });
    expect(statistics.filters).toMatchObject({ from: yesterday, to: yesterday });
    expect(statistics.filters).not.toHaveProperty("agent", "x".repeat(30));
    expect((await check("billable", { from: addDays(oldest, -1), to: yesterday })).filters).toBeNull();
    expect((await check("billing", { billing: "1".repeat(41) })).filters).toBeNull();
  });

  it("checks a link to every section's page", async () => {
    for (const section of sectionKeys) expect(await check(section, { from: yesterday })).toMatchObject({ status: 200 });
  });

  it("checks a section's link by the schema its own query checks (billable: within the retention window)", async () => {
    expect((await check("billable", { from: addDays(oldest, -1), to: yesterday, account: 5201 })).filters).toBeNull();
    expect((await check("messages", { from: oldest, to: yesterday, keyword: "fuite" })).filters).toMatchObject({ from: oldest, to: yesterday, keyword: "fuite" });
    expect((await check("account", { account: 5201 })).filters).toEqual({ account: 5201 });
    expect((await check("account", { account: "abc" })).filters).toBeNull();
  });

  it("refuses what no link holds, in words of its own, never a stack trace", async () => {
    const nowhere = await check("nowhere", { a: 1 });
    expect(nowhere.status).toBe(400);
    const huge = await check("messages", Object.fromEntries(Array.from({ length: 41 }, (_, i) => [`k${i}`, "v"])));
    expect(huge.status).toBe(400);
    const signedOut = await new TestBrowser(createApp({ db: t.db, config: testConfig() })).trpc("links.check", { section: "billing", named: {} });
    expect(signedOut.status).toBe(401);
    for (const refused of [nowhere.body, huge.body, signedOut.body]) {
      expect(JSON.stringify(refused)).not.toMatch(/stack|\.ts:\d|node_modules/);
    }
    expect(signedOut.body.error.message).toBe("signed_out");
  });
});
