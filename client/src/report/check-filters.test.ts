import { describe, expect, it } from "vitest";
import { billableFilters } from "../../../shared/filters/billable";
import { recordingsFilters } from "../../../shared/filters/recordings";
import { fr } from "../../../shared/i18n";
import { checkFilters, checkLinkFilters, fromWithinWindow, statisticsFilters } from "./check-filters";
import { fieldMessage } from "./field-message";
import { loadedFilterChecks, loadFilterChecks } from "./load-filter-checks";

describe("checking a form before sending it", () => {
  it("gives each field its first problem", () => {
    const checked = checkFilters(billableFilters, { from: "2026-12-31", to: "2026-01-01" });
    expect(checked).toEqual({ ok: false, problems: { to: { key: "endBeforeStart" } } });
  });

  it("says a number is too large, with its limit, rather than 'enter a whole number'", () => {
    const big = checkFilters(recordingsFilters, { period: "recent", maxQuality: 150, station: 12345678901234567890 });
    expect(big.ok).toBe(false);
    if (big.ok) return;
    expect(big.problems.maxQuality).toEqual({ key: "tooLarge", max: 100 });
    expect(big.problems.station?.key).toBe("tooLarge");
    expect(fieldMessage(big.problems.maxQuality!, fr, "fr")).toBe("Ce nombre est trop grand (au plus 100).");
  });

  it("names the oldest date allowed in the retention message", () => {
    expect(fieldMessage({ key: "beforeWindow" }, fr, "fr", "2 octobre 2026")).toBe("Les données remontent au plus au 2 octobre 2026.");
  });

  it("passes good values through the schema", () => {
    expect(checkFilters(billableFilters, { from: "2026-11-20", to: "2026-12-19", account: 5201 })).toEqual({
      ok: true,
      data: { from: "2026-11-20", to: "2026-12-19", account: 5201 },
    });
  });
});

describe("checking a link's filters", () => {
  it("keeps the good values of a link with a bad one", () => {
    expect(checkLinkFilters({ from: "2026-11-01", to: "2026-11-20", weekday: 1, agent: "x".repeat(30) }, statisticsFilters)).toMatchObject({
      from: "2026-11-01",
      weekday: 1,
      agent: "",
    });
  });

  it("gives nothing for a link that cannot make a whole set of filters (the page's defaults then)", () => {
    const within = fromWithinWindow(statisticsFilters, "2026-10-02");
    expect(checkLinkFilters({ from: "2026-01-05", to: "2026-01-09", weekday: 1 }, within)).toBeUndefined();
    expect(checkLinkFilters({ from: "2026-02-30" }, billableFilters)).toBeUndefined();
  });
});

describe("loading the checks", () => {
  it("gives the same module every time, and at once once it is here", async () => {
    expect(loadedFilterChecks()).toBeUndefined();
    const checks = await loadFilterChecks();
    expect(await loadFilterChecks()).toBe(checks);
    expect(loadedFilterChecks()).toBe(checks);
    expect(checks.checkFilters).toBe(checkFilters);
  });
});
