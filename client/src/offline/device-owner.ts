import { removeRecordingCaches } from "./kept-recordings";
import { forgetOpenedCopy } from "./offline-view";
import { ownerOf, recordingsCacheName } from "./offline-owner";
import { pruneReports, removeAllReports, removeOtherOwners } from "./report-store";

/**
 * The device changes hands: when a user's session starts, whatever another user left here
 * (report copies, kept recordings) goes, and the user's own old copies are pruned; signing
 * out removes everything.
 */
export async function adoptDevice(username: string): Promise<void> {
  const hash = ownerOf(username);
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
  await removeAllReports().catch(() => {});
  await removeRecordingCaches().catch(() => {});
}
