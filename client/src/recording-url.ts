/**
 * The address of a call's recording: what the player streams (range requests), what a download
 * link fetches, and the key under which a recording kept offline is stored (the service worker
 * answers that same URL). The one place that spells it.
 */
export function recordingUrl(callNumber: number, options: { download?: boolean } = {}): string {
  return `/recordings/${callNumber}${options.download ? "?download=1" : ""}`;
}
