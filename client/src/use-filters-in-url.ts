import { useLocation, useSearchParams } from "@solidjs/router";
import type { ZodMiniType } from "zod/mini";
import { filtersNamedIn, type SectionFilters, searchFromFilters, sectionUrl } from "./filters-in-url";
import { rememberFilters } from "./offline/last-filters";
import { checkedLink } from "./report/link-checks";
import { type FilterChecks, loadedFilterChecks } from "./report/load-filter-checks";
import type { SectionKey } from "./section-list";
import { useSession } from "./session";

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
  const session = useSession();
  const named = filtersNamedIn(section, params);
  const server = checkedLink(section, useLocation().search);
  const checks = loadedFilterChecks();
  const local = () => (named && checks ? checks.checkLinkFilters(named, schema(checks)) : undefined);
  const checked = (server !== undefined ? (server ?? undefined) : local()) as SectionFilters[K] | undefined;
  const initial = checked && withOwnAccount(checked, session.accounts(), session.currentAccount()?.accountNumber);
  const save = (filters: object) => {
    setParams(searchFromFilters(filters, section), { replace: true });
    rememberFilters(section, sectionUrl(section, "", filters).replace(/^\?/, ""));
  };
  return { initial, save };
}

/**
 * A link naming an account the user does not have (another client's link, one from before an
 * access was withdrawn) has that value dropped, as a bad one is: the page's own account (the
 * header's) stands instead. The server would show nothing of it anyway; the page must not
 * show it as a filter either. On the server's check and on the device's alike.
 */
function withOwnAccount<F extends object>(filters: F, accounts: readonly { accountNumber: number }[], current: number | undefined): F {
  if (!("account" in filters) || typeof filters.account !== "number") return filters;
  const account = filters.account;
  if (accounts.length === 0 || accounts.some((a) => a.accountNumber === account)) return filters;
  return { ...filters, account: current };
}
