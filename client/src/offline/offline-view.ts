import { createSignal } from "solid-js";
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

/** One line for the banner: "not viewed" if any part of the page is missing, else the oldest copy shown. */
export function offlineView(): OfflineView | null {
  const views = [...byPath().values()];
  const missing = views.find((v) => v.kind === "missing");
  if (missing) return missing;
  const copies = views.filter((v): v is Extract<OfflineView, { kind: "copy" }> => v.kind === "copy");
  const opened = copies.find((v) => v.opened);
  if (opened) return opened;
  return copies.sort((a, b) => a.report.fetchedAt.localeCompare(b.report.fetchedAt))[0] ?? null;
}

/** A copy chosen in "Recently viewed", until its page asks for that procedure. */
let opened: { report: StoredReport; route: string } | null = null;
/** The route a copy was opened for, until the app has arrived there. */
let openedRoute: string | null = null;

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
  openedRoute = route;
  setByPath(new Map());
}

/** The chosen copy, once: the page's next query of that procedure; later ones (new filters) ask as usual. */
export function openedCopy(path: string, owner: string): StoredReport | null {
  if (!opened || opened.report.path !== path || opened.report.owner !== owner) return null;
  const { report } = opened;
  opened = null;
  return report;
}

/** The page changed: what the banner said was about the previous one. */
export function leftPage(pathname: string) {
  if (openedRoute === pathname) {
    // Arriving where a copy was opened: its page may already show it.
    openedRoute = null;
    return;
  }
  opened = null;
  openedRoute = null;
  setByPath(new Map());
}

/** Sign-out, or "show current data": no copy stays chosen. */
export function forgetOpenedCopy() {
  opened = null;
  openedRoute = null;
  setByPath(new Map());
}
