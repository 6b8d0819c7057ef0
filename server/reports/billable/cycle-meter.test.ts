import fc from "fast-check";
import { sql } from "kysely";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDatabase, type TestDatabase } from "../../../db/testing/test-database";
import {
  type BillingCycle,
  cycleContaining,
  cycleInstants,
  cycleLength,
  daysBetween,
  previousCycle,
  sameMomentPreviousCycle,
} from "../../../shared/billing-cycle";
import { addDays, startOfDay, toLocal } from "../../../shared/time-zone";
import type { Access } from "../../access";
import { seedTwoCompanies } from "../../testing/fixtures";
import type { ReportContext } from "../report-definition";
import { type CycleDay, type CycleMeter, cycleMeter } from "./cycle-meter";

let t: TestDatabase;
let alice: Access;
let bob: Access;
const DAY = 86_400_000;
const QUARTER = 15 * 60_000;

beforeAll(async () => {
  t = await createTestDatabase();
  ({ alice, bob } = (await seedTwoCompanies(t.db)).access);
});
afterAll(() => t.drop());

/** The meter before the rollup: every billed call of the two cycles grouped by local day. */
async function fromRows(ctx: ReportContext, account?: number): Promise<CycleMeter> {
  const local = toLocal(ctx.now, ctx.timeZone);
  const current = cycleContaining(local.date);
  const previous = previousCycle(current);
  const sameMoment = sameMomentPreviousCycle(ctx.timeZone, ctx.now);
  const accounts =
    account === undefined ? ctx.access.accountNumbers : ctx.access.accountNumbers.filter((n) => n === account);
  const found =
    accounts.length === 0
      ? []
      : (
          await sql<{ day: string; calls: string; seconds: string; callsBefore: string; secondsBefore: string }>`
            select timezone(${ctx.timeZone}, at)::date as day, count(*) as calls,
              coalesce(sum(stat_seconds), 0) as seconds,
              count(*) filter (where at < ${sameMoment}) as "callsBefore",
              coalesce(sum(stat_seconds) filter (where at < ${sameMoment}), 0) as "secondsBefore"
            from billable_calls
            where account_number in (${sql.join(accounts)})
              and at >= ${cycleInstants(previous, ctx.timeZone).from} and at < ${cycleInstants(current, ctx.timeZone).to}
            group by 1 order by 1`.execute(ctx.db)
        ).rows;
  const byDay = new Map(found.map((r) => [r.day, r]));
  const days = (cycle: BillingCycle, count: number, before: boolean): CycleDay[] =>
    Array.from({ length: count }, (_, i) => {
      const date = addDays(cycle.start, i);
      const r = byDay.get(date);
      return {
        date,
        calls: Number((before ? r?.callsBefore : r?.calls) ?? 0),
        statSeconds: Number((before ? r?.secondsBefore : r?.seconds) ?? 0),
      };
    });
  const elapsed = daysBetween(current.start, local.date) + 1;
  const currentDays = days(current, elapsed, false);
  const previousDays = days(previous, Math.min(elapsed, cycleLength(previous)), true);
  const sum = (list: CycleDay[], key: "calls" | "statSeconds") => list.reduce((s, d) => s + d[key], 0);
  return {
    current: { ...current, calls: sum(currentDays, "calls"), statSeconds: sum(currentDays, "statSeconds"), days: currentDays },
    previous: {
      ...previous,
      calls: sum(previousDays, "calls"),
      statSeconds: sum(previousDays, "statSeconds"),
      days: previousDays,
      asOf: sameMoment.toISOString(),
    },
    asOf: ctx.now.toISOString(),
  };
}

const zoneOf = fc.constantFrom("America/Toronto", "Asia/Kathmandu", "Asia/Kolkata");
const ms = (iso: string) => Date.parse(iso);
// `now`: anywhere in four cycles; about a cycle's first local midnight; about Toronto's autumn and
// spring changes, and about the days whose same moment of the previous cycle falls on them.
const nowOf = (zone: string) =>
  fc.oneof(
    fc.integer({ min: ms("2026-10-20T00:00:00Z"), max: ms("2027-01-25T00:00:00Z") }),
    fc
      .record({ month: fc.constantFrom("2026-11-20", "2026-12-20", "2027-01-20", "2027-03-20"), delta: fc.integer({ min: -2 * 3600_000, max: 2 * 3600_000 }) })
      .map(({ month, delta }) => startOfDay(month, zone).getTime() + delta),
    ...["2026-11-01T06:00:00Z", "2026-12-01T06:00:00Z", "2027-03-14T07:00:00Z", "2027-04-11T07:00:00Z"].map((at) =>
      fc.integer({ min: ms(at) - 2 * DAY, max: ms(at) + 2 * DAY }),
    ),
  );
const account = fc.constantFrom(5201, 5202, 6101);
// Calls from a little after `now` back to before the previous cycle: sub-second instants,
// quarter hours (slot edges and every zone's local midnights), and about the same moment.
const callOf = fc.record({
  account_number: account,
  back: fc.oneof(
    fc.integer({ min: -DAY, max: 64 * DAY }).map((n) => ({ from: "now" as const, n })),
    fc.integer({ min: -DAY / QUARTER, max: (64 * DAY) / QUARTER }).map((n) => ({ from: "now" as const, n: n * QUARTER, quarter: true })),
    fc.integer({ min: -2000, max: 2000 }).map((n) => ({ from: "same" as const, n })),
  ),
  stat_seconds: fc.oneof(fc.integer({ min: 0, max: 900 }), fc.constantFrom(0, 1, 59, 3599)),
});

describe("the cycle meter", () => {
  it("gives the very meter the rows grouped by local day give, for any calls, now, accounts and zones", async () => {
    let compared = 0;
    let counted = 0;
    await fc.assert(
      fc.asyncProperty(
        zoneOf.chain((zone) => fc.tuple(fc.constant(zone), nowOf(zone))),
        fc.array(callOf, { minLength: 5, maxLength: 80 }),
        fc.option(account, { nil: undefined }),
        fc.boolean(),
        async ([timeZone, nowMs], calls, chosen, truncate) => {
          const now = new Date(nowMs);
          const same = sameMomentPreviousCycle(timeZone, now).getTime();
          if (truncate) await t.pool.query("truncate billable_calls");
          else await t.db.deleteFrom("billable_calls").execute();
          const rows = calls.map((c, i) => {
            const at =
              c.back.from === "same"
                ? same + c.back.n
                : "quarter" in c.back
                  ? Math.floor((nowMs - c.back.n) / QUARTER) * QUARTER
                  : nowMs - c.back.n;
            return {
              account_number: c.account_number,
              stat_seconds: c.stat_seconds,
              call_number: i + 1,
              at: new Date(at),
              description: "Appel entrant",
              number: "5145550100",
              caller_name: "Client",
              agent: "ELD",
            };
          });
          await t.db.insertInto("billable_calls").values(rows).execute();
          for (const access of [alice, bob]) {
            const ctx: ReportContext = { db: t.db, access, timeZone, retentionDays: 60, now };
            const meter = await cycleMeter(ctx, chosen);
            expect(meter).toEqual(await fromRows(ctx, chosen));
            compared += 1;
            if (meter.current.calls > 0 && meter.previous.calls > 0) counted += 1;
          }
        },
      ),
      { numRuns: 150 },
    );
    // A property that only ever compares zeros proves nothing. About a quarter of the runs have
    // calls in both cycles; a fifth was too close (CI's run had 55 of 300): a tenth still says it.
    expect(counted).toBeGreaterThan(compared / 10);
  }, 180_000);
});
