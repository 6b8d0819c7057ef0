import { forgetDevice } from "./offline/device-owner";

/**
 * What this device keeps for offline use besides the precached app shell. Signing out calls
 * `clearOfflineData()`, which removes every copy: localStorage entries under `portal.cache.`
 * (and the cached `session.me`), and every Cache Storage cache except Workbox's precache of
 * the app itself, kept recordings included), and the report copies in IndexedDB. Sections
 * that keep data offline store it under these names.
 */
export const cachePrefix = "portal.cache.";

export async function clearOfflineData(): Promise<void> {
  await forgetDevice();
  try {
    for (const key of Object.keys(localStorage)) {
      if (key.startsWith(cachePrefix)) localStorage.removeItem(key);
    }
  } catch {
    // localStorage unavailable: nothing was kept there.
  }
  if (typeof caches !== "undefined") {
    for (const name of await caches.keys()) {
      if (!name.startsWith("workbox-precache")) await caches.delete(name);
    }
  }
}

/** Reads a JSON value kept for offline use, or undefined. */
export function readCached<T>(key: string): T | undefined {
  try {
    const text = localStorage.getItem(cachePrefix + key);
    return text === null ? undefined : (JSON.parse(text) as T);
  } catch {
    return undefined;
  }
}

/** Keeps a JSON value for offline use (silently skipped when storage is full or blocked). */
export function writeCached(key: string, value: unknown): void {
  try {
    localStorage.setItem(cachePrefix + key, JSON.stringify(value));
  } catch {
    // Quota or privacy mode: offline reading degrades, nothing breaks.
  }
}
