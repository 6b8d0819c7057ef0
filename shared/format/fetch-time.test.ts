import { describe, expect, it } from "vitest";
import { formatFetchTime } from "./fetch-time";

describe("formatFetchTime", () => {
  it("says the day and time in the service's zone, in each language", () => {
    // 18:05 UTC on March 22, 2026 is 14:05 in Toronto (EDT since March 8).
    expect(formatFetchTime("2026-03-22T18:05:00Z", "fr", "America/Toronto")).toBe("22 mars à 14 h 05");
    expect(formatFetchTime("2026-03-22T18:05:00Z", "en", "America/Toronto")).toBe("Mar 22, 2:05 p.m.");
  });

  it("takes the zone's day, not the browser's, around midnight", () => {
    expect(formatFetchTime("2026-01-01T03:30:00Z", "fr", "America/Toronto")).toBe("31 décembre à 22 h 30");
    expect(formatFetchTime("2026-01-01T03:30:00Z", "en", "America/Toronto")).toBe("Dec 31, 10:30 p.m.");
    expect(formatFetchTime("2026-01-01T04:59:00Z", "fr", "America/Vancouver")).toBe("31 décembre à 20 h 59");
  });

  it("writes hours before ten without a leading zero", () => {
    expect(formatFetchTime("2026-11-25T14:07:00Z", "fr", "America/Toronto")).toBe("25 novembre à 9 h 07");
    expect(formatFetchTime("2026-11-25T14:07:00Z", "en", "America/Toronto")).toBe("Nov 25, 9:07 a.m.");
  });
});

describe("formatFetchTime on the first of a month", () => {
  it("writes 1er in French", () => {
    expect(formatFetchTime("2026-12-01T14:00:00Z", "fr", "America/Toronto")).toBe("1er décembre à 9 h 00");
    expect(formatFetchTime("2026-12-01T14:00:00Z", "en", "America/Toronto")).toBe("Dec 1, 9:00 a.m.");
  });
});
