import { describe, expect, it } from "vitest";
import { statisticsFilters } from "../../../shared/filters/statistics";
import { defaultFilters, filtersInput, formValuesOf } from "./form-values";

describe("the statistics form's values", () => {
  it("open on the filters the schema reads from the default form, made without the schema", () => {
    for (const account of [undefined, 5201]) {
      const filters = defaultFilters("2026-11-20", account);
      expect(filters).toEqual(statisticsFilters.parse(filtersInput(formValuesOf(filters))));
      expect(filters).toEqual(statisticsFilters.parse({ from: "2026-11-20", to: "2026-11-20", account }));
    }
  });

  it("show filters read back as the form that gives them", () => {
    const filters = statisticsFilters.parse({ from: "2026-11-01", to: "2026-11-20", weekday: 1, after: "08:00", includeGroups: [2], minHold: 30 });
    expect(statisticsFilters.parse(filtersInput(formValuesOf(filters)))).toEqual(filters);
  });
});
