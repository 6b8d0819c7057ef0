import { promisify } from "node:util";
import zlib from "node:zlib";
import type { MiddlewareHandler } from "hono";
import { chooseEncoding, type Encoding, encodings, varyOnAcceptEncoding } from "./content-encoding";

const brotli = promisify(zlib.brotliCompress);
const gzip = promisify(zlib.gzip);

/** Below this, an answer fits in a packet or two and compressing it would only cost time. */
export const compressThreshold = 1024;

/**
 * Compresses JSON answers (tRPC, the auth routes) of `compressThreshold` bytes or more, in
 * brotli or gzip as the request's `Accept-Encoding` allows. JSON only: recordings are already
 * compressed audio (and read in ranges), xlsx files are zip archives, the built client is
 * compressed at build time, and an event stream must not be held back to be compressed.
 * Brotli at quality 4: as fast as gzip's default here, and smaller. On zlib's thread pool, so
 * a large answer does not stall the others.
 */
export function compressJson(): MiddlewareHandler {
  // Named, so that server/app.test.ts can tell it in the app's list of middleware.
  return async function compressJson(c, next) {
    await next();
    const res = c.res;
    if (c.req.method === "HEAD" || !res.body || res.status === 206 || res.headers.has("Content-Encoding")) return;
    if (!/^application\/json\b/i.test(res.headers.get("Content-Type") ?? "")) return;
    if (/(^|,)\s*no-transform\s*(,|$)/i.test(res.headers.get("Cache-Control") ?? "")) return;
    const length = Number(res.headers.get("Content-Length") ?? Number.NaN);
    if (length < compressThreshold) return;
    varyOnAcceptEncoding(res.headers);
    const encoding = chooseEncoding(c.req.header("accept-encoding"), encodings);
    if (!encoding) return;
    const body = await res.arrayBuffer();
    if (body.byteLength < compressThreshold) {
      c.res = new Response(body, res);
      return;
    }
    const compressed = await compress(encoding, body);
    c.res = new Response(new Uint8Array(compressed), res);
    c.res.headers.set("Content-Encoding", encoding);
    c.res.headers.set("Content-Length", String(compressed.length));
  };
}

function compress(encoding: Encoding, body: ArrayBuffer): Promise<Buffer> {
  if (encoding === "gzip") return gzip(body);
  return brotli(body, {
    params: {
      [zlib.constants.BROTLI_PARAM_QUALITY]: 4,
      [zlib.constants.BROTLI_PARAM_SIZE_HINT]: body.byteLength,
    },
  });
}
