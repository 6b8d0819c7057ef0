import { useLocation, useSearchParams } from "@solidjs/router";
import type { ZodMiniType } from "zod/mini";
import { filtersNamedIn, type SectionFilters, searchFromFilters, sectionUrl } from "./filters-in-url";
import { rememberFilters } from "./offline/last-filters";
import { checkedLink } from "./report/link-checks";
import { type FilterChecks, loadedFilterChecks } from "./report/load-filter-checks";
import type { SectionKey } from "./section-list";

/**
 * For a page: `initial`, the filters its URL names, checked, or `undefined` (use the page's
 * defaults), read once at setup; `save(filters)`, called when the user applies filters, replaces
 * the URL's (no new history entry per search) and is remembered for Home's link to the section
 * (offline/last-filters.ts). Saving needs no schema. Reading does: a URL naming filters has its
 * page set up only once the server has checked them (by the section query's own schema), or,
 * when it could not be reached or refused, once the checks are here and `schema` (the same
 * one, within retention) checks them on the device (app.tsx, report/link-checks.ts); so
 * `initial` is there at setup. Had neither been possible, the page shows its defaults.
 */
export function useFiltersInUrl<K extends SectionKey>(section: K, schema: (checks: FilterChecks) => ZodMiniType) {
  const [params, setParams] = useSearchParams();
  const named = filtersNamedIn(section, params);
  const server = checkedLink(section, useLocation().search);
  const checks = loadedFilterChecks();
  const local = () => (named && checks ? checks.checkLinkFilters(named, schema(checks)) : undefined);
  const initial = (server !== undefined ? (server ?? undefined) : local()) as SectionFilters[K] | undefined;
  const save = (filters: object) => {
    setParams(searchFromFilters(filters, section), { replace: true });
    rememberFilters(section, sectionUrl(section, "", filters).replace(/^\?/, ""));
  };
  return { initial, save };
}

