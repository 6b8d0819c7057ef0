import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDatabase, type TestDatabase } from "../../../db/testing/test-database";
import { addDays, fromLocal, today } from "../../../shared/time-zone";
import { loadAccess } from "../../access";
import { createApp } from "../../app";
import { alice, bob, seedTwoCompanies, testConfig } from "../../testing/fixtures";
import { TestBrowser } from "../../testing/http-client";
import { billableCalls } from "./query";
import { billableReport } from "./report";
import { cycleMeter } from "./cycle-meter";
import type { ReportContext } from "../report-definition";
import { filtersFromFlags } from "../../cli/filter-flags";

const zone = "America/Toronto";
let t: TestDatabase;
let ids: { aliceId: number; bobId: number };
let callNumber = 1000;

async function contextFor(userId: number, now: Date): Promise<ReportContext> {
  return { db: t.db, access: await loadAccess(t.db, userId), timeZone: zone, retentionDays: 60, now };
}

async function call(account: number, date: string, time: string, statSeconds: number, agent = "ELD") {
  await t.db
    .insertInto("billable_calls")
    .values({
      account_number: account,
      call_number: callNumber++,
      at: fromLocal(date, time, zone),
      description: "Appel entrant",
      number: "514-555-0100",
      caller_name: "Client",
      agent,
      stat_seconds: statSeconds,
    })
    .execute();
}

beforeAll(async () => {
  t = await createTestDatabase();
  ids = await seedTwoCompanies(t.db);
  // The autumn cycle 2026-10-20 → 2026-11-19 (clocks go back on Nov 1) and its neighbours.
  await call(5201, "2026-10-19", "23:59:59", 60); // previous cycle's last second
  await call(5201, "2026-10-20", "00:00:00", 105); // first second of the cycle
  await call(5201, "2026-11-01", "01:30:00", 30); // the hour that happens twice
  await call(5202, "2026-11-10", "10:21:00", 105);
  await call(5201, "2026-11-19", "23:59:59", 150); // last second of the cycle
  await call(5201, "2026-11-20", "00:00:00", 45); // first of the next
  await call(5201, "2026-11-25", "09:00:00", 20);
  await call(6101, "2026-11-02", "12:00:00", 999, "BOB"); // bob's company
});
afterAll(() => t.drop());

