import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDatabase, type TestDatabase } from "../../db/testing/test-database";
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
  return { status: res.status, filters: res.body?.result?.data?.filters };
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

  it("refuses what no link holds, in words of its own, never a stack trace", async () => {
    expect((await check("nowhere", { a: 1 })).status).toBe(400);
    const huge = await check("messages", Object.fromEntries(Array.from({ length: 41 }, (_, i) => [`k${i}`, "v"])));
    expect(huge.status).toBe(400);
    const signedOut = await new TestBrowser(createApp({ db: t.db, config: testConfig() })).trpc("links.check", { section: "billing", named: {} });
    expect(signedOut.status).toBe(401);
  });
});
