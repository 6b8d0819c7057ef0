import { describe, expect, it } from "vitest";
import { z } from "zod";
import { fromWithinWindow } from "./filters/within-window";
import { firstKeptDay, retentionStart } from "./retention-window";

const zone = "America/Toronto";

describe("the retention window", () => {
  it("starts at local midnight N days back, whatever the hour and across the clock change", () => {
    // 2026-12-01 00:10 local: 60 days back is 2026-10-02 (EDT, −04:00), not "now − 60 × 24 h".
    const clock = { timeZone: zone, retentionDays: 60, now: new Date("2026-12-01T05:10:00Z") };
    expect(firstKeptDay(clock)).toBe("2026-10-02");
    expect(retentionStart(clock).toISOString()).toBe("2026-10-02T04:00:00.000Z");
    const lateEvening = { ...clock, now: new Date("2026-12-02T04:50:00Z") }; // Dec 1, 23:50 local
    expect(retentionStart(lateEvening).toISOString()).toBe("2026-10-02T04:00:00.000Z");
  });

  it("refuses a period starting before it, on `from`, and nothing else", () => {
    const schema = fromWithinWindow(z.object({ from: z.string(), to: z.string() }), "2026-10-02");
    expect(schema.safeParse({ from: "2026-10-02", to: "2026-10-03" }).success).toBe(true);
    expect(schema.safeParse({ from: "2026-10-02T00:00", to: "2026-10-03" }).success).toBe(true);
    const refused = schema.safeParse({ from: "2026-10-01T23:59", to: "2026-10-03" });
    expect(refused.error?.issues.map((i) => [i.path, i.message])).toEqual([[["from"], "beforeWindow"]]);
  });
});
