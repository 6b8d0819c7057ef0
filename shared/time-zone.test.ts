import { describe, expect, it } from "vitest";
import { addDays, endOfDay, fromLocal, startOfDay, toLocal } from "./time-zone";

const zone = "America/Toronto";

describe("time zone", () => {
  it("turns local times into instants on ordinary days", () => {
    expect(fromLocal("2026-11-20", "08:28:24", zone).toISOString()).toBe("2026-11-20T13:28:24.000Z");
    expect(fromLocal("2026-07-01", "00:00", zone).toISOString()).toBe("2026-07-01T04:00:00.000Z");
  });

  it("gives a 23-hour day in spring and a 25-hour day in autumn", () => {
    const spring = endOfDay("2026-03-08", zone).getTime() - startOfDay("2026-03-08", zone).getTime();
    const autumn = endOfDay("2026-11-01", zone).getTime() - startOfDay("2026-11-01", zone).getTime();
    expect(spring / 36e5).toBe(23);
    expect(autumn / 36e5).toBe(25);
  });

  it("takes a time skipped in spring as after the change, a repeated one at its first occurrence", () => {
    expect(fromLocal("2026-03-08", "02:30", zone).toISOString()).toBe("2026-03-08T07:30:00.000Z");
    expect(fromLocal("2026-11-01", "01:30", zone).toISOString()).toBe("2026-11-01T05:30:00.000Z");
  });

  it("reads instants back as local parts, both 01:30s of the autumn night alike", () => {
    const a = toLocal(new Date("2026-11-01T05:30:00Z"), zone);
    const b = toLocal(new Date("2026-11-01T06:30:00Z"), zone);
    expect([a.time, b.time]).toEqual(["01:30:00", "01:30:00"]);
    expect(a.weekday).toBe(0);
  });

  it("adds calendar days across month and year ends", () => {
    expect(addDays("2026-12-31", 1)).toBe("2027-01-01");
    expect(addDays("2026-03-01", -1)).toBe("2026-02-28");
  });
});
