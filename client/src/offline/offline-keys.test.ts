import { describe, expect, it } from "vitest";
import { reportKey } from "./report-store";

describe("offline copies: their keys", () => {
  it("keys a copy by user, procedure and exact input, so users never share one", () => {
    const input = JSON.stringify({ filters: { from: "2026-11-01" }, offset: 0 });
    expect(reportKey("marie", "messages.search", input)).toBe(`marie|messages.search|${input}`);
    expect(reportKey("marie", "messages.search", input)).not.toBe(reportKey("bob", "messages.search", input));
    expect(reportKey("marie", "messages.search", input)).not.toBe(reportKey("marie", "messages.byId", input));
  });
});
