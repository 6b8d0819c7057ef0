import { readFile, stat } from "node:fs/promises";
import path from "node:path";
import { Hono } from "hono";
import { getMimeType } from "hono/utils/mime";
import type { AppEnv } from "./app-env";
import { chooseEncoding, type Encoding, encodingSuffix, encodings, varyOnAcceptEncoding } from "./content-encoding";

/**
 * The built client. Hashed files under /assets never change, so browsers keep them a year;
 * everything else (index.html, the service worker, the manifest) is revalidated each time
 * (a 304 when its ETag still matches), so a new version reaches users at once. Paths the
 * client router owns fall back to index.html; a missing file under /assets is a 404.
 *
 * The build writes a brotli (`.br`) and a gzip (`.gz`) copy beside each file they make smaller
 * (client/build/precompress.ts); the copy the browser accepts is sent as it is, with its own
 * Content-Length and ETag, and `Vary: Accept-Encoding` on every answer for such a file.
 * Nothing is compressed at request time here. Ranges are not served (a server may ignore
 * them): nothing of the app is read in parts.
 */
export function staticFiles(clientDir: string) {
  const root = path.resolve(clientDir);
  const app = new Hono<AppEnv>();
  app.on(["GET", "HEAD"], "*", async (c) => {
    const requested = fileIn(root, c.req.path);
    let file = requested && (await findFile(requested));
    // A hashed file that is gone (an old version's) is a 404, never index.html as a script.
    if (!file && !c.req.path.startsWith("/assets/")) file = await findFile(path.join(root, "index.html"));
    if (!file) return c.json({ error: "not_found" }, 404);

    const encoding = chooseEncoding(c.req.header("accept-encoding"), file.encodings);
    const sent = encoding ? file.variants[encoding]! : file.plain;
    const headers = new Headers({
      "Content-Type": getMimeType(file.path) ?? "application/octet-stream",
      "Content-Length": String(sent.size),
      ETag: `"${sent.size.toString(16)}-${Math.floor(sent.mtimeMs).toString(16)}${encoding ? `-${encoding}` : ""}"`,
      "Last-Modified": new Date(file.plain.mtimeMs).toUTCString(),
      "Cache-Control": path.relative(root, file.path).startsWith(`assets${path.sep}`)
        ? "public, max-age=31536000, immutable"
        : "no-cache",
    });
    if (encoding) headers.set("Content-Encoding", encoding);
    if (file.encodings.length > 0) varyOnAcceptEncoding(headers);

    if (matchesAny(c.req.header("if-none-match"), headers.get("ETag")!)) {
      headers.delete("Content-Length");
      return new Response(null, { status: 304, headers });
    }
    if (c.req.method === "HEAD") return new Response(null, { status: 200, headers });
    return new Response(await readFile(sent.path), { status: 200, headers });
  });
  return app;
}

interface Stats {
  path: string;
  size: number;
  mtimeMs: number;
}

interface FoundFile {
  path: string;
  plain: Stats;
  /** The encodings with a copy on disk, in our order of preference. */
  encodings: Encoding[];
  variants: Partial<Record<Encoding, Stats>>;
}

/** The file a URL path names under `root`, or null for anything that could leave it. */
function fileIn(root: string, urlPath: string): string | null {
  let decoded: string;
  try {
    decoded = decodeURIComponent(urlPath);
  } catch {
    return null;
  }
  if (decoded.includes("\0") || decoded.includes("\\") || /(^|\/)\.\.?(\/|$)/.test(decoded)) return null;
  const full = path.join(root, decoded);
  return full === root || full.startsWith(root + path.sep) ? full : null;
}

/** The file (a folder's index.html) and its precompressed copies, or null when there is none. */
async function findFile(file: string): Promise<FoundFile | null> {
  let plain = await fileStats(file);
  if (!plain) {
    const index = path.join(file, "index.html");
    plain = await fileStats(index);
    if (!plain) return null;
    file = index;
  }
  const found: FoundFile = { path: file, plain, encodings: [], variants: {} };
  for (const encoding of encodings) {
    const variant = await fileStats(file + encodingSuffix[encoding]);
    if (!variant) continue;
    found.encodings.push(encoding);
    found.variants[encoding] = variant;
  }
  return found;
}

async function fileStats(file: string): Promise<Stats | null> {
  try {
    const stats = await stat(file);
    return stats.isFile() ? { path: file, size: stats.size, mtimeMs: stats.mtimeMs } : null;
  } catch {
    return null;
  }
}

function matchesAny(header: string | undefined, etag: string): boolean {
  if (!header) return false;
  if (header.trim() === "*") return true;
  return header.split(",").some((tag) => tag.trim().replace(/^W\//, "") === etag);
}
