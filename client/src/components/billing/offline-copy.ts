import { isNetworkError } from "../../api";
import { readCached, writeCached } from "../../offline-data";

/** A report's answer, and when it was fetched if it is this device's copy (offline). */
export interface Fetched<T> {
  data: T;
  /** ISO instant of the copy shown when the network is down; null when fresh. */
  offlineCopyFrom: string | null;
}

/**
 * Asks the server and keeps the answer on this device under `key`; when the network is down,
 * answers with the last copy (marked with its time) instead. Signing out clears every copy.
 */
export async function withOfflineCopy<T>(key: string, load: () => Promise<T>): Promise<Fetched<T>> {
  try {
    const data = await load();
    writeCached(key, { data, at: new Date().toISOString() });
    return { data, offlineCopyFrom: null };
  } catch (error) {
    const copy = isNetworkError(error) ? readCached<{ data: T; at: string }>(key) : undefined;
    if (copy) return { data: copy.data, offlineCopyFrom: copy.at };
    throw error;
  }
}
