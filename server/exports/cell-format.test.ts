import { describe, expect, it } from "vitest";
import { toLocal } from "../../shared/time-zone";
import { wallClock } from "./cell-format";

describe("wallClock", () => {
  // Reading the zone once an hour must never change a cell: every 29 minutes 17 seconds over
  // two years, in zones whose clocks change by an hour, by half an hour (Lord Howe), or never.
  it.each(["America/Toronto", "Europe/Paris", "Australia/Lord_Howe", "Asia/Kathmandu", "UTC"])(
    "reads the wall clock Intl reads, through the changes of time (%s)",
    (zone) => {
      const start = Date.UTC(2025, 0, 1);
      for (let t = start; t < start + 2 * 365 * 86_400_000; t += 1_757_017) {
        const l = toLocal(new Date(t), zone);
        const expected = Date.UTC(l.year, l.month - 1, l.day, l.hour, l.minute, l.second);
        const got = wallClock(new Date(t), zone).getTime();
        if (got !== expected) expect(new Date(got).toISOString()).toBe(new Date(expected).toISOString());
      }
    },
  );
});
