import { describe, expect, it } from "vitest";
import type { ZodMiniType } from "zod/mini";
import { messagesFilters } from "../../shared/filters/messages";
import { recordingsFilters } from "../../shared/filters/recordings";
import { statisticsFilters } from "../../shared/filters/statistics";
import { weekdayCodes } from "../../shared/filters/weekday-codes";
import { filtersNamedIn, searchFromFilters, sectionUrl, type UrlParameter, urlFilters } from "./filters-in-url";
import { accountFilters, billableFilters, billingFilters, checkLinkFilters } from "./report/check-filters";
import type { SectionKey } from "./section-list";

/** The schema each section's URL is read with (a page may add the retention window's check: the same fields). */
const schemas: Record<SectionKey, ZodMiniType> = {
  account: accountFilters,
  recordings: recordingsFilters,
  messages: messagesFilters,
  billing: billingFilters,
  billable: billableFilters,
  statistics: statisticsFilters,
};

interface Def {
  type: string;
  innerType?: ZodMiniType;
  in?: ZodMiniType;
  defaultValue?: unknown;
}
const defOf = (schema: ZodMiniType) => (schema as unknown as { _zod: { def: Def } })._zod.def;

/** A schema's fields as the URL must hold them: how each reads (its optional / default / transform wrappers set aside) and its default. */
function fieldsOf(schema: ZodMiniType): Record<string, Omit<UrlParameter, "codec">> {
  const shape = (schema as unknown as { shape: Record<string, ZodMiniType> }).shape;
  const fields: Record<string, Omit<UrlParameter, "codec">> = {};
  for (const [key, field] of Object.entries(shape)) {
    let def = defOf(field);
    const fallback = def.type === "default" ? def.defaultValue : undefined;
    while (def.innerType || def.in) def = defOf((def.innerType ?? def.in)!);
    // An object (the recorder's page slice) is never in the URL.
    if (def.type === "object") continue;
    fields[key] = { kind: def.type === "number" ? "number" : def.type === "array" ? "list" : "text", default: fallback };
  }
  return fields;
}

const read = (section: SectionKey, params: Record<string, string>) => {
  const named = filtersNamedIn(section, params);
  return named && checkLinkFilters(named, schemas[section]);
};

describe("filters in the URL", () => {
  it("holds each section's schema fields, in their order, with how they read and their defaults", () => {
    for (const section of Object.keys(schemas) as SectionKey[]) {
      const parameters = Object.entries(urlFilters[section]).map(([key, { kind, default: fallback }]) => [key, { kind, default: fallback }]);
      expect(parameters, section).toEqual(Object.entries(fieldsOf(schemas[section])));
    }
  });

  it("reads a recorder link back into checked filters, defaults filled in", () => {
    expect(read("recordings", { period: "recent", agent: "ELD", minMinutes: "2" })).toMatchObject({
      period: "recent",
      agent: "ELD",
      minMinutes: 2,
      maxMinutes: 9999,
      sort: "startedAt",
    });
  });

  it("keeps the good values of a link with a bad one, and gives up on nonsense", () => {
    expect(read("recordings", { period: "hours3", station: "abc" })).toMatchObject({ period: "hours3" });
    expect(read("recordings", { period: "nonsense" })).toBeUndefined();
    expect(filtersNamedIn("recordings", { unrelated: "1" })).toBeUndefined();
  });

  it("reads numbers and lists as numbers, and leaves anything else as text for the schema to refuse", () => {
    expect(filtersNamedIn("statistics", { account: "5201", includeGroups: "1,2", excludeGroups: "", billing: "120045", minHold: "x" })).toEqual({
      account: 5201,
      billing: "120045",
      includeGroups: [1, 2],
      excludeGroups: [],
      minHold: "x",
    });
  });

  it("writes only what differs from the defaults (no 0 / 9999, no empty values)", () => {
    const f = recordingsFilters.parse({ period: "recent", account: 5201, agent: "" });
    expect(Object.fromEntries(Object.entries(searchFromFilters(f, "recordings")).filter(([, v]) => v !== undefined))).toEqual({
      period: "recent",
      account: "5201",
    });
  });

  it("round-trips the statistics' weekday in words", () => {
    const f = statisticsFilters.parse({ from: "2026-11-01", to: "2026-11-30", weekday: 1, includeGroups: [3, 4] });
    const search = searchFromFilters(f, "statistics");
    expect(search.weekday).toBe(weekdayCodes[1]);
    expect(search.includeGroups).toBe("3,4");
    expect(read("statistics", search as Record<string, string>)).toEqual(f);
  });

  it("builds a section's link from a tRPC input, paging set aside", () => {
    expect(sectionUrl("messages", "/messages", { filters: { from: "2026-11-01", to: "2026-11-30", keyword: "fuite" }, offset: 25 })).toBe(
      "/messages?from=2026-11-01&to=2026-11-30&keyword=fuite",
    );
    expect(sectionUrl("recordings", "/recordings", { period: "hours3", page: { limit: 50, offset: 50 } })).toBe("/recordings?period=hours3");
    expect(sectionUrl("nowhere", "/nowhere", {})).toBe("/nowhere");
    expect(sectionUrl("constructor", "/x", {})).toBe("/x");
  });
});
