import { createSignal } from "solid-js";
import type { StoredReport } from "./report-store";

/**
 * What the page on screen shows instead of fresh data, for the banner above it: this device's
 * copy of a report (and when it was fetched), or nothing because those filters were never
 * viewed here. Cleared by a fresh answer and by leaving the page.
 */
export type OfflineView =
  | { kind: "copy"; report: StoredReport; opened: boolean }
  | { kind: "missing"; section: string };

const [view, setView] = createSignal<OfflineView | null>(null);
export const offlineView = view;

/** A copy chosen in "Recently viewed": served to its page's next query of that procedure. */
let opened: { report: StoredReport; route: string } | null = null;

export function showingCopy(report: StoredReport, isOpened = false) {
  const current = view();
  // Several queries of one page at once: the banner gives the oldest of the copies shown.
  if (current?.kind === "copy" && current.report.fetchedAt < report.fetchedAt && !isOpened && !current.opened) return;
  setView({ kind: "copy", report, opened: isOpened });
}

export function showingNothing(section: string) {
  // The last request the user made is the one the banner must answer for.
  setView({ kind: "missing", section });
}

export function showingFresh() {
  if (!opened) setView(null);
}

/** Before navigating to `route`: its page will show `report` instead of asking the server. */
export function openCopy(report: StoredReport, route: string) {
  opened = { report, route };
  setView(null);
}

export function openedCopy(path: string, owner: string): StoredReport | null {
  return opened && opened.report.path === path && opened.report.owner === owner ? opened.report : null;
}

/** The page changed: what the banner said was about the previous one. */
export function leftPage(pathname: string) {
  if (opened && opened.route !== pathname) opened = null;
  if (!opened) setView(null);
}

/** Sign-out, or "show current data": no copy stays chosen. */
export function forgetOpenedCopy() {
  opened = null;
  setView(null);
}