describe("billable calls", () => {
  const now = fromLocal("2026-11-25", "14:30:00", zone);

  it("covers the cycle from the 20th 00:00 to the 19th 23:59:59 local, across the DST change", async () => {
    const result = await billableCalls(await contextFor(ids.aliceId, now), { from: "2026-10-20", to: "2026-11-19" });
    expect(result.rows.map((r) => r.statSeconds)).toEqual([150, 105, 30, 105]);
    expect(result.rows.at(-1)!.at).toBe("2026-10-20T04:00:00.000Z");
    expect(result.rows[0]!.at).toBe("2026-11-20T04:59:59.000Z");
  });

  it("pages newest first, the totals over every row of the filters", async () => {
    const ctx = await contextFor(ids.aliceId, now);
    const filters = { from: "2026-10-01", to: "2026-11-30" };
    const all = await billableReport.run(ctx, filters);
    const first = await billableReport.page(ctx, filters, { offset: 0, limit: 4 });
    const second = await billableReport.page(ctx, filters, { offset: 4, limit: 4 });
    expect(first.rows.map((r) => r.statSeconds)).toEqual([20, 45, 150, 105]);
    expect([...first.rows, ...second.rows]).toEqual(all.rows);
    expect(second.rows).toHaveLength(3);
    expect(first.totals).toEqual(all.totals);
    expect(second.totals).toMatchObject({ calls: 7, statSeconds: 515, totalMinutes: "8.58", averageMinutes: "1.23" });
    const past = await billableReport.page(ctx, filters, { offset: 50, limit: 4 });
    expect(past.rows).toEqual([]);
    expect(past.totals.calls).toBe(7);
  });

  it("computes the totals in SQL from exactly the rows shown", async () => {
    const result = await billableCalls(await contextFor(ids.aliceId, now), { from: "2026-10-20", to: "2026-11-19" });
    const seconds = result.rows.reduce((s, r) => s + r.statSeconds, 0);
    expect(result.totals.calls).toBe(result.rows.length);
    expect(result.totals.statSeconds).toBe(seconds);
    expect(result.totals.totalMinutes).toBe((seconds / 60).toFixed(2)); // 390 s = 6.50
    expect(result.totals.totalMinutes).toBe("6.50");
    expect(result.totals.averageMinutes).toBe("1.63"); // 6.5 / 4 = 1.625, rounded half up
    const one = await billableCalls(await contextFor(ids.aliceId, now), { from: "2026-10-20", to: "2026-11-19", account: 5202 });
    expect(one.totals).toMatchObject({ calls: 1, statSeconds: 105, totalMinutes: "1.75", averageMinutes: "1.75" });
    const none = await billableCalls(await contextFor(ids.aliceId, now), { from: "2026-11-21", to: "2026-11-22" });
    expect(none.totals).toMatchObject({ calls: 0, statSeconds: 0, totalMinutes: "0.00", averageMinutes: "0.00" });
  });

  it("never goes back further than the retention period", async () => {
    const later = fromLocal("2026-12-19", "12:00:00", zone); // 60 days back: 2026-10-20
    const result = await billableCalls(await contextFor(ids.aliceId, later), { from: "2026-09-01", to: "2026-12-19" });
    expect(result.totals).toMatchObject({ from: "2026-10-20", limitedByRetention: true });
    expect(result.rows.map((r) => r.statSeconds)).toEqual([20, 45, 150, 105, 30, 105]);
    // What reaches the query was checked first: every output refuses a period past the window.
    const ctx = await contextFor(ids.aliceId, later);
    expect(billableReport.filtersWithin(ctx).safeParse({ from: "2026-10-19", to: "2026-12-19" }).error?.issues[0]?.message).toBe("beforeWindow");
    expect(billableReport.filtersWithin(ctx).safeParse({ from: "2026-10-20", to: "2026-12-19" }).success).toBe(true);
  });

  it("never shows another client's calls, whatever account is asked for", async () => {
    const bobs = await contextFor(ids.bobId, now);
    const all = await billableCalls(bobs, { from: "2026-10-01", to: "2026-11-30" });
    expect(all.rows.map((r) => r.agent)).toEqual(["BOB"]);
    const foreign = await billableCalls(bobs, { from: "2026-10-01", to: "2026-11-30", account: 5201 });
    expect(foreign.rows).toEqual([]);
    expect(foreign.totals.calls).toBe(0);
    const alices = await billableCalls(await contextFor(ids.aliceId, now), { from: "2026-10-01", to: "2026-11-30", account: 6101 });
    expect(alices.rows).toEqual([]);
  });

  it("takes the operator command's options", () => {
    const parse = (o: Record<string, string>) => billableReport.filters.safeParse(filtersFromFlags(billableReport, o, zone));
    expect(parse({ from: "2026-10-20", to: "2026-11-19", account: "5201" }).data).toEqual({ from: "2026-10-20", to: "2026-11-19", account: 5201 });
    expect(parse({ from: "2026-10-20", to: "2026-11-19" }).data).toEqual({ from: "2026-10-20", to: "2026-11-19" });
    expect(parse({ from: "2026-11-19", to: "2026-10-20" }).error?.issues[0]?.message).toBe("endBeforeStart");
    expect(parse({ from: "2026-02-30", to: "2026-03-01" }).error?.issues[0]?.message).toBe("invalidDate");
  });
});

