import { describe, expect, it } from "vitest";
import { stillApplies } from "./last-filters";

const zone = "America/Toronto";

describe("stillApplies", () => {
  const saved = { search: "keyword=fuite", at: "2026-11-24T22:00:00Z" }; // 17:00 in Toronto

  it("offline, the last search applies whenever it was made", () => {
    expect(stillApplies(saved, true, zone, new Date("2026-11-27T15:00:00Z"))).toBe(true);
  });

  it("online, only on the day it was made, in the service's zone", () => {
    expect(stillApplies(saved, false, zone, new Date("2026-11-25T04:59:00Z"))).toBe(true); // 23:59 the same day
    expect(stillApplies(saved, false, zone, new Date("2026-11-25T05:00:00Z"))).toBe(false); // midnight
  });
});
