import { trpc } from "../api";
import type { SectionKey } from "../section-list";
import { loadedFilterChecks, loadFilterChecks } from "./load-filter-checks";

/**
 * The filters a section page's URL names, checked before the page is set up (a reload, Home's
 * link with the section's last filters, a shared link): by the server (`links.check`), fetched
 * beside the page's code, so that zod and the schemas stay out of the first view; when the
 * server cannot be reached (offline), is too slow (a weak signal), or refuses, by the page
 * itself with the checks it then loads (offline, from the service worker's copy). app.tsx
 * waits for `checkLink` under the page's Suspense; use-filters-in-url.ts reads `checkedLink` at
 * the page's setup.
 */

/** What a link's check needs: the server's check, and the on-device checks (loaded, or loading). */
type Named = Parameters<typeof trpc.links.check.query>[0]["named"];

export interface LinkCheckParts {
  askServer(section: SectionKey, named: Named): Promise<{ filters?: unknown }>;
  loadChecks(): Promise<unknown>;
  checksLoaded(): boolean;
  /** How long the server's answer is waited for before the page checks the link itself. */
  serverWaitMs: number;
}

export function createLinkChecks(parts: LinkCheckParts) {
  /** The server's answers, by section and query string: the filters, or `null` for none that pass. */
  const answers = new Map<string, Record<string, unknown> | null>();
  /** The checks under way. */
  const pending = new Map<string, Promise<true>>();
  const key = (section: SectionKey, search: string) => `${section}${search}`;

  const ask = async (section: SectionKey, search: string, at: string): Promise<true> => {
    try {
      const { filtersNamedIn } = await import("../filters-in-url");
      const named = filtersNamedIn(section, Object.fromEntries(new URLSearchParams(search)));
      // A stray parameter: the page's defaults, nothing to check.
      if (!named) return true;
      let timer: ReturnType<typeof setTimeout> | undefined;
      const slow = new Promise<never>((_, reject) => (timer = setTimeout(() => reject(new Error("slow")), parts.serverWaitMs)));
      const { filters } = await Promise.race([parts.askServer(section, named as Named), slow]).finally(() =>
        clearTimeout(timer),
      );
      answers.set(at, filters as Record<string, unknown> | null);
    } catch {
      // Not reached, too slow, or it refused: the page checks the link itself. If even the
      // checks cannot be had, it shows its defaults rather than nothing (asked again next visit).
      await parts.loadChecks().catch(() => undefined);
    }
    return true;
  };

  return {
    /**
     * `true` when the page can be set up now; else the one check of this link under way, which
     * resolves to `true` once the page can be (never rejects). The router asks more than once
     * for the same link — a link's hover, the route's preload on arrival, the page's own wait,
     * main.tsx for the first view — and all of them must wait for that same check: a second one
     * started while the first is out would leave the page waiting on a check that has nothing
     * to say.
     */
    checkLink(section: SectionKey, search: string): Promise<true> | true {
      const at = key(section, search);
      if (search === "" || answers.has(at) || parts.checksLoaded()) return true;
      let check = pending.get(at);
      if (!check) {
        check = ask(section, search, at).finally(() => pending.delete(at));
        pending.set(at, check);
      }
      return check;
    },
    /** The server's answer for this link: the filters, `null` for none that pass, `undefined` if it was not asked. */
    checkedLink(section: SectionKey, search: string): Record<string, unknown> | null | undefined {
      return answers.get(key(section, search));
    },
  };
}

export const { checkLink, checkedLink } = createLinkChecks({
  askServer: (section, named) => trpc.links.check.query({ section, named }),
  loadChecks: loadFilterChecks,
  checksLoaded: () => loadedFilterChecks() !== undefined,
  serverWaitMs: 2000,
});
