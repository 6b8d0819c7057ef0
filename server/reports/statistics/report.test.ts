import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Kysely } from "kysely";
import type { Database } from "../../../db/database";
import { createTestDatabase, type TestDatabase } from "../../../db/testing/test-database";
import { type StatisticsFilters, type StatisticsFiltersInput, statisticsFilters } from "../../../shared/filters/statistics";
import { computeFigures, statisticKeys, type StatisticKey } from "../../../shared/statistics";
import type { Access } from "../../access";
import { seedTwoCompanies } from "../../testing/fixtures";
import type { ReportContext } from "../report-definition";
import { statisticsReport } from "./report";
import { statisticsCalls } from "./calls";
import { callRow, manualExample, manualExamplePeriod } from "./testing/statistics-example";

let t: TestDatabase;
let alice: Access;
let bob: Access;
const timeZone = "America/Toronto";
const now = new Date("2026-11-25T17:00:00Z");

const ctx = (access: Access, at = now): ReportContext => ({ db: t.db, access, timeZone, retentionDays: 60, now: at });
const filters = (input: Partial<StatisticsFiltersInput>): StatisticsFilters =>
  statisticsFilters.parse({ ...manualExamplePeriod, ...input });
async function figures(access: Access, input: Partial<StatisticsFiltersInput> = {}, at = now) {
  const result = await statisticsReport.run(ctx(access, at), filters(input));
  return Object.fromEntries(result.rows.map((r) => [r.key, r])) as Record<StatisticKey, (typeof result.rows)[number]>;
}
const total = async (input: Partial<StatisticsFiltersInput>, access = alice, at = now) =>
  (await figures(access, input, at)).totalInbound.value;

async function insert(db: Kysely<Database>, rows: ReturnType<typeof callRow>[]) {
  await db.insertInto("calls").values(rows).execute();
}

beforeAll(async () => {
  t = await createTestDatabase();
  ({ alice, bob } = (await seedTwoCompanies(t.db)).access);
  await insert(t.db, manualExample());
});
afterAll(() => t.drop());