describe("cycle meter", () => {
  it("counts this cycle to date beside the previous cycle at the same moment", async () => {
    const now = fromLocal("2026-11-25", "14:30:00", zone);
    const meter = await cycleMeter(await contextFor(ids.aliceId, now), undefined);
    expect(meter.current).toMatchObject({ start: "2026-11-20", end: "2026-12-19", calls: 2, statSeconds: 65 });
    expect(meter.current.days).toHaveLength(6);
    expect(meter.current.days[0]).toEqual({ date: "2026-11-20", calls: 1, statSeconds: 45 });
    // Previous cycle up to Oct 25 14:30: only the call of Oct 20 00:00 (not Oct 19's).
    expect(meter.previous).toMatchObject({ start: "2026-10-20", end: "2026-11-19", calls: 1, statSeconds: 105 });
    expect(meter.previous.days).toHaveLength(6);
    const bobs = await cycleMeter(await contextFor(ids.bobId, now), 5201);
    expect(bobs.current.calls + bobs.previous.calls).toBe(0);
  });

  it("puts the last second of the 19th in the old cycle and midnight of the 20th in the new one", async () => {
    const now = fromLocal("2026-11-20", "00:00:30", zone);
    const meter = await cycleMeter(await contextFor(ids.aliceId, now), 5201);
    expect(meter.current).toMatchObject({ start: "2026-11-20", calls: 1, statSeconds: 45 });
    expect(meter.current.days).toEqual([{ date: "2026-11-20", calls: 1, statSeconds: 45 }]);
    expect(meter.previous).toMatchObject({ start: "2026-10-20", calls: 1, statSeconds: 105 });
  });
});

describe("billable over HTTP", () => {
  it("serves bob only his calls and meter; alice sees none of his", async () => {
    // Calls of yesterday, whatever the date the test runs on: the fixed dates above leave the
    // window as the clock moves, and "sees none" must never pass on an empty result.
    const yesterday = addDays(today(zone), -1);
    await call(6101, yesterday, "11:00:00", 77, "BOB");
    await call(5201, yesterday, "12:00:00", 88, "ALI");
    const app = createApp({ db: t.db, config: testConfig() });
    const b = new TestBrowser(app);
    await b.signIn(bob.username, bob.password);
    const his = await b.trpc("billable.page", { filters: { from: yesterday, to: yesterday } });
    expect(his.body.result.data.rows.map((r: { agent: string }) => r.agent)).toEqual(["BOB"]);
    const theirs = await b.trpc("billable.page", { filters: { from: addDays(today(zone), -60), to: today(zone), account: 5201 } });
    expect(theirs.status).toBe(200);
    expect(theirs.body.result.data.rows).toEqual([]);
    const meter = await b.trpc("billable.cycleMeter", { account: 5201 });
    expect(meter.status).toBe(200);
    expect(meter.body.result.data.current.calls).toBe(0);
    const a = new TestBrowser(app);
    await a.signIn(alice.username, alice.password);
    // This server's clock is the machine's: the period starts on its window's first day.
    const period = { from: addDays(today(zone), -60), to: today(zone) };
    const mine = await a.trpc("billable.page", { filters: period, limit: 200 });
    expect(mine.status).toBe(200);
    expect(mine.body.result.data.rows.map((r: { agent: string }) => r.agent)).toContain("ALI");
    expect(JSON.stringify(mine.body)).not.toContain("BOB");
    const paged = await a.trpc("billable.page", { filters: period, limit: 2 });
    expect(paged.status).toBe(200);
    expect(paged.body.result.data.rows).toEqual(mine.body.result.data.rows.slice(0, 2));
    expect(paged.body.result.data.page).toEqual({ offset: 0, limit: 2 });
    expect(paged.body.result.data.totals).toEqual(mine.body.result.data.totals);
    const foreign = await b.trpc("billable.page", { filters: { ...period, account: 5201 } });
    expect(foreign.body.result.data).toMatchObject({ rows: [], totals: { calls: 0 } });
    expect((await a.trpc("billable.page", { filters: period, limit: 201 })).status).toBe(400);
    const past = await a.trpc("billable.page", { filters: { ...period, from: addDays(period.from, -1) } });
    expect(past.body.error.data.fieldErrors).toEqual({ from: ["beforeWindow"] });
    const bad = await a.trpc("billable.page", { filters: { from: "2026-13-01", to: "x" } });
    expect(bad.status).toBe(400);
    expect(bad.body.error.data.fieldErrors).toMatchObject({ from: ["invalidDate"] });
    expect((await new TestBrowser(app).trpc("billable.cycleMeter", {})).status).toBe(401);
  });
});
