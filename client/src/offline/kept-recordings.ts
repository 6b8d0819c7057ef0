import { createSignal } from "solid-js";
import { recordingUrl } from "../recording-url";
import { owner, recordingsCacheName } from "./offline-owner";

/**
 * Recordings the user chose to keep on this device: each whole file in the user's own Cache
 * Storage cache, under its `/recordings/<n>` URL, where the service worker finds it to play and
 * seek offline (it answers Range requests from the stored copy).
 */
export interface KeptRecording {
  callNumber: number;
  bytes: number;
  keptAt: string;
}

const keptAtHeader = "x-portal-kept-at";

/** Bumped after every change, so that every button and panel re-reads the cache. */
const [version, setVersion] = createSignal(0);
export const keptVersion = version;


async function userCache(): Promise<Cache | null> {
  const who = owner();
  if (!who || typeof caches === "undefined") return null;
  return caches.open(recordingsCacheName(who));
}

export class KeepError extends Error {
  constructor(readonly reason: "network" | "storage" | "unavailable") {
    super(reason);
    this.name = "KeepError";
  }
}

/** Downloads the whole recording (with the session cookie) and keeps it. */
export async function keepRecording(callNumber: number): Promise<void> {
  const cache = await userCache();
  if (!cache) throw new KeepError("unavailable");
  let response: Response;
  try {
    response = await fetch(recordingUrl(callNumber), { credentials: "same-origin", cache: "no-store" });
  } catch {
    throw new KeepError("network");
  }
  if (response.status !== 200) throw new KeepError(response.status === 404 ? "unavailable" : "network");
  const body = await response.blob().catch(() => null);
  if (!body) throw new KeepError("network");
  const headers = new Headers({
    "content-type": response.headers.get("content-type") ?? "application/octet-stream",
    "content-length": String(body.size),
    "accept-ranges": "bytes",
    [keptAtHeader]: new Date().toISOString(),
  });
  try {
    await cache.put(recordingUrl(callNumber), new Response(body, { status: 200, headers }));
  } catch {
    throw new KeepError("storage");
  } finally {
    setVersion((v) => v + 1);
  }
}

export async function removeKeptRecording(callNumber: number): Promise<void> {
  const cache = await userCache();
  await cache?.delete(recordingUrl(callNumber));
  setVersion((v) => v + 1);
}

export async function isKept(callNumber: number): Promise<boolean> {
  const cache = await userCache();
  return Boolean(await cache?.match(recordingUrl(callNumber)));
}

/** The user's kept recordings, most recently kept first. */
export async function listKeptRecordings(): Promise<KeptRecording[]> {
  const cache = await userCache();
  if (!cache) return [];
  const kept: KeptRecording[] = [];
  for (const request of await cache.keys()) {
    const callNumber = Number(new URL(request.url).pathname.split("/").pop());
    const response = await cache.match(request);
    if (!response || !Number.isSafeInteger(callNumber)) continue;
    kept.push({
      callNumber,
      bytes: Number(response.headers.get("content-length")) || 0,
      keptAt: response.headers.get(keptAtHeader) ?? "",
    });
  }
  return kept.sort((a, b) => b.keptAt.localeCompare(a.keptAt));
}

/** What the browser says this site uses and may use (bytes), when it says. */
export async function storageEstimate(): Promise<{ usage: number; quota: number } | null> {
  try {
    const estimate = await navigator.storage?.estimate?.();
    return estimate ? { usage: estimate.usage ?? 0, quota: estimate.quota ?? 0 } : null;
  } catch {
    return null;
  }
}
