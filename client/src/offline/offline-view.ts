import { createSignal } from "solid-js";
import { isHelper } from "./recent-reports";
import type { StoredReport } from "./report-store";

/**
 * What the page on screen shows instead of fresh data, for the banner above it: this device's
 * copy of a report (and when it was fetched), or nothing because those filters were never
 * viewed here. Tracked per procedure (a page may ask several: a meter beside its report), each
 * replaced by that procedure's latest answer; cleared by leaving the page.
 */
export type OfflineView =
  | { kind: "copy"; report: StoredReport; opened: boolean }
  | { kind: "missing"; section: string };

const [byPath, setByPath] = createSignal<ReadonlyMap<string, OfflineView>>(new Map());

function set(path: string, view: OfflineView | null) {
  setByPath((current) => {
    const next = new Map(current);
    if (view) next.set(path, view);
    else next.delete(path);
    return next;
  });
}

/**
 * One line for the banner: "not viewed" if the page's report is missing, else the oldest copy
 * shown. A helper's copy (the page's choices, its charts) never speaks for the report: its
 * filters are not the report's, and a helper never viewed does not hide a report that was.
 */
export function offlineView(): OfflineView | null {
  const all = [...byPath().entries()];
  const reports = all.filter(([path]) => !isHelper(path)).map(([, view]) => view);
  const views = reports.length > 0 ? reports : all.map(([, view]) => view);
  const missing = views.find((v) => v.kind === "missing");
  if (missing) return missing;
  const copies = views.filter((v): v is Extract<OfflineView, { kind: "copy" }> => v.kind === "copy");
  const opened = copies.find((v) => v.opened);
  if (opened) return opened;
  return copies.sort((a, b) => a.report.fetchedAt.localeCompare(b.report.fetchedAt))[0] ?? null;
}

/** A copy chosen in "Recently viewed" for the page at `route`, until that page asks for its procedure. */
let opened: { report: StoredReport; route: string } | null = null;

export function showingCopy(report: StoredReport, isOpened = false) {
  set(report.path, { kind: "copy", report, opened: isOpened });
}

export function showingNothing(path: string, section: string) {
  set(path, { kind: "missing", section });
}

export function showingFresh(path: string) {
  set(path, null);
}

/** Before navigating to `route`: its page will show `report` instead of asking the server. */
export function openCopy(report: StoredReport, route: string) {
  opened = { report, route };
  setByPath(new Map());
}

/** The chosen copy, once: the page's next query of that procedure; later ones (new filters) ask as usual. */
export function openedCopy(path: string, owner: string): StoredReport | null {
  if (!opened || opened.report.path !== path || opened.report.owner !== owner) return null;
  const { report } = opened;
  opened = null;
  return report;
}

/** Procedures already asked for on the page on screen, and that page's path. */
let asked = new Set<string>();
let askedOn = "";
/**
 * The page being entered, until it is there: the router asks for a new page's data before the
 * address bar changes, so those queries belong to this path, not to `window.location`'s.
 */
let entering: string | null = null;

/** A navigation to `pathname` starts. */
export function enteringPage(pathname: string) {
  entering = pathname;
}

/**
 * Whether this is the page's opening query of `path` (the first since the page was entered):
 * offline, an opening query never viewed with its filters may show the newest copy of that
 * procedure instead — the section's last search on this device — where a search the user then
 * makes is answered for its own filters only.
 */
export function firstAsk(path: string, pathname = entering ?? window.location.pathname): boolean {
  if (pathname !== askedOn) {
    asked = new Set();
    askedOn = pathname;
  }
  if (asked.has(path)) return false;
  asked.add(path);
  return true;
}

/** The page changed: what the banner said was about the previous one. */
export function leftPage(pathname: string) {
  entering = null;
  // Arriving where a copy was opened: its page has yet to ask for it.
  if (opened?.route === pathname) return;
  opened = null;
  // The router tells of a new page once its data has come (a transition): what that page's
  // queries already said about its own section stays; the rest was about the page left.
  const section = pathname.split("/")[1] ?? "";
  setByPath((current) => new Map([...current].filter(([, view]) => sectionOf(view) === section)));
}

function sectionOf(view: OfflineView): string {
  return view.kind === "copy" ? view.report.section : view.section;
}

/** Sign-out, or "show current data": no copy stays chosen. */
export function forgetOpenedCopy() {
  entering = null;
  opened = null;
  setByPath(new Map());
}
