import fc from "fast-check";
import { sql } from "kysely";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDatabase, type TestDatabase } from "../../../db/testing/test-database";
import { upsertRows } from "../../../db/import/upsert";
import { applyRetention } from "../../retention/retention";
import { addDays, endOfDay, startOfDay } from "../../../shared/time-zone";
import type { Access } from "../../access";
import { seedTwoCompanies } from "../../testing/fixtures";
import type { ReportContext } from "../report-definition";
import { billableCalls } from "./query";
import * as migration from "../../../db/migrations/2026-12-01-14-02-billable-rollup";

let t: TestDatabase;
let alice: Access;
let bob: Access;
// Around the autumn clock change in Toronto (1 November 2026), so that days of 25 hours are in.
const now = new Date("2026-11-06T17:00:00Z");
const first = Date.parse("2026-09-01T00:00:00Z");
const last = Date.parse("2026-11-06T12:00:00Z");
const QUARTER = 15 * 60_000;

beforeAll(async () => {
  t = await createTestDatabase();
  ({ alice, bob } = (await seedTwoCompanies(t.db)).access);
});
afterAll(() => t.drop());

const account = fc.constantFrom(5201, 5202, 6101);
// Sub-second instants, and quarter hours: slot edges, and the local midnights of every zone below.
const instant = fc.oneof(
  fc.integer({ min: first, max: last }),
  fc.integer({ min: first / QUARTER, max: last / QUARTER }).map((n) => n * QUARTER),
);
const billed = fc.record({
  account_number: account,
  at: instant,
  stat_seconds: fc.oneof(fc.integer({ min: 0, max: 900 }), fc.constantFrom(0, 1, 59, 3599)),
});
const change = fc.oneof(
  fc.record({ kind: fc.constant("update" as const), call: fc.nat(), at: fc.option(instant), seconds: fc.option(fc.nat({ max: 900 })), account: fc.option(account) }),
  fc.record({ kind: fc.constant("delete" as const), call: fc.nat() }),
  // The import's upsert: a new call, or another version of one (insert … on conflict do update).
  fc.record({ kind: fc.constant("upsert" as const), call: fc.nat(), row: billed }),
  fc.record({ kind: fc.constant("purge" as const) }),
);
const day = (d: number) => addDays("2026-09-01", d);
const filters = fc
  .record({ from: fc.integer({ min: 0, max: 66 }), span: fc.integer({ min: 0, max: 40 }), account: fc.option(account, { nil: undefined }) })
  .map(({ from, span, account }) => ({ from: day(from), to: day(Math.min(66, from + span)), account }));

/** What the totals were before the rollup: one aggregate over the rows, in the same snapshot. */
async function fromRows(ctx: ReportContext, accounts: number[], from: Date, to: Date) {
  const { rows } = await sql<{ calls: number; seconds: number; totalMinutes: string; averageMinutes: string }>`
    select count(*) as calls, coalesce(sum(stat_seconds), 0) as seconds,
      coalesce(round(sum(stat_seconds) / 60.0, 2), 0.00) as "totalMinutes",
      coalesce(round(avg(stat_seconds) / 60.0, 2), 0.00) as "averageMinutes"
    from billable_calls where account_number = any(${accounts}::int[]) and at >= ${from} and at < ${to}`.execute(ctx.db);
  return { ...rows[0]!, calls: Number(rows[0]!.calls), seconds: Number(rows[0]!.seconds) };
}

