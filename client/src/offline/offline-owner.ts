/**
 * Whose copies this device is keeping: a digest of the signed-in user's name (so that neither
 * the IndexedDB keys nor the recordings cache's name spell it out). Read synchronously, at the
 * moment a query starts, from the session (`setOwnerSource`): a page's first query must
 * already be kept under its user. Null while nobody is signed in: then nothing is kept or served.
 */
let source: () => string | undefined = () => undefined;

export function setOwnerSource(username: () => string | undefined) {
  source = username;
}

export function owner(): string | null {
  const username = source();
  return username ? ownerOf(username) : null;
}

/** 2 × 32-bit FNV-1a of the name, hex: a stable label, not a secret (the data is the user's own). */
export function ownerOf(username: string): string {
  let a = 0x811c9dc5;
  let b = 0x01000193 ^ username.length;
  for (let i = 0; i < username.length; i++) {
    const c = username.charCodeAt(i);
    a = Math.imul(a ^ c, 0x01000193) >>> 0;
    b = Math.imul(b ^ c ^ (a >>> 7), 0x5bd1e995) >>> 0;
  }
  return a.toString(16).padStart(8, "0") + b.toString(16).padStart(8, "0");
}

/** The recordings this user kept, in Cache Storage (the service worker answers from it). */
export function recordingsCacheName(hash: string): string {
  return `recordings-${hash}`;
}
