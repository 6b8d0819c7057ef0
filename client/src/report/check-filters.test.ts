import { describe, expect, it } from "vitest";
import { billableFilters } from "../../../shared/filters/billable";
import { recordingsFilters } from "../../../shared/filters/recordings";
import { fr } from "../../../shared/i18n";
import { checkFilters } from "./check-filters";
import { fieldMessage } from "./field-message";

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
