import { describe, expect, it } from "vitest";
import { formatFigurePercent, formatFigureValue } from "./statistics-format";

const nbsp = "\u00a0";

describe("statistics-format", () => {
  it("shows percentages with one decimal, 100 without, and nothing for a zero denominator", () => {
    expect(formatFigurePercent(8.2, "en")).toBe("8.2%");
    expect(formatFigurePercent(8.2, "fr")).toBe(`8,2${nbsp}%`);
    expect(formatFigurePercent(0, "en")).toBe("0.0%");
    expect(formatFigurePercent(100, "en")).toBe("100%");
    expect(formatFigurePercent(82, "en")).toBe("82.0%");
    expect(formatFigurePercent(null, "fr")).toBe("");
  });

  it("shows means with their decimals", () => {
    expect(formatFigureValue({ kind: "seconds1", value: 31 }, "en")).toBe("31.0");
    expect(formatFigureValue({ kind: "seconds1", value: 31 }, "fr")).toBe("31,0");
    expect(formatFigureValue({ kind: "minutes2", value: 1.5 }, "en")).toBe("1.50");
    expect(formatFigureValue({ kind: "count", value: 1234 }, "en")).toBe("1,234");
    expect(formatFigureValue({ kind: "seconds0", value: null }, "en")).toBe("");
  });
});
