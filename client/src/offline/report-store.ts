/**
 * The reports this device keeps for offline reading, in IndexedDB (not Cache Storage: a tRPC
 * URL is a poor key, and a copy needs its fetch time and owner beside it). One record per
 * user + procedure + input; at most `perSection` per user and section, none older than
 * `maxAgeMs`. Records of other users are never read (every lookup filters on `owner`).
 */

export interface StoredReport {
  /** `owner|path|input`: one copy per user, procedure and exact input. */
  key: string;
  owner: string;
  section: string;
  path: string;
  /** The procedure's input as JSON text ("" when it has none). */
  input: string;
  data: unknown;
  /** ISO instant the server answered. */
  fetchedAt: string;
}

export const reportLimits = { perSection: 20, maxAgeMs: 7 * 24 * 3600_000 };

const dbName = "portal-offline";
const storeName = "reports";

let opening: Promise<IDBDatabase> | null = null;

function open(): Promise<IDBDatabase> {
  opening ??= new Promise<IDBDatabase>((resolve, reject) => {
    const request = indexedDB.open(dbName, 1);
    request.onupgradeneeded = () => {
      const store = request.result.createObjectStore(storeName, { keyPath: "key" });
      store.createIndex("owner", "owner");
    };
    request.onsuccess = () => {
      const db = request.result;
      // Another tab deleting the database (sign-out) must not be blocked by this connection.
      db.onversionchange = () => {
        db.close();
        opening = null;
      };
      resolve(db);
    };
    request.onerror = () => reject(request.error);
    request.onblocked = () => reject(new Error("IndexedDB blocked"));
  }).catch((error: unknown) => {
    opening = null;
    throw error;
  });
  return opening;
}

function done<T>(request: IDBRequest<T>): Promise<T> {
  return new Promise((resolve, reject) => {
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error);
  });
}

function finished(tx: IDBTransaction): Promise<void> {
  return new Promise((resolve, reject) => {
    tx.oncomplete = () => resolve();
    tx.onerror = () => reject(tx.error);
    tx.onabort = () => reject(tx.error ?? new Error("transaction aborted"));
  });
}

export function reportKey(owner: string, path: string, input: string): string {
  return `${owner}|${path}|${input}`;
}

export async function readReport(owner: string, path: string, input: string): Promise<StoredReport | undefined> {
  const db = await open();
  const found = (await done(db.transaction(storeName).objectStore(storeName).get(reportKey(owner, path, input)))) as
    | StoredReport
    | undefined;
  if (!found || found.owner !== owner || isExpired(found)) return undefined;
  return found;
}

/** Keeps a copy, then drops what is beyond the limits for that user. */
export async function writeReport(report: Omit<StoredReport, "key">): Promise<void> {
  const db = await open();
  const tx = db.transaction(storeName, "readwrite");
  tx.objectStore(storeName).put({ ...report, key: reportKey(report.owner, report.path, report.input) });
  await finished(tx);
  await pruneReports(report.owner);
}

/** The user's copies, newest first. */
export async function listReports(owner: string): Promise<StoredReport[]> {
  const db = await open();
  const all = (await done(db.transaction(storeName).objectStore(storeName).index("owner").getAll(owner))) as StoredReport[];
  return all.filter((r) => !isExpired(r)).sort((a, b) => b.fetchedAt.localeCompare(a.fetchedAt));
}

/** Removes the user's expired copies and all but the newest `perSection` of each section. */
export async function pruneReports(owner: string, now = Date.now()): Promise<void> {
  const db = await open();
  const tx = db.transaction(storeName, "readwrite");
  const store = tx.objectStore(storeName);
  const all = (await done(store.index("owner").getAll(owner))) as StoredReport[];
  const kept = new Map<string, number>();
  for (const report of all.sort((a, b) => b.fetchedAt.localeCompare(a.fetchedAt))) {
    const count = kept.get(report.section) ?? 0;
    if (isExpired(report, now) || count >= reportLimits.perSection) store.delete(report.key);
    else kept.set(report.section, count + 1);
  }
  await finished(tx);
}

/** Removes every copy not owned by `owner` (a different user signed in on this device). */
export async function removeOtherOwners(owner: string): Promise<void> {
  const db = await open();
  const tx = db.transaction(storeName, "readwrite");
  const store = tx.objectStore(storeName);
  const keys = (await done(store.getAllKeys())) as string[];
  for (const key of keys) if (!key.startsWith(`${owner}|`)) store.delete(key);
  await finished(tx);
}

/** Sign-out: the whole database goes. */
export async function removeAllReports(): Promise<void> {
  const db = await opening?.catch(() => null);
  db?.close();
  opening = null;
  await new Promise<void>((resolve) => {
    const request = indexedDB.deleteDatabase(dbName);
    request.onsuccess = () => resolve();
    request.onerror = () => resolve();
    // Another tab still holds it open: its onversionchange closes it, then this completes;
    // sign-out must not wait forever on a tab that does not let go.
    request.onblocked = () => setTimeout(resolve, 2000);
  });
}

function isExpired(report: StoredReport, now = Date.now()): boolean {
  return now - Date.parse(report.fetchedAt) > reportLimits.maxAgeMs;
}
