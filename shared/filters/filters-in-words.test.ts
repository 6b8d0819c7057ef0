import { describe, expect, it } from "vitest";
import { en, fr } from "../i18n";
import { filtersInWords, filtersLine } from "./filters-in-words";

describe("filtersInWords", () => {
  it("says the recorder's period and filters as words, not raw values", () => {
    const input = {
      period: "custom",
      from: "2026-11-24T00:00",
      to: "2026-11-24T23:59",
      account: 5201,
      minMinutes: 0,
      maxMinutes: 9999,
      sort: "startedAt",
      direction: "desc",
      page: { limit: 50, offset: 0 },
    };
    expect(filtersInWords("recordings.search", input, fr, "fr")).toEqual(["2026-11-24 00:00 au 2026-11-24 23:59", "Compte 5201"]);
    expect(filtersInWords("recordings.search", input, en, "en")).toEqual(["2026-11-24 12:00 a.m. to 2026-11-24 11:59 p.m.", "Account 5201"]);
    expect(filtersLine("recordings.search", input, fr, "fr")).not.toMatch(/period|custom|T00|startedAt|limit/);
  });

  it("names a preset period and every other filter chosen", () => {
    const input = { period: "sinceMidnight", agent: "eld", station: 5, minMinutes: 1.5, maxMinutes: 9999, callerId: "514", minQuality: 50 };
    expect(filtersInWords("recordings.search", input, fr, "fr")).toEqual([
      "Depuis minuit",
      "Agent ELD",
      "Station 5",
      "Durée d'au moins 1,5 min",
      "Appelant 514",
      "Qualité d'au moins 50",
    ]);
    expect(filtersInWords("recordings.search", { period: "hour1", minMinutes: 2, maxMinutes: 10 }, en, "en")).toEqual([
      "Previous hour",
      "Duration 2 to 10 min",
    ]);
  });

  it("says the messages' period as their heading does, and the keyword quoted", () => {
    const input = { filters: { from: "2026-11-01", to: "2026-11-24", keyword: "fuite" }, offset: 0 };
    expect(filtersInWords("messages.search", input, fr, "fr")).toEqual([
      "2026-11-01 00:00 au 2026-11-24 23:59",
      "Tous vos comptes",
      "Mot clé « fuite »",
    ]);
    expect(filtersInWords("messages.byId", { messageId: 42 }, en, "en")).toEqual(["Message 42"]);
  });

  it("spells out the billable calls' dates, 1er in French", () => {
    expect(filtersInWords("billable.page", { filters: { from: "2026-12-01", to: "2026-12-19", account: 5201 } }, fr, "fr")).toEqual([
      "Du 1er décembre 2026 au 19 décembre 2026",
      "Compte 5201",
    ]);
    expect(filtersInWords("billing.history", { billing: "120045" }, en, "en")).toEqual(["Billing 120045"]);
  });

  it("says the statistics' period, and hours and weekday only when chosen", () => {
    const plain = { from: "2026-11-01", to: "2026-11-24", includeGroups: [], excludeGroups: [], includeDistribution: [], excludeDistribution: [] };
    expect(filtersInWords("statistics.figures", plain, fr, "fr")).toEqual(["2026-11-01 00:00 au 2026-11-24 23:59", "Tous vos comptes"]);
    expect(filtersInWords("statistics.figures", { ...plain, account: 5201, weekday: 1, after: "08:00", includeGroups: [1, 2] }, en, "en")).toEqual([
      "2026-11-01 12:00 a.m. to 2026-11-24 11:59 p.m.",
      "Account 5201",
      "Calls after: 8:00 a.m. and calls before: 11:59 p.m.",
      "Days of the week: Monday",
      "Include client account group(s): 1, 2",
    ]);
  });

  it("says nothing it cannot read, and the line says so", () => {
    expect(filtersInWords("recordings.search", { period: "nonsense" }, fr, "fr")).toEqual([]);
    expect(filtersInWords("other.thing", {}, fr, "fr")).toEqual([]);
    expect(filtersLine("other.thing", {}, fr, "fr")).toBe(fr.offline.noFilters);
  });
});
