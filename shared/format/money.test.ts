import { describe, expect, it } from "vitest";
import { formatMoney } from "./money";

const nbsp = "\u00a0";

describe("money", () => {
  it("formats as the manual's readers expect", () => {
    expect(formatMoney("1234.56", "fr")).toBe(`1${nbsp}234,56${nbsp}$`);
    expect(formatMoney("1234.56", "en")).toBe("$1,234.56");
    expect(formatMoney("0.00", "fr")).toBe(`0,00${nbsp}$`);
    expect(formatMoney("-75.5", "en")).toBe("-$75.50");
    expect(formatMoney("-75.5", "fr")).toBe(`-75,50${nbsp}$`);
    expect(formatMoney("12", "en")).toBe("$12.00");
    expect(formatMoney(".5", "en")).toBe("$0.50");
  });

  it("agrees with Intl for ordinary amounts", () => {
    for (const s of ["0.01", "999.99", "1000.00", "-1234567.89", "100000.10", "42.00"]) {
      for (const [locale, tag] of [["fr", "fr-CA"], ["en", "en-CA"]] as const) {
        const intl = new Intl.NumberFormat(tag, { style: "currency", currency: "CAD" }).format(Number(s));
        expect(formatMoney(s, locale)).toBe(intl);
      }
    }
  });

  it("is exact beyond floating point", () => {
    expect(formatMoney("90071992547409931.07", "en")).toBe("$90,071,992,547,409,931.07");
    expect(formatMoney("0.105", "en")).toBe("$0.11");
    expect(formatMoney("-0.004", "en")).toBe("$0.00");
  });

  it("rejects what is not an amount", () => {
    expect(() => formatMoney("12,50", "fr")).toThrow();
    expect(() => formatMoney("", "en")).toThrow();
    expect(() => formatMoney("1e3", "en")).toThrow();
  });
});