describe("the manual's example", () => {
  it("comes out line for line, as the operator's JSON prints it", async () => {
    const result = await statisticsReport.run(ctx(alice), filters({}));
    expect(statisticsReport.toJson!(result)).toEqual({
      metrics: [
        { key: "totalInbound", count: 61, percent: 100 },
        { key: "automated", count: 5, percent: 8.2 },
        { key: "agentCalls", count: 56, percent: 91.8 },
        { key: "abandoned", count: 6, percent: 10.7 },
        { key: "assigned", count: 50, percent: 82 },
        { key: "unanswered", count: 0, percent: 0 },
        { key: "answered", count: 50, percent: 82 },
        { key: "answeredOfAssigned", count: 50, percent: 100 },
        { key: "avgWorkSeconds", count: 111, percent: null },
        { key: "held", count: 4, percent: 6.6 },
        { key: "avgHoldSeconds", count: 46, percent: null },
        { key: "avgAnswerDelaySeconds", count: 31, percent: null },
        { key: "answeredWithin30s", count: 33, percent: 66 },
        { key: "transfers", count: 0, percent: null },
        { key: "avgTransferMinutes", count: null, percent: null },
        { key: "busy", count: 0, percent: null },
      ],
    });
    // The JSON is docs/operator.md's: keys in docs/statistics-definitions.md's order, nothing else.
    expect(JSON.stringify(statisticsReport.toJson!(result))).toMatch(/^\{"metrics":\[\{"key":"totalInbound","count":61,"percent":100\},/);
  });

  it("gives the charts over the same records", async () => {
    const result = await statisticsReport.run(ctx(alice), filters({}));
    const { perDay, perHour, answerDelay } = result.totals.charts!;
    expect(perDay).toHaveLength(21);
    expect(perDay[0]).toEqual({ date: "2026-11-02", count: 0 });
    expect(perDay.reduce((s, d) => s + d.count, 0)).toBe(61);
    expect(perHour).toHaveLength(24);
    expect(perHour.reduce((s, d) => s + d.count, 0)).toBe(61);
    expect(answerDelay).toEqual([
      { bucket: "0-10", count: 0 },
      { bucket: "11-20", count: 32 },
      { bucket: "21-30", count: 1 },
      { bucket: "31-60", count: 17 },
      { bucket: "60+", count: 0 },
    ]);
    expect(result.totals.companies).toEqual(["Plomberie Laval inc."]);
  });

  it("lists exactly the calls behind each figure", async () => {
    const f = await figures(alice);
    const all = async (figure: StatisticKey) => (await statisticsCalls(ctx(alice), filters({}), figure, { offset: 0, limit: 1000 })).calls;
    for (const key of statisticKeys) {
      const calls = await all(key);
      const figure = f[key];
      switch (key) {
        case "avgWorkSeconds":
          expect(Math.round(calls.reduce((s, c) => s + c.workSeconds, 0) / f.answered.value!)).toBe(figure.value);
          expect(calls.some((c) => c.kind === "out") && calls.some((c) => c.kind === "disconnect")).toBe(true);
          break;
        case "avgHoldSeconds":
          expect(calls).toHaveLength(f.held.value!);
          expect(Math.round(calls.reduce((s, c) => s + c.holdSeconds, 0) / calls.length)).toBe(figure.value);
          break;
        case "avgAnswerDelaySeconds":
          expect(calls).toHaveLength(f.answered.value!);
          expect(calls.reduce((s, c) => s + (c.answerDelaySeconds ?? 0), 0) / calls.length).toBe(figure.value);
          break;
        case "avgTransferMinutes":
          expect(calls).toHaveLength(0);
          break;
        default:
          expect(calls, key).toHaveLength(figure.value!);
      }
    }
    // Paged: the pages put together are the whole list, and the total says how many.
    const page1 = await statisticsCalls(ctx(alice), filters({}), "abandoned", { offset: 0, limit: 4 });
    const page2 = await statisticsCalls(ctx(alice), filters({}), "abandoned", { offset: 4, limit: 4 });
    const beyond = await statisticsCalls(ctx(alice), filters({}), "abandoned", { offset: 40, limit: 4 });
    expect([page1.calls.length, page2.calls.length, page1.total, page2.total, beyond.total]).toEqual([4, 2, 6, 6, 6]);
    expect(new Set([...page1.calls, ...page2.calls].map((c) => c.callNumber)).size).toBe(6);
  });
});

describe("another client's calls", () => {
  it("never count, whatever the filters ask", async () => {
    expect(await total({ account: 6101 })).toBe(0);
    expect(await total({ billing: "130077" })).toBe(0);
    expect((await figures(alice, { account: 6101 })).busy.value).toBe(0);
    const bobs = await figures(bob);
    expect([bobs.totalInbound.value, bobs.busy.value]).toEqual([1, 1]);
    expect(await total({ account: 5201 }, bob)).toBe(0);
    const list = await statisticsCalls(ctx(bob), filters({ account: 5201 }), "totalInbound", { offset: 0, limit: 100 });
    expect(list).toEqual({ calls: [], total: 0 });
    const own = await statisticsCalls(ctx(bob), filters({}), "avgWorkSeconds", { offset: 0, limit: 100 });
    expect(own.calls.every((c) => c.accountNumber === 6101)).toBe(true);
  });
});

describe("zero denominators", () => {
  it("give empty cells, never NaN", async () => {
    const empty = await statisticsReport.run(ctx(alice), filters({ from: "2026-11-23", to: "2026-11-24" }));
    for (const f of empty.rows) {
      expect(f.percent, f.key).toBeNull();
      expect(Number.isNaN(f.value), f.key).toBe(false);
    }
    expect(empty.rows.filter((f) => f.value === null).map((f) => f.key)).toEqual([
      "avgWorkSeconds",
      "avgHoldSeconds",
      "avgAnswerDelaySeconds",
      "avgTransferMinutes",
    ]);
    expect(JSON.stringify(statisticsReport.toJson!(empty))).not.toMatch(/NaN|undefined/);
  });

  it("empties only the figures over the empty denominator", () => {
    const zero = { T: 0, A: 0, G: 0, B: 0, S: 0, U: 0, R: 0, H: 0, W: 0, X: 0, busy: 0, workSum: 0, holdSum: 0, answerDelaySum: 0, transferSum: 0 };
    // Only abandoned calls: G > 0, S = 0, R = 0.
    const f = Object.fromEntries(computeFigures({ ...zero, T: 3, G: 3, B: 3, workSum: 40 }).map((x) => [x.key, x]));
    expect(f.abandoned!.percent).toBe(100);
    expect(f.unanswered!.percent).toBeNull();
    expect(f.answeredOfAssigned!.percent).toBeNull();
    expect(f.answered!.percent).toBe(0);
    expect(f.answeredWithin30s!.percent).toBeNull();
    expect(f.avgWorkSeconds!.value).toBeNull();
  });

  it("rounds half away from zero, once", () => {
    const zero = { T: 0, A: 0, G: 0, B: 0, S: 0, U: 0, R: 0, H: 0, W: 0, X: 0, busy: 0, workSum: 0, holdSum: 0, answerDelaySum: 0, transferSum: 0 };
    // 1/8 = 12.5 %; 1/16 = 6.25 % → 6.3; 5/2 = 2.5 s → 3; 61/40 = 1.525 min → 1.53 (floating point says 1.52).
    const f = Object.fromEntries(
      computeFigures({ ...zero, T: 16, A: 1, G: 15, S: 15, R: 2, H: 2, holdSum: 5 }).map((x) => [x.key, x]),
    );
    expect(f.automated!.percent).toBe(6.3);
    expect(f.avgHoldSeconds!.value).toBe(3);
    const g = Object.fromEntries(computeFigures({ ...zero, T: 8, A: 1, G: 7, X: 40, transferSum: 3660 }).map((x) => [x.key, x]));
    expect(g.automated!.percent).toBe(12.5);
    expect(g.avgTransferMinutes!.value).toBe(1.53);
  });
});

describe("filters", () => {
  // Records of their own, on days the example leaves empty (2026-10-05 Monday, 2026-10-06 Tuesday, EDT).
  const period = { from: "2026-10-05", to: "2026-10-06" };
  beforeAll(async () => {
    const rows = [
      callRow({ call_number: 700001, started_at: "2026-10-05T15:59:59Z", agent: "ELD", hold_seconds: 5, answer_delay_seconds: 10 }), // 11:59:59
      callRow({ call_number: 700002, started_at: "2026-10-05T16:00:40Z", agent: "mcl", hold_seconds: 20, answer_delay_seconds: 40 }), // 12:00:40
      callRow({ call_number: 700003, started_at: "2026-10-05T16:01:00Z", agent: "Eld", distribution_group: 2 }), // 12:01:00
      callRow({ call_number: 700004, started_at: "2026-10-06T13:00:00Z", account_number: 5202, distribution_group: 1 }), // Tuesday 09:00
      callRow({ call_number: 700005, started_at: "2026-10-06T03:30:00Z", outcome: "abandoned", answer_delay_seconds: null, agent: null }), // Monday 23:30
    ];
    await insert(t.db, rows);
  });

  it("keeps calls between after and before, inclusive to the minute", async () => {
    expect(await total({ ...period })).toBe(5);
    expect(await total({ ...period, before: "12:00" })).toBe(3); // 11:59:59, 12:00:40 and Tuesday 09:00; not 12:01:00 or 23:30
    expect(await total({ ...period, to: "2026-10-05", before: "12:00" })).toBe(2);
    expect(await total({ ...period, to: "2026-10-05", after: "12:00", before: "12:00" })).toBe(1);
    expect(await total({ ...period, to: "2026-10-05", after: "12:01" })).toBe(2); // 12:01:00 and 23:30
    // Past midnight: after 23:00, before 09:00 keeps 23:30 and Tuesday 09:00.
    expect(await total({ ...period, after: "23:00", before: "09:00" })).toBe(2);
  });

  it("keeps one weekday", async () => {
    expect(await total({ ...period, weekday: 1 })).toBe(4);
    expect(await total({ ...period, weekday: 2 })).toBe(1);
    expect(await total({ ...period, weekday: 0 })).toBe(0);
  });

  it("matches the agent without regard to case", async () => {
    expect(await total({ ...period, agent: "eld" })).toBe(3);
    expect(await total({ ...period, agent: "MCL" })).toBe(1);
  });

  it("keeps holds and answer delays above the threshold", async () => {
    expect(await total({ ...period, minHold: 5 })).toBe(1);
    expect(await total({ ...period, minHold: 4 })).toBe(2);
    expect(await total({ ...period, minAnswerDelay: 30 })).toBe(1);
    expect(await total({ ...period, minAnswerDelay: 9 })).toBe(2 + 2); // 10, 40 and the two defaults of 10 s
  });

  it("chooses accounts, billing numbers and groups", async () => {
    expect(await total({ ...period, account: 5202 })).toBe(1);
    expect(await total({ ...period, billing: "120045" })).toBe(5);
    expect(await total({ ...period, includeGroups: [2] })).toBe(1);
    expect(await total({ ...period, excludeGroups: [2] })).toBe(4);
    expect(await total({ ...period, includeGroups: [1], excludeGroups: [1] })).toBe(0);
    expect(await total({ ...period, includeDistribution: [1, 2] })).toBe(2);
    expect(await total({ ...period, excludeDistribution: [0] })).toBe(2);
  });

  it("does not go back past the retention window", async () => {
    // On 2026-12-10, 60 days back is 2026-10-11: October's calls have expired.
    expect(await total({ ...period }, alice, new Date("2026-12-10T12:00:00Z"))).toBe(0);
  });
});

describe("daylight-saving days", () => {
  it("counts both 01:30s of 2026-11-01 as 01:30", async () => {
    await insert(t.db, [
      callRow({ call_number: 710001, started_at: "2026-11-01T05:30:00Z" }), // 01:30 EDT
      callRow({ call_number: 710002, started_at: "2026-11-01T06:30:00Z" }), // 01:30 EST
      callRow({ call_number: 710003, started_at: "2026-11-01T07:30:00Z" }), // 02:30 EST
    ]);
    const day = { from: "2026-11-01", to: "2026-11-01" };
    const result = await statisticsReport.run(ctx(alice), filters({ ...day, after: "01:30", before: "01:30" }));
    expect(result.rows[0]!.value).toBe(2);
    expect(result.totals.charts!.perHour[1]!.count).toBe(2);
    expect(await total({ ...day, after: "02:00", before: "02:59" })).toBe(1);
    expect(await total({ ...day, weekday: 0 })).toBe(4); // Sunday: the three above and the example's one of 15:00Z
  });

  it("finds no call at 02:30 on 2026-03-08, a time that does not exist", async () => {
    await insert(t.db, [
      callRow({ call_number: 720001, started_at: "2026-03-08T06:59:00Z" }), // 01:59 EST
      callRow({ call_number: 720002, started_at: "2026-03-08T07:00:00Z" }), // 03:00 EDT
    ]);
    const march = new Date("2026-03-20T12:00:00Z");
    const day = { from: "2026-03-08", to: "2026-03-08" };
    expect(await total({ ...day }, alice, march)).toBe(2);
    expect(await total({ ...day, after: "02:00", before: "02:59" }, alice, march)).toBe(0);
    expect(await total({ ...day, after: "03:00", before: "03:00" }, alice, march)).toBe(1);
    const result = await statisticsReport.run(ctx(alice, march), filters(day));
    expect(result.totals.charts!.perHour.map((h) => h.count).slice(0, 4)).toEqual([0, 1, 0, 1]);
  });
});
