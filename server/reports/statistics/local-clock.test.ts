import { sql } from "kysely";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDatabase, type TestDatabase } from "../../../db/testing/test-database";
import { localClock, localWindows, multirangeLiteral, offsetSpans } from "./local-clock";

let t: TestDatabase;
beforeAll(async () => (t = await createTestDatabase()));
afterAll(() => t.drop());

const zone = "America/Toronto";
// Around both changes of 2026: 2026-03-08 (spring) and 2026-11-01 (autumn).
const periods = [
  { start: new Date("2026-03-01T05:00:00Z"), end: new Date("2026-03-15T04:00:00Z") },
  { start: new Date("2026-10-25T04:00:00Z"), end: new Date("2026-11-08T05:00:00Z") },
];

/** A seeded generator, so a failure can be replayed. */
function random(seed: number) {
  return () => {
    seed = (seed * 1_103_515_245 + 12_345) % 2 ** 31;
    return seed / 2 ** 31;
  };
}

describe("local clock", () => {
  it("finds the offset changes to the minute", () => {
    expect(offsetSpans(periods[1]!.start, periods[1]!.end, zone)).toEqual([
      { until: new Date("2026-11-01T06:00:00Z"), offsetSeconds: -4 * 3600 },
      { until: null, offsetSeconds: -5 * 3600 },
    ]);
    expect(offsetSpans(periods[0]!.start, periods[0]!.end, zone)[0]!.until).toEqual(new Date("2026-03-08T07:00:00Z"));
  });

  it("reads every instant as PostgreSQL's `at time zone` does, and keeps the same ones in its windows", async () => {
    const next = random(20261125);
    for (const { start, end } of periods) {
      const instants = Array.from({ length: 400 }, () => new Date(start.getTime() + Math.floor(next() * (end.getTime() - start.getTime()))));
      const clock = localClock(start, end, zone);
      const windows = [
        { after: 90, before: 90, weekday: null },
        { after: 120, before: 179, weekday: null },
        { after: 0, before: 1439, weekday: 0 },
        { after: 1320, before: 300, weekday: null },
        { after: Math.floor(next() * 1440), before: Math.floor(next() * 1440), weekday: Math.floor(next() * 7) },
      ];
      for (const w of windows) {
        const ranges = multirangeLiteral(localWindows(start, end, zone, w));
        const { rows } = await sql<{ mismatches: number }>`
          with c as (select unnest(${instants.map((i) => i.toISOString())}::timestamptz[]) as started_at),
          l as (select c.started_at, (c.started_at at time zone ${zone}) as lt,
                  ${clock.minuteOfDay} as minute, ${clock.weekday} as dow, ${clock.hour} as hour from c)
          select count(*) filter (where
            minute <> extract(hour from lt) * 60 + extract(minute from lt)
            or dow <> extract(dow from lt) or hour <> extract(hour from lt)
            or (started_at <@ ${ranges}::tstzmultirange) <> (
              (case when ${w.after}::int <= ${w.before}::int
                then extract(hour from lt) * 60 + extract(minute from lt) between ${w.after} and ${w.before}
                else extract(hour from lt) * 60 + extract(minute from lt) >= ${w.after}
                  or extract(hour from lt) * 60 + extract(minute from lt) <= ${w.before} end)
              and (${w.weekday}::int is null or extract(dow from lt) = ${w.weekday}::int))
          )::int as mismatches from l
        `.execute(t.db);
        expect(rows[0]!.mismatches, JSON.stringify(w)).toBe(0);
      }
    }
  });
});
