/**
 * Requests per token, as a token bucket: `perMinute` a minute on average, up to a tenth of a
 * minute's worth at once (a switch catching up after an outage sends a burst). Kept in each
 * process's memory: with several portal processes, each allows its share.
 */
export class RateLimit {
  private buckets = new Map<number, { tokens: number; at: number }>();

  constructor(private perMinute: number) {}

  /** 0 when the request may go now, else the seconds to wait. */
  take(key: number, now = Date.now()): number {
    const burst = Math.max(1, Math.ceil(this.perMinute / 10));
    const perMs = this.perMinute / 60_000;
    const bucket = this.buckets.get(key) ?? { tokens: burst, at: now };
    bucket.tokens = Math.min(burst, bucket.tokens + (now - bucket.at) * perMs);
    bucket.at = now;
    this.buckets.set(key, bucket);
    if (bucket.tokens >= 1) {
      bucket.tokens -= 1;
      return 0;
    }
    return Math.ceil((1 - bucket.tokens) / perMs / 1000);
  }
}
