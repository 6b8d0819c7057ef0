import { describe, expect, it } from "vitest";
import { fr } from "../../../shared/i18n";
import { summariseFilters } from "./filters-summary";
import { reportKey } from "./report-store";

describe("offline copies: keys and what the banner says of them", () => {
  it("keys a copy by user, procedure and exact input, so users never share one", () => {
    const input = JSON.stringify({ filters: { from: "2026-11-01" }, offset: 0 });
    expect(reportKey("marie", "messages.search", input)).toBe(`marie|messages.search|${input}`);
    expect(reportKey("marie", "messages.search", input)).not.toBe(reportKey("bob", "messages.search", input));
  });

  it("summarises a kept input's filters, paging and defaults left out", () => {
    const input = JSON.stringify({ filters: { from: "2026-11-01", account: 5201, keyword: "" }, offset: 25 });
    const text = summariseFilters(input, fr);
    expect(text).toContain("2026-11-01");
    expect(text).toContain("5201");
    expect(text).not.toContain("25");
    expect(summariseFilters("", fr)).toBe(fr.offline.noFilters);
  });
});
