import { describe, expect, it } from "vitest";
import { formatCalendarDate, formatDate, formatDateTime, formatLongDate, formatTime, weekdayName } from "./date-time";

const zone = "America/Toronto";
// 2026-03-08 is the spring change in Toronto: 07:30 UTC is 03:30 EDT, 06:30 UTC is 01:30 EST.
const afternoon = new Date("2026-03-08T19:05:09Z"); // 15:05:09 EDT

describe("date-time", () => {
  it("shows the date in the service's zone, not UTC", () => {
    expect(formatDate("2026-03-09T02:00:00Z", zone)).toBe("2026-03-08");
    expect(formatDate("2026-03-09T02:00:00Z", "UTC")).toBe("2026-03-09");
  });

  it("shows 24-hour times in French, 12-hour in English", () => {
    expect(formatTime(afternoon, "fr", zone)).toBe("15:05");
    expect(formatTime(afternoon, "fr", zone, { seconds: true })).toBe("15:05:09");
    expect(formatTime(afternoon, "en", zone)).toBe("3:05 p.m.");
    expect(formatTime(afternoon, "en", zone, { seconds: true })).toBe("3:05:09 p.m.");
  });

  it("follows the time change", () => {
    expect(formatDateTime("2026-03-08T06:30:00Z", "fr", zone)).toBe("2026-03-08 01:30");
    expect(formatDateTime("2026-03-08T07:30:00Z", "fr", zone)).toBe("2026-03-08 03:30");
    expect(formatDateTime("2026-03-08T07:30:00Z", "en", zone)).toBe("2026-03-08 3:30 a.m.");
  });

  it("spells dates out for headings", () => {
    expect(formatLongDate(afternoon, "fr", zone)).toBe("8 mars 2026");
    expect(formatLongDate(afternoon, "en", zone)).toBe("March 8, 2026");
    expect(formatCalendarDate("2026-12-01", "fr", "long")).toBe("1er décembre 2026");
    expect(formatCalendarDate("2026-12-11", "fr", "long")).toBe("11 décembre 2026");
    expect(formatLongDate("2026-12-01T17:00:00Z", "fr", zone)).toBe("1er décembre 2026");
    expect(formatCalendarDate("2026-12-01", "en", "long")).toBe("December 1, 2026");
    expect(formatCalendarDate("2026-12-01", "en")).toBe("2026-12-01");
  });

  it("names weekdays", () => {
    expect(weekdayName(1, "fr")).toBe("lundi");
    expect(weekdayName(0, "en")).toBe("Sunday");
  });
});
