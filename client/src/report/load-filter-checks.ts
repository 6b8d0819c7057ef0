/**
 * The filters' checks (check-filters.ts: zod and every section's schema, about 9 KB gzip),
 * fetched apart from the pages when first needed: a search sent from a form (warmed when the
 * filter panel is first touched, report/FilterPanel.tsx), or a URL naming filters that the
 * server could not check (report/link-checks.ts: offline, from the service worker's copy).
 */
export type FilterChecks = typeof import("./check-filters");

let loaded: FilterChecks | undefined;
let loading: Promise<FilterChecks> | undefined;

export function loadFilterChecks(): Promise<FilterChecks> {
  loading ??= import("./check-filters").then(
    (checks) => (loaded = checks),
    (error: unknown) => {
      // Asked again next time (a file fetched while the network was down).
      loading = undefined;
      throw error;
    },
  );
  return loading;
}

/** The checks, when already here. */
export function loadedFilterChecks(): FilterChecks | undefined {
  return loaded;
}
