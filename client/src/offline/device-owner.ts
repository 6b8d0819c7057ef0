import { forgetOpenedCopy } from "./offline-view";
import { ownerOf, recordingsCacheName } from "./offline-owner";
import { pruneReports, removeAllReports, removeOtherOwners } from "./report-store";

/**
 * The device changes hands: when a user's session starts, whatever another user left here
 * (report copies, kept recordings, and the pages' own localStorage copies) goes, and the user's
 * own old copies are pruned; signing out removes everything.
 */
const ownerKey = "portal.offline.owner";
/** The pages' own copies (offline-data.ts); the session's copy of `me` is the new user's already. */
const pageCopies = /^portal\.cache\.(?!me$)/;

export async function adoptDevice(username: string): Promise<void> {
  const hash = ownerOf(username);
  try {
    const previous = localStorage.getItem(ownerKey);
    if (previous !== hash) {
      for (const key of Object.keys(localStorage)) if (pageCopies.test(key)) localStorage.removeItem(key);
      localStorage.setItem(ownerKey, hash);
    }
  } catch {
    // Storage blocked: nothing was kept there.
  }
  try {
    await removeOtherOwners(hash);
    await removeRecordingCaches(recordingsCacheName(hash));
    await pruneReports(hash);
  } catch {
    // IndexedDB unavailable (private mode): nothing was kept.
  }
}

export async function forgetDevice(): Promise<void> {
  forgetOpenedCopy();
  try {
    localStorage.removeItem(ownerKey);
  } catch {
    // nothing kept
  }
  await removeAllReports().catch(() => {});
  await removeRecordingCaches().catch(() => {});
}

/**
 * Every `recordings-*` cache but `keep`'s (another user's kept files), or all of them. Here, not
 * in kept-recordings.ts, whose code comes with the first Keep offline button: every session's
 * start runs this, and no button shows a recording of a user other than the one signed in.
 */
async function removeRecordingCaches(keep?: string): Promise<void> {
  if (typeof caches === "undefined") return;
  for (const name of await caches.keys()) {
    if (name.startsWith("recordings-") && name !== keep) await caches.delete(name);
  }
}