describe("the billable rollup", () => {
  it("gives the very totals the rows give, for any billed calls, changes, periods, accounts and zones", async () => {
    // A property that only ever compares zeros proves nothing.
    let compared = 0;
    let counted = 0;
    await fc.assert(
      fc.asyncProperty(
        fc.array(billed, { minLength: 5, maxLength: 60 }),
        fc.array(change, { maxLength: 8 }),
        fc.array(filters, { minLength: 1, maxLength: 4 }),
        fc.constantFrom("America/Toronto", "Asia/Kathmandu", "Asia/Kolkata"),
        fc.boolean(),
        async (calls, changes, chosen, timeZone, truncate) => {
          // Truncate or delete, insert, then update, delete, upsert and purge: every trigger runs.
          if (truncate) await t.pool.query("truncate billable_calls");
          else await t.db.deleteFrom("billable_calls").execute();
          const row = (c: { account_number: number; at: number; stat_seconds: number }, n: number) => ({
            ...c,
            call_number: n,
            at: new Date(c.at),
            description: "Appel entrant",
            number: "5145550100",
            caller_name: "Client",
            agent: "ELD",
          });
          await t.db.insertInto("billable_calls").values(calls.map((c, i) => row(c, i + 1))).execute();
          for (const c of changes) {
            if (c.kind === "update") {
              await t.db
                .updateTable("billable_calls")
                .set({
                  // An update that changes no column still fires the triggers: it sets a column to itself.
                  stat_seconds: c.seconds === null ? sql<number>`stat_seconds` : c.seconds,
                  ...(c.at === null ? {} : { at: new Date(c.at) }),
                  ...(c.account === null ? {} : { account_number: c.account }),
                })
                // Some updates touch several rows at once, some none.
                .where("call_number", "in", [(c.call % 70) + 1, ((c.call >> 3) % 70) + 1])
                .execute();
            } else if (c.kind === "delete") {
              await t.db.deleteFrom("billable_calls").where("call_number", "=", (c.call % 70) + 1).execute();
            } else if (c.kind === "upsert") {
              // Call numbers stay unique across accounts, so that an update's new account never meets its key.
              const n = (c.call % 70) + 1;
              const held = await t.db.selectFrom("billable_calls").select("account_number").where("call_number", "=", n).executeTakeFirst();
              await upsertRows(t.db, "billable_call", [row({ ...c.row, account_number: held?.account_number ?? c.row.account_number }, n)]);
            } else {
              await applyRetention(t.db, { retentionDays: 45, timeZone, recordingsDir: "/nonexistent", now });
            }
          }
          for (const input of chosen) {
            for (const access of [alice, bob]) {
              const ctx: ReportContext = { db: t.db, access, timeZone, retentionDays: 60, now };
              const { rows, totals } = await billableCalls(ctx, input);
              // A period wholly before the retention window is refused upstream; nothing to compare.
              if (input.to < totals.from) continue;
              const accounts = input.account === undefined ? access.accountNumbers : access.accountNumbers.filter((n) => n === input.account);
              const expected =
                accounts.length === 0
                  ? { calls: 0, seconds: 0, totalMinutes: "0.00", averageMinutes: "0.00" }
                  : await fromRows(ctx, accounts, startOfDay(totals.from, timeZone), endOfDay(input.to, timeZone));
              expect({ calls: totals.calls, seconds: totals.statSeconds, totalMinutes: totals.totalMinutes, averageMinutes: totals.averageMinutes }).toEqual(expected);
              // The export's rows (every one) are what the totals count.
              expect(rows.length).toBe(totals.calls);
              expect(rows.reduce((s, r) => s + r.statSeconds, 0)).toBe(totals.statSeconds);
              compared += 1;
              if (totals.calls > 0) counted += 1;
            }
          }
        },
      ),
      { numRuns: 60 },
    );
    expect(counted).toBeGreaterThan(compared / 5);
  }, 180_000);

  it("is backfilled by its migration to what the triggers keep", async () => {
    const slots = async () =>
      (await sql`select * from billable_call_slots order by account_number, slot`.execute(t.db)).rows;
    await t.pool.query("truncate billable_calls");
    const rows = fc.sample(billed, { numRuns: 300, seed: 14 }).map((c, i) => ({
      ...c,
      call_number: i + 1,
      at: new Date(c.at),
      description: "Appel entrant",
      number: "5145550100",
      caller_name: "Client",
      agent: "ELD",
    }));
    await t.db.insertInto("billable_calls").values(rows).execute();
    await t.db.deleteFrom("billable_calls").where("call_number", "<", 40).execute();
    const kept = await slots();
    expect(kept.length).toBeGreaterThan(10);
    await migration.down(t.db);
    await migration.up(t.db);
    expect(await slots()).toEqual(kept);
  });
});
