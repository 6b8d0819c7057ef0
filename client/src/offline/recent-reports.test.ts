import { describe, expect, it } from "vitest";
import { isFirstPage, newestStandIn, recentEntries } from "./recent-reports";
import type { StoredReport } from "./report-store";

const report = (path: string, input: unknown, fetchedAt = "2026-11-24T15:00:00Z"): StoredReport => ({
  key: `o|${path}|${JSON.stringify(input)}`,
  owner: "o",
  section: path.split(".")[0]!,
  path,
  input: JSON.stringify(input),
  data: null,
  fetchedAt,
});
const today = { period: "custom", from: "2026-11-24T00:00", to: "2026-11-24T23:59", account: 5201 };
/** The page's address: enough of it to tell filters apart. */
const route = (r: StoredReport) => `/${r.section}?${JSON.stringify({ ...(JSON.parse(r.input) as object), page: undefined, offset: undefined })}`;

describe("isFirstPage", () => {
  it("takes the recorder's first page, given as a page object", () => {
    expect(isFirstPage(report("recordings.search", { ...today, page: { limit: 50, offset: 0 } }))).toBe(true);
    expect(isFirstPage(report("recordings.search", { ...today, page: { limit: 50, offset: 50 } }))).toBe(false);
  });

  it("takes the messages' first page and leaves their 'more' out", () => {
    expect(isFirstPage(report("messages.search", { filters: { from: "2026-11-24", to: "2026-11-24" }, offset: 0 }))).toBe(true);
    expect(isFirstPage(report("messages.search", { filters: { from: "2026-11-24", to: "2026-11-24" }, offset: 25 }))).toBe(false);
  });

  it("takes a report without paging, or on page 1", () => {
    expect(isFirstPage(report("billing.history", { billing: "120045" }))).toBe(true);
    expect(isFirstPage(report("billable.page", { filters: { from: "2026-11-20", to: "2026-11-24" }, offset: 0 }))).toBe(true);
    expect(isFirstPage(report("billable.page", { filters: { from: "2026-11-20", to: "2026-11-24" }, offset: 50 }))).toBe(false);
    expect(isFirstPage({ ...report("account.pages", {}), input: "" })).toBe(true);
  });
});

describe("recentEntries", () => {
  it("lists a recorder search, once, the newest copy", () => {
    const newer = report("recordings.search", { ...today, page: { limit: 100, offset: 0 } }, "2026-11-24T16:00:00Z");
    const older = report("recordings.search", { ...today, page: { limit: 50, offset: 0 } }, "2026-11-24T15:00:00Z");
    const second = report("recordings.search", { ...today, page: { limit: 50, offset: 50 } }, "2026-11-24T15:01:00Z");
    const entries = recentEntries([newer, second, older], route);
    expect(entries.map((e) => e.report)).toEqual([newer]);
  });

  it("lists the statistics once, not once for the figures and once for the charts", () => {
    const filters = { from: "2026-11-01", to: "2026-11-24" };
    const entries = recentEntries(
      [report("statistics.charts", filters), report("statistics.figures", filters), report("statistics.options", undefined)],
      route,
    );
    expect(entries.map((e) => e.report.path)).toEqual(["statistics.figures"]);
  });

  it("keeps different searches apart, and leaves out what has no address", () => {
    const a = report("messages.search", { filters: { from: "2026-11-24", to: "2026-11-24" }, offset: 0 });
    const b = report("messages.search", { filters: { from: "2026-11-23", to: "2026-11-24" }, offset: 0 });
    const entries = recentEntries([a, b, report("nowhere.x", {})], (r) => (r.section === "nowhere" ? null : route(r)));
    expect(entries.map((e) => e.report)).toEqual([a, b]);
  });
});

describe("newestStandIn", () => {
  it("is the newest first page of the procedure, never another message for a message's address", () => {
    const newest = report("recordings.search", { ...today, page: { limit: 50, offset: 0 } }, "2026-11-24T16:00:00Z");
    const later = report("recordings.search", { ...today, page: { limit: 50, offset: 50 } }, "2026-11-24T17:00:00Z");
    const older = report("recordings.search", { period: "hour1", page: { limit: 50, offset: 0 } }, "2026-11-24T15:00:00Z");
    expect(newestStandIn([later, newest, older], "recordings.search")).toBe(newest);
    expect(newestStandIn([report("messages.byId", { messageId: 1 })], "messages.byId")).toBeUndefined();
    expect(newestStandIn([newest], "statistics.figures")).toBeUndefined();
  });
});
