import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDatabase, type TestDatabase } from "../../../db/testing/test-database";
import { statisticsFilters, type StatisticsFiltersInput } from "../../../shared/filters/statistics";
import type { Access } from "../../access";
import { seedTwoCompanies } from "../../testing/fixtures";
import { callRow } from "../../testing/seed-calls";
import type { ReportContext } from "../report-definition";
import { splitIntoSlots } from "../half-hour-slots";
import { statisticsAggregate } from "./query";

let t: TestDatabase;
let alice: Access;
let bob: Access;
// Around the autumn clock change in Toronto (1 November 2026), so that days of 25 hours are in.
const now = new Date("2026-11-06T17:00:00Z");
const first = Date.parse("2026-10-27T00:00:00Z");
const last = Date.parse("2026-11-06T12:00:00Z");

beforeAll(async () => {
  t = await createTestDatabase();
  ({ alice, bob } = (await seedTwoCompanies(t.db)).access);
});
afterAll(() => t.drop());

const call = fc.record({
  account_number: fc.constantFrom(5201, 5202, 6101),
  // Whole seconds and sub-second instants alike, some on a slot's very edge.
  started_at: fc.oneof(
    fc.integer({ min: first, max: last }),
    fc.integer({ min: first / 1_800_000, max: last / 1_800_000 }).map((n) => n * 1_800_000),
  ),
  kind: fc.constantFrom("in", "in", "in", "out", "disconnect"),
  outcome: fc.constantFrom("answered", "answered", "abandoned", "unanswered", "automated", "busy", null),
  duration_seconds: fc.integer({ min: 0, max: 400 }),
  agent_seconds: fc.integer({ min: 0, max: 300 }),
  answer_delay_seconds: fc.option(fc.integer({ min: 0, max: 90 })),
  hold_seconds: fc.integer({ min: 0, max: 40 }),
  work_seconds: fc.integer({ min: 0, max: 120 }),
  transferred: fc.boolean(),
  transfer_seconds: fc.option(fc.integer({ min: 0, max: 60 })),
  distribution_group: fc.integer({ min: 0, max: 3 }),
  agent: fc.constantFrom("ELD", "MAB", "eld"),
});

const time = fc.tuple(fc.integer({ min: 0, max: 23 }), fc.constantFrom(0, 0, 30, 15, 1, 59)).map(
  ([h, m]) => `${String(h).padStart(2, "0")}:${String(m).padStart(2, "0")}`,
);
const day = (d: number) => new Date(Date.UTC(2026, 9, d)).toISOString().slice(0, 10);
// Mostly absent, so that most filter sets still choose some calls.
const seldom = <T,>(arbitrary: fc.Arbitrary<T>) =>
  fc.oneof({ arbitrary: fc.constant(undefined), weight: 4 }, { arbitrary, weight: 1 });
const groups = seldom(fc.array(fc.integer({ min: 0, max: 3 }), { minLength: 1, maxLength: 2 })).map((g) => g ?? []);
const filters = fc
  .record({
    // A day from 26 October, and a span of up to ten more days.
    days: fc.tuple(fc.integer({ min: 26, max: 37 }), fc.integer({ min: 0, max: 10 })),
    account: seldom(fc.constantFrom(5201, 5202, 6101)),
    billing: seldom(fc.constantFrom("120045", "130077")),
    includeGroups: groups,
    excludeGroups: groups,
    includeDistribution: groups,
    excludeDistribution: groups,
    after: seldom(time),
    before: seldom(time),
    weekday: seldom(fc.integer({ min: 0, max: 6 })).map((d) => d ?? null),
    agent: fc.constantFrom("", "", "", "eld"),
    minHold: fc.constantFrom(0, 0, 0, 5),
    minAnswerDelay: fc.constantFrom(0, 0, 0, 3),
  })
  .map(({ days: [from, span], ...f }): StatisticsFiltersInput => ({ ...f, from: day(from), to: day(Math.min(37, from + span)) }));

describe("the statistics rollup", () => {
  it("gives the very figures the calls give, for any calls, changes and filters", async () => {
    // How many comparisons had calls to count: a property that only ever compares zeros proves nothing.
    let compared = 0;
    let counted = 0;
    await fc.assert(
      fc.asyncProperty(
        fc.array(call, { minLength: 10, maxLength: 60 }),
        fc.array(fc.nat(), { maxLength: 5 }),
        fc.array(filters, { minLength: 1, maxLength: 4 }),
        fc.constantFrom("America/Toronto", "Asia/Kathmandu"),
        async (calls, changed, chosen, timeZone) => {
          // Truncate, insert, then update and delete some: every trigger of the rollup runs.
          await t.db.deleteFrom("calls").execute();
          await t.pool.query("truncate calls");
          const rows = calls.map((c, i) => callRow({ ...c, call_number: i + 1, started_at: new Date(c.started_at) }));
          if (rows.length) await t.db.insertInto("calls").values(rows).execute();
          for (const n of changed.slice(0, 2)) {
            await t.db.updateTable("calls").set({ outcome: "abandoned", distribution_group: 2 }).where("call_number", "=", (n % 60) + 1).execute();
          }
          for (const n of changed.slice(2)) await t.db.deleteFrom("calls").where("call_number", "=", (n % 60) + 1).execute();
          for (const input of chosen) {
            for (const access of [alice, bob]) {
              const ctx: ReportContext = { db: t.db, access, timeZone, retentionDays: 60, now };
              const parsed = statisticsFilters.parse(input);
              const [fromRollup] = (await statisticsAggregate(ctx, parsed).execute(t.db)).rows;
              const [fromCalls] = (await statisticsAggregate(ctx, parsed, { rollup: false }).execute(t.db)).rows;
              expect(fromRollup).toEqual(fromCalls);
              compared += 1;
              if (fromCalls!.T + fromCalls!.busy + fromCalls!.workSum > 0) counted += 1;
            }
          }
        },
      ),
      { numRuns: 40 },
    );
    // Bob sees one account of three, so about a half of the comparisons count calls; a fifth is the floor.
    expect(counted).toBeGreaterThan(compared / 5);
  }, 120_000);

  it("reads whole slots from the rollup and only the partial slots' calls", () => {
    const at = (s: string) => new Date(`2026-11-02T${s}Z`);
    expect(splitIntoSlots([{ from: at("08:00:00"), to: at("17:31:00") }])).toEqual({
      whole: [{ from: at("08:00:00"), to: at("17:30:00") }],
      partial: [{ from: at("17:30:00"), to: at("17:31:00") }],
    });
    expect(splitIntoSlots([{ from: at("08:15:00"), to: at("08:20:00") }])).toEqual({
      whole: [],
      partial: [{ from: at("08:15:00"), to: at("08:20:00") }],
    });
    expect(splitIntoSlots([{ from: at("08:15:00"), to: at("09:45:00") }])).toEqual({
      whole: [{ from: at("08:30:00"), to: at("09:30:00") }],
      partial: [
        { from: at("08:15:00"), to: at("08:30:00") },
        { from: at("09:30:00"), to: at("09:45:00") },
      ],
    });
  });
});
