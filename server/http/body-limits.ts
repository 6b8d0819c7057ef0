import type { MiddlewareHandler } from "hono";
import { bodyLimit } from "hono/body-limit";

/**
 * The largest request body each route takes. A sign-in is a name and a password; the largest
 * tRPC call is a change request (4,000 characters, at most 6 bytes each once JSON-escaped) in a
 * batch of `maxBatchSize` calls. A body announced larger (Content-Length) is answered 413 before
 * a byte of it is read; a chunked one is cut off as soon as it passes the limit.
 */
export const bodyLimits = { auth: 16 * 1024, trpc: 256 * 1024 } as const;

/**
 * The most calls one batched tRPC request may carry (the portal's own client never batches):
 * without a cap, one request carried 100 password guesses past any per-request check.
 */
export const maxBatchSize = 10;

export function limitBody(maxSize: number): MiddlewareHandler {
  return bodyLimit({ maxSize, onError: (c) => c.json({ error: "payload_too_large", maxBytes: maxSize }, 413) });
}
