import { trpc } from "../api";
import type { SectionKey } from "../section-list";
import { loadedFilterChecks, loadFilterChecks } from "./load-filter-checks";

/**
 * The filters a section page's URL names, checked before the page is set up (a reload, Home's
 * link with the section's last filters, a shared link): by the server (`links.check`), fetched
 * beside the page's code, so that zod and the schemas stay out of the first view; when the
 * server cannot be reached (offline), by the page itself with the checks it then loads (from
 * the service worker's copy). app.tsx waits for `checkLink` under the page's Suspense;
 * use-filters-in-url.ts reads `checkedLink` at the page's setup.
 */

const checked = new Map<string, Record<string, unknown> | null>();
const key = (section: SectionKey, search: string) => `${section}${search}`;

export function checkLink(section: SectionKey, search: string): Promise<unknown> | undefined {
  if (search === "" || checked.has(key(section, search)) || loadedFilterChecks()) return undefined;
  return (async () => {
    const { filtersNamedIn } = await import("../filters-in-url");
    const named = filtersNamedIn(section, Object.fromEntries(new URLSearchParams(search)));
    if (!named) return;
    try {
      const { filters } = await trpc.links.check.query({ section, named: named as Record<string, string | number | null> });
      checked.set(key(section, search), filters as Record<string, unknown> | null);
    } catch {
      await loadFilterChecks();
    }
  })();
}

/** The server's answer for this link: the filters, `null` for none that pass, `undefined` if it was not asked. */
export function checkedLink(section: SectionKey, search: string): Record<string, unknown> | null | undefined {
  return checked.get(key(section, search));
}
