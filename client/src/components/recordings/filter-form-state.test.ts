import { describe, expect, it } from "vitest";
import { recordingsFilters } from "../../../../shared/filters/recordings";
import { initialFilters, initialForm, toFilters } from "./filter-form-state";

describe("the recorder's first search", () => {
  it("is the first form as the schema reads it, made without the schema", () => {
    for (const account of [undefined, 5201]) {
      // toEqual: the schema's output also holds the empty filters, as undefined.
      expect(initialFilters(account)).toEqual(recordingsFilters.parse(toFilters(initialForm("2026-11-20", account))));
    }
  });
});
