import { describe, expect, it } from "vitest";
import { recordingsFilters, recordingsFiltersWithin, resolvePeriod } from "./recordings";

const zone = "America/Toronto";
const clock = (iso: string) => ({ now: new Date(iso), timeZone: zone, retentionDays: 60 });
const period = (input: object, now: string) => resolvePeriod(recordingsFilters.parse(input), clock(now));
const iso = (p: { start: Date; end: Date }) => [p.start.toISOString(), p.end.toISOString()];

describe("recordings filters: periods", () => {
  it("defaults to a whole local day, 00:00 to 23:59 included", () => {
    expect(iso(period({ from: "2026-11-20T00:00", to: "2026-11-20T23:59" }, "2026-11-20T15:00:00Z"))).toEqual([
      "2026-11-20T05:00:00.000Z",
      "2026-11-21T05:00:00.000Z",
    ]);
  });

  it("counts the hour presets back from now, across midnight", () => {
    // 00:30 local on Nov 21 (05:30 UTC): the previous 3 hours start on Nov 20 at 21:30 local.
    const now = "2026-11-21T05:30:00Z";
    expect(iso(period({ period: "hour1" }, now))).toEqual(["2026-11-21T04:30:00.000Z", now.replace("Z", ".000Z")]);
    expect(period({ period: "hours3" }, now).start.toISOString()).toBe("2026-11-21T02:30:00.000Z");
    expect(period({ period: "hours6" }, now).start.toISOString()).toBe("2026-11-20T23:30:00.000Z");
    expect(period({ period: "hours12" }, now).start.toISOString()).toBe("2026-11-20T17:30:00.000Z");
  });

  it("'recent' is the whole retention window up to now, right after midnight too", () => {
    // 00:05 local on Nov 21: "today" is five minutes old, the recent calls go back 60 days.
    const now = "2026-11-21T05:05:00Z";
    expect(iso(period({ period: "recent" }, now))).toEqual(["2026-09-22T05:05:00.000Z", "2026-11-21T05:05:00.000Z"]);
    expect(recordingsFiltersWithin(clock(now)).safeParse({ period: "recent" }).success).toBe(true);
  });

  it("starts 'since midnight' at the service's midnight, not the server's or UTC's", () => {
    // 23:50 local on Nov 20 is 04:50 UTC on Nov 21: midnight is Nov 20 05:00 UTC.
    expect(period({ period: "sinceMidnight" }, "2026-11-21T04:50:00Z").start.toISOString()).toBe("2026-11-20T05:00:00.000Z");
    // Ten minutes later it is a new local day.
    expect(period({ period: "sinceMidnight" }, "2026-11-21T05:10:00Z").start.toISOString()).toBe("2026-11-21T05:00:00.000Z");
  });

  it("follows the daylight-saving changes", () => {
    // 2026-03-08: clocks jump from 02:00 to 03:00. Since midnight at 04:00 EDT is 3 real hours.
    const spring = period({ period: "sinceMidnight" }, "2026-03-08T08:00:00Z");
    expect(spring.start.toISOString()).toBe("2026-03-08T05:00:00.000Z");
    expect((spring.end.getTime() - spring.start.getTime()) / 3_600_000).toBe(3);
    // The whole spring day is 23 hours, the autumn day (2026-11-01) 25 hours.
    const day = (d: string) => period({ from: `${d}T00:00`, to: `${d}T23:59` }, "2026-11-02T12:00:00Z");
    const hours = (p: { start: Date; end: Date }) => (p.end.getTime() - p.start.getTime()) / 3_600_000;
    expect(hours(day("2026-03-08"))).toBe(23);
    expect(hours(day("2026-11-01"))).toBe(25);
    // The previous 3 hours at 03:30 EDT on the spring day began at 23:30 EST the day before.
    expect(period({ period: "hours3" }, "2026-03-08T07:30:00Z").start.toISOString()).toBe("2026-03-08T04:30:00.000Z");
  });
});

describe("recordings filters: validation", () => {
  const errors = (input: object, now = "2026-11-20T15:00:00Z") => {
    const r = recordingsFiltersWithin(clock(now)).safeParse(input);
    return r.success ? {} : Object.fromEntries(r.error.issues.map((i) => [i.path.join("."), i.message]));
  };
  const day = { from: "2026-11-20T00:00", to: "2026-11-20T23:59" };

  it("accepts the defaults and applies 0–9999 minutes", () => {
    const f = recordingsFilters.parse(day);
    expect(f).toMatchObject({ period: "custom", minMinutes: 0, maxMinutes: 9999, sort: "startedAt", direction: "desc" });
    expect(errors(day)).toEqual({});
  });

  it("puts each mistake on its field, as a message key", () => {
    expect(errors({ ...day, minMinutes: 5, maxMinutes: 2 })).toEqual({ maxMinutes: "maxBelowMin" });
    expect(errors({ ...day, minQuality: 80, maxQuality: 20 })).toEqual({ maxQuality: "maxBelowMin" });
    expect(errors({ from: "2026-11-20T10:00", to: "2026-11-20T09:00" })).toEqual({ to: "endBeforeStart" });
    expect(errors({ ...day, station: Number("abc") })).toEqual({ station: "invalidInteger" });
    expect(errors({ ...day, station: 1.5 })).toEqual({ station: "invalidInteger" });
    expect(errors({ ...day, minQuality: 101 })).toEqual({ minQuality: "outOfRange" });
    expect(errors({ from: "2026-11-31T00:00", to: "2026-11-20T23:59" })).toEqual({ from: "invalidDateTime" });
    expect(errors({ period: "custom" })).toEqual({ from: "required", to: "required" });
  });

  it("refuses a start before the 60-day window", () => {
    expect(errors({ from: "2026-09-01T00:00", to: "2026-11-20T23:59" })).toEqual({ from: "beforeWindow" });
    expect(errors({ from: "2026-09-22T00:00", to: "2026-11-20T23:59" })).toEqual({});
    expect(errors({ period: "hours12" })).toEqual({});
  });

  it("treats empty text as no filter", () => {
    expect(recordingsFilters.parse({ ...day, agent: "  ", callerId: "" })).not.toHaveProperty("agent", expect.anything());
  });
});
