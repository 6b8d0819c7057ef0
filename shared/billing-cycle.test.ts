import { describe, expect, it } from "vitest";
import {
  currentCycle,
  cycleContaining,
  cycleInstants,
  cycleLength,
  previousCycle,
  sameMomentPreviousCycle,
} from "./billing-cycle";
import { fromLocal } from "./time-zone";

const zone = "America/Toronto";

describe("billing cycle", () => {
  it("runs from the 20th to the 19th of the next month", () => {
    expect(cycleContaining("2026-11-25")).toEqual({ start: "2026-11-20", end: "2026-12-19" });
    expect(cycleContaining("2026-11-20")).toEqual({ start: "2026-11-20", end: "2026-12-19" });
    expect(cycleContaining("2026-11-19")).toEqual({ start: "2026-10-20", end: "2026-11-19" });
    expect(cycleContaining("2026-11-01")).toEqual({ start: "2026-10-20", end: "2026-11-19" });
  });

  it("crosses the year end both ways", () => {
    expect(cycleContaining("2026-12-31")).toEqual({ start: "2026-12-20", end: "2027-01-19" });
    expect(cycleContaining("2027-01-19")).toEqual({ start: "2026-12-20", end: "2027-01-19" });
    expect(cycleContaining("2027-01-05")).toEqual({ start: "2026-12-20", end: "2027-01-19" });
    expect(cycleContaining("2026-01-10")).toEqual({ start: "2025-12-20", end: "2026-01-19" });
    expect(previousCycle({ start: "2027-01-20", end: "2027-02-19" })).toEqual({ start: "2026-12-20", end: "2027-01-19" });
    expect(previousCycle({ start: "2026-12-20", end: "2027-01-19" })).toEqual({ start: "2026-11-20", end: "2026-12-19" });
  });

  it("has the month's length, February included", () => {
    expect(cycleLength({ start: "2026-02-20", end: "2026-03-19" })).toBe(28);
    expect(cycleLength({ start: "2028-02-20", end: "2028-03-19" })).toBe(29);
    expect(cycleLength({ start: "2026-01-20", end: "2026-02-19" })).toBe(31);
  });

  it("switches at local midnight of the 20th, across the autumn change (Nov 1, 2026)", () => {
    const cycle = cycleContaining("2026-11-01");
    expect(cycle).toEqual({ start: "2026-10-20", end: "2026-11-19" });
    const { from, to } = cycleInstants(cycle, zone);
    // 2026-10-20 00:00 EDT (UTC-4) … 2026-11-20 00:00 EST (UTC-5).
    expect(from.toISOString()).toBe("2026-10-20T04:00:00.000Z");
    expect(to.toISOString()).toBe("2026-11-20T05:00:00.000Z");
    // The cycle is 31 days and one hour long: the clocks went back.
    expect(to.getTime() - from.getTime()).toBe((31 * 24 + 1) * 3_600_000);
    const last = fromLocal("2026-11-19", "23:59:59", zone);
    const first = fromLocal("2026-11-20", "00:00:00", zone);
    expect(currentCycle(zone, last)).toEqual(cycle);
    expect(currentCycle(zone, first)).toEqual({ start: "2026-11-20", end: "2026-12-19" });
    expect(last.getTime() < to.getTime() && first.getTime() >= to.getTime()).toBe(true);
  });

  it("switches at local midnight of the 20th, across the spring change (Mar 8, 2026)", () => {
    const cycle = { start: "2026-02-20", end: "2026-03-19" };
    expect(cycleContaining("2026-03-08")).toEqual(cycle);
    const { from, to } = cycleInstants(cycle, zone);
    expect(from.toISOString()).toBe("2026-02-20T05:00:00.000Z");
    expect(to.toISOString()).toBe("2026-03-20T04:00:00.000Z");
    expect(to.getTime() - from.getTime()).toBe((28 * 24 - 1) * 3_600_000);
    expect(currentCycle(zone, fromLocal("2026-03-19", "23:59:59", zone))).toEqual(cycle);
    expect(currentCycle(zone, new Date("2026-03-20T03:59:59Z"))).toEqual(cycle);
    expect(currentCycle(zone, new Date("2026-03-20T04:00:00Z"))).toEqual({ start: "2026-03-20", end: "2026-04-19" });
  });

  it("switches at local midnight across the year end, not at UTC midnight", () => {
    // 2026-12-20 00:00 in Toronto is 05:00 UTC: at 04:59 UTC it is still the 19th there.
    expect(currentCycle(zone, new Date("2026-12-20T04:59:59Z"))).toEqual({ start: "2026-11-20", end: "2026-12-19" });
    expect(currentCycle(zone, new Date("2026-12-20T05:00:00Z"))).toEqual({ start: "2026-12-20", end: "2027-01-19" });
    expect(currentCycle(zone, new Date("2027-01-20T04:59:59Z"))).toEqual({ start: "2026-12-20", end: "2027-01-19" });
    expect(currentCycle(zone, new Date("2027-01-20T05:00:00Z"))).toEqual({ start: "2027-01-20", end: "2027-02-19" });
  });

  it("finds the same moment of the previous cycle", () => {
    // 2026-11-25 14:30 local is day 6 of its cycle: the previous cycle's day 6 is Oct 25.
    const now = fromLocal("2026-11-25", "14:30:00", zone);
    expect(sameMomentPreviousCycle(zone, now).toISOString()).toBe(fromLocal("2026-10-25", "14:30:00", zone).toISOString());
    // Day 29 of a 31-day cycle, after a 28-day one: the whole previous cycle.
    const late = fromLocal("2026-04-17", "10:00:00", zone);
    expect(cycleContaining("2026-04-17")).toEqual({ start: "2026-03-20", end: "2026-04-19" });
    expect(sameMomentPreviousCycle(zone, late).toISOString()).toBe("2026-03-20T04:00:00.000Z");
  });
});
