import { useSearchParams } from "@solidjs/router";
import { filtersFromSearch, type Schema, type SectionFilters, searchFromFilters, sectionUrl, urlFilters } from "./filters-in-url";
import { rememberFilters } from "./offline/last-filters";
import type { SectionKey } from "./section-list";

/**
 * For a page: `initial`, the filters its URL names (or `undefined`: use the page's defaults),
 * read once; `save(filters)`, called when the user applies filters, replaces the URL's (no new
 * history entry per search) and is remembered for Home's link to the section (offline/last-filters.ts).
 * `schema` may be the section's stricter one (within retention).
 */
export function useFiltersInUrl<K extends SectionKey>(section: K, schema?: Schema) {
  const [params, setParams] = useSearchParams();
  const entry = urlFilters[section];
  const initial = filtersFromSearch(params, schema ?? entry.schema, entry.codecs) as SectionFilters[K] | undefined;
  const save = (filters: object) => {
    setParams(searchFromFilters(filters, entry.schema, entry.codecs), { replace: true });
    rememberFilters(section, sectionUrl(section, "", filters).replace(/^\?/, ""));
  };
  return { initial, save };
}
