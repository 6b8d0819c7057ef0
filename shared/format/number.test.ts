import { describe, expect, it } from "vitest";
import { formatNumber, formatPercent } from "./number";

const nbsp = "\u00a0";

describe("number", () => {
  it("groups and separates decimals per language", () => {
    expect(formatNumber(1234.5, "fr")).toBe(`1${nbsp}234,5`);
    expect(formatNumber(1234.5, "en")).toBe("1,234.5");
    expect(formatNumber(6.5, "fr", 2)).toBe("6,50");
    expect(formatNumber(1.625, "en", 2)).toBe("1.63");
    expect(formatNumber(21.9, "en", 1)).toBe("21.9");
  });

  it("shows percentages", () => {
    expect(formatPercent(0.082, "fr")).toBe(`8,2${nbsp}%`);
    expect(formatPercent(0.082, "en")).toBe("8.2%");
    expect(formatPercent(1, "en", 0)).toBe("100%");
  });
});
