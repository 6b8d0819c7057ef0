import { describe, expect, it } from "vitest";
import { recordingsFilters } from "../../shared/filters/recordings";
import { statisticsFilters } from "../../shared/filters/statistics";
import { weekdayCodes } from "../../shared/filters/weekday-codes";
import { filtersFromSearch, searchFromFilters, sectionUrl } from "./filters-in-url";

describe("filters in the URL", () => {
  it("reads a recorder link back into checked filters, defaults filled in", () => {
    const f = filtersFromSearch({ period: "recent", agent: "ELD", minMinutes: "2" }, recordingsFilters);
    expect(f).toMatchObject({ period: "recent", agent: "ELD", minMinutes: 2, maxMinutes: 9999, sort: "startedAt" });
  });

  it("keeps the good values of a link with a bad one, and gives up on nonsense", () => {
    expect(filtersFromSearch({ period: "hours3", station: "abc" }, recordingsFilters)).toMatchObject({ period: "hours3" });
    expect(filtersFromSearch({ period: "nonsense" }, recordingsFilters)).toBeUndefined();
    expect(filtersFromSearch({}, recordingsFilters)).toBeUndefined();
  });

  it("writes only what differs from the defaults (no 0 / 9999, no empty values)", () => {
    const f = recordingsFilters.parse({ period: "recent", account: 5201, agent: "" });
    expect(Object.fromEntries(Object.entries(searchFromFilters(f, recordingsFilters)).filter(([, v]) => v !== undefined))).toEqual({
      period: "recent",
      account: "5201",
    });
  });

  it("round-trips the statistics' weekday in words", () => {
    const codecs = {
      weekday: {
        read: (text: string) => weekdayCodes.indexOf(text as (typeof weekdayCodes)[number]),
        write: (value: unknown) => (typeof value === "number" ? weekdayCodes[value] : undefined),
      },
    };
    const f = statisticsFilters.parse({ from: "2026-11-01", to: "2026-11-30", weekday: 1 });
    const search = searchFromFilters(f, statisticsFilters, codecs);
    expect(search.weekday).toBe(weekdayCodes[1]);
    expect(filtersFromSearch(search as Record<string, string>, statisticsFilters, codecs)?.weekday).toBe(1);
  });

  it("builds a section's link from a tRPC input, paging set aside", () => {
    expect(sectionUrl("messages", "/messages", { filters: { from: "2026-11-01", to: "2026-11-30", keyword: "fuite" }, offset: 25 })).toBe(
      "/messages?from=2026-11-01&to=2026-11-30&keyword=fuite",
    );
    expect(sectionUrl("nowhere", "/nowhere", {})).toBe("/nowhere");
  });
});
