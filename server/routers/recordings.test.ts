import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDatabase, type TestDatabase } from "../../db/testing/test-database";
import { today } from "../../shared/time-zone";
import { createApp } from "../app";
import { alice, bob, seedTwoCompanies, testConfig } from "../testing/fixtures";
import { TestBrowser } from "../testing/http-client";
import { insertCalls } from "../testing/seed-calls";

let t: TestDatabase;
let app: ReturnType<typeof createApp>;
const day = today("America/Toronto");
const input = { from: `${day}T00:00`, to: `${day}T23:59` };

beforeAll(async () => {
  t = await createTestDatabase();
  await seedTwoCompanies(t.db);
  app = createApp({ db: t.db, config: testConfig() });
  const now = Date.now();
  await insertCalls(t.db, [
    ...Array.from({ length: 60 }, (_, i) => ({ call_number: 100 + i, account_number: 5201, started_at: new Date(now - i * 1000) })),
    { call_number: 900, account_number: 6101, started_at: new Date(now - 5000) },
  ]);
});
afterAll(() => t.drop());

async function signedIn(user: { username: string; password: string }) {
  const browser = new TestBrowser(app);
  await browser.signIn(user.username, user.password);
  return browser;
}

describe("recordings.search", () => {
  it("answers a page of plain JSON with totals over every match", async () => {
    const a = await signedIn(alice);
    const { status, body } = await a.trpc("recordings.search", { ...input, period: "sinceMidnight" });
    expect(status).toBe(200);
    const data = body.result.data;
    // A test run just after midnight would see fewer calls; the page size is what matters.
    expect(data.page).toEqual({ limit: 50, offset: 0 });
    expect(data.rows.length).toBe(Math.min(50, data.totals.count));
    expect(typeof data.rows[0].startedAt).toBe("string");
    expect(data.rows.every((r: { accountNumber: number }) => r.accountNumber === 5201)).toBe(true);
  });

  it("gives Bob only his own call, whatever he asks", async () => {
    const b = await signedIn(bob);
    const own = await b.trpc("recordings.search", { period: "hours12" });
    expect(own.body.result.data.rows.map((r: { callNumber: number }) => r.callNumber)).toEqual([900]);
    for (const extra of [{ account: 5201 }, { billing: "120045" }, { call: 100 }]) {
      const { body } = await b.trpc("recordings.search", { period: "hours12", ...extra });
      expect(body.result.data.rows).toEqual([]);
      expect(body.result.data.totals.count).toBe(0);
    }
  });

  it("turns bad input into field messages, never a stack trace", async () => {
    const a = await signedIn(alice);
    const bad = await a.trpc("recordings.search", { ...input, station: "abc" });
    expect(bad.status).toBe(400);
    expect(bad.body.error.data.fieldErrors).toEqual({ station: ["invalidInteger"] });
    const minMax = await a.trpc("recordings.search", { ...input, minMinutes: 5, maxMinutes: 1 });
    expect(minMax.body.error.data.fieldErrors).toEqual({ maxMinutes: ["maxBelowMin"] });
    expect(JSON.stringify(bad.body)).not.toMatch(/at .*\.ts/);
    const old = await a.trpc("recordings.search", { from: "2020-01-01T00:00", to: `${day}T23:59` });
    expect(old.status).toBe(400);
    expect(old.body.error.data.fieldErrors).toEqual({ from: ["beforeWindow"] });
  });

  it("is closed to visitors", async () => {
    const { status } = await new TestBrowser(app).trpc("recordings.search", input);
    expect(status).toBe(401);
  });
});
