import { useSearchParams } from "@solidjs/router";
import type { ZodMiniType } from "zod/mini";
import { filtersNamedIn, type SectionFilters, searchFromFilters, sectionUrl } from "./filters-in-url";
import { rememberFilters } from "./offline/last-filters";
import { type FilterChecks, loadedFilterChecks } from "./report/load-filter-checks";
import type { SectionKey } from "./section-list";

/**
 * For a page: `initial`, the filters its URL names, checked by `schema` (the section's, or its
 * stricter one: within retention), or `undefined` (use the page's defaults), read once at setup;
 * `save(filters)`, called when the user applies filters, replaces the URL's (no new history
 * entry per search) and is remembered for Home's link to the section (offline/last-filters.ts).
 * Saving needs no schema. Reading does: a URL naming filters has its page set up only once the
 * checks are here (app.tsx), so `initial` is there at setup.
 */
export function useFiltersInUrl<K extends SectionKey>(section: K, schema: (checks: FilterChecks) => ZodMiniType) {
  const [params, setParams] = useSearchParams();
  const named = filtersNamedIn(section, params);
  const checks = loadedFilterChecks();
  const initial = (named && checks ? checks.checkLinkFilters(named, schema(checks)) : undefined) as SectionFilters[K] | undefined;
  const save = (filters: object) => {
    setParams(searchFromFilters(filters, section), { replace: true });
    rememberFilters(section, sectionUrl(section, "", filters).replace(/^\?/, ""));
  };
  return { initial, save };
}

