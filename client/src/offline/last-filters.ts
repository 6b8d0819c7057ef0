import { today } from "../../../shared/time-zone";
import { readCached, writeCached } from "../offline-data";

/**
 * The filters last applied in each section, kept on this device (under `portal.cache.`, so
 * they go at sign-out and when another user signs in), for Home's links: offline, a section
 * opened from Home shows the search this device last made there — a copy it holds — rather
 * than its default, which it may never have fetched. Online, they are used the same day only:
 * the next morning a section opens on its newest data again, as on a first visit.
 */
interface Saved {
  /** The page's query string, without `?`. */
  search: string;
  /** ISO instant it was applied. */
  at: string;
}

const key = (section: string) => `lastFilters.${section}`;

export function rememberFilters(section: string, search: string, now = new Date()): void {
  writeCached(key(section), { search, at: now.toISOString() } satisfies Saved);
}

/** Whether the saved filters still apply: always offline, online only on the day (service's zone) they were applied. */
export function stillApplies(saved: Saved, offline: boolean, zone: string, now = new Date()): boolean {
  return offline || today(zone, new Date(saved.at)) === today(zone, now);
}

/** Home's link to a section: its path with the filters last used there, when they still apply. */
export function lastFiltersUrl(section: string, path: string, offline: boolean, zone: string): string {
  const saved = readCached<Saved>(key(section));
  if (!saved || typeof saved.search !== "string" || typeof saved.at !== "string" || !saved.search) return path;
  return stillApplies(saved, offline, zone) ? `${path}?${saved.search}` : path;
}
