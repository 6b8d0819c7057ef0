import type { IncomingMessage, ServerResponse } from "node:http";
import { Readable } from "node:stream";
import { RESPONSE_ALREADY_SENT } from "@hono/node-server/utils/response";
import { Hono } from "hono";
import { getCookie } from "hono/cookie";
import type { Kysely } from "kysely";
import type { Database } from "../../db/database";
import { sessionCookieName } from "../auth/session";
import type { Config } from "../config";
import type { SessionCache } from "../auth/session-cache";
import type { AppEnv } from "../app-env";
import { connectionOf } from "../http/client-connection";
import { securityHeaderSet } from "../http/security-headers";
import type { AuditLog } from "./audit-log";
import { parseByteRange } from "./byte-range";
import { recordingContentType } from "./content-type";
import { downloadName } from "./download-name";
import type { RecordingFile } from "./recording-file";
import { RecentRecordings } from "./recent-recordings";

/**
 * `GET|HEAD /recordings/<callNumber>[?download=1]` (docs/http-routes.md): the call's recording,
 * streamed from disk with single-range support, for a user who may hear it; the same 404 for
 * everyone else and every other case. Written by hand rather than with serveStatic, which
 * answers malformed and multi-range requests with a wrong 206 and lacks audio/wav.
 *
 * Mounted before the app's middleware: it checks the session itself, through a cache of a few
 * seconds, and keeps each lookup (with its file open) a few seconds, so that a player's range
 * requests cost no database round trip (see SessionCache and RecentRecordings).
 */
export function recordingRoutes({
  db,
  config,
  audit,
  sessions,
}: {
  db: Kysely<Database>;
  config: Config;
  audit: AuditLog;
  /** The process's session cache, which sign-out and password changes clear at once. */
  sessions: SessionCache;
}) {
  const app = new Hono<AppEnv>();
  const recordings = new RecentRecordings(
    db,
    { dir: config.recordingsDir, retentionDays: config.retentionDays, timeZone: config.timeZone },
    (found) => recordingHeaders(found, config.timeZone),
  );
  app.on(["GET", "HEAD"], "/:callNumber", async (c) => {
    const notFound = () => c.json({ error: "not_found" }, 404);
    const text = c.req.param("callNumber");
    if (!/^\d{1,15}$/.test(text)) return notFound();
    // On @hono/node-server, Node's own request and response: reading a header from the web
    // Request builds all of them, and a web-stream body halves the throughput (measured in
    // bench/recordings.bench.ts). Elsewhere (tests, other runtimes), the web objects.
    const node = c.env as { incoming?: IncomingMessage; outgoing?: ServerResponse } | undefined;
    const incoming = node?.incoming;
    const header = incoming ? (name: string) => single(incoming.headers[name]) : (name: string) => c.req.header(name);
    const token = incoming ? cookieValue(incoming.headers.cookie, sessionCookieName) : getCookie(c, sessionCookieName);
    const session = token ? await sessions.get(token) : null;
    if (!session) return notFound();
    const recording = await recordings.get(session.user.id, Number(text));
    if (!recording) return notFound();

    const download = c.req.query("download") === "1";
    const https = incoming
      ? connectionOf(config, incoming.socket.remoteAddress ?? "unknown", header).https
      : config.secureCookies;
    const headers: Record<string, string> = {
      // The app's middleware adds these to the answers it sees; the bytes below go straight out.
      ...securityHeaderSet(https),
      ...recording.headers,
      "Content-Disposition": download ? recording.attachment : "inline",
    };
    if (matchesAny(header("if-none-match"), recording.etag)) return new Response(null, { status: 304, headers });

    const size = recording.size;
    let range = parseByteRange(header("range"), size);
    const ifRange = header("if-range");
    if (range.kind !== "whole" && ifRange !== undefined && ifRange !== recording.etag && ifRange !== recording.lastModified) {
      // The copy the client holds changed: a part of the new file would corrupt it.
      range = { kind: "whole" };
    }
    if (range.kind === "unsatisfiable") {
      headers["Content-Range"] = `bytes */${size}`;
      return new Response(null, { status: 416, headers });
    }
    const start = range.kind === "partial" ? range.start : 0;
    const end = range.kind === "partial" ? range.end : size - 1;
    const length = Math.max(0, end - start + 1);
    headers["Content-Length"] = String(length);
    const status = range.kind === "partial" ? 206 : 200;
    if (range.kind === "partial") headers["Content-Range"] = `bytes ${start}-${end}/${size}`;
    if (c.req.method === "HEAD" || length === 0) return new Response(null, { status, headers });

    const file = recording.open.stream(start, end);
    const callNumber = recording.callNumber;
    // bytesRead, not a "data" listener: what was read is what went out (or was cut off with it).
    const recordServed = audit.opened();
    file.once("close", () =>
      recordServed({ userId: session.user.id, callNumber, action: download ? "download" : "play", start, sent: file.bytesRead }),
    );
    const outgoing = node?.outgoing;
    if (outgoing) {
      outgoing.writeHead(status, headers);
      // pipe() as a bare node:http server would: the backpressure kept, and the file closed
      // if the listener goes away (seeking, closing the page) — nothing to answer then.
      file.on("error", () => outgoing.destroy());
      outgoing.once("close", () => file.destroy());
      file.pipe(outgoing);
      return RESPONSE_ALREADY_SENT;
    }
    return new Response(Readable.toWeb(file) as ReadableStream<Uint8Array>, { status, headers });
  });
  return app;
}

/** The headers that depend on the recording alone, worked out once per cached lookup. */
function recordingHeaders(r: RecordingFile, timeZone: string) {
  const etag = etagOf(r);
  const lastModified = r.modified.toUTCString();
  return {
    etag,
    lastModified,
    attachment: `attachment; filename="${downloadName(r, timeZone)}"`,
    headers: {
      "Accept-Ranges": "bytes",
      "Content-Type": recordingContentType(r.file),
      ETag: etag,
      "Last-Modified": lastModified,
      // Private to this user; revalidated so a replaced file is never played from a stale copy.
      "Cache-Control": "private, no-cache",
    },
  };
}

const single = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value);

/** One cookie's value from a Cookie header, as hono/cookie's getCookie reads it. */
function cookieValue(header: string | undefined, name: string): string | undefined {
  if (!header) return undefined;
  for (const part of header.split(";")) {
    const eq = part.indexOf("=");
    if (eq > 0 && part.slice(0, eq).trim() === name) {
      const value = part.slice(eq + 1).trim();
      try {
        return decodeURIComponent(value.startsWith('"') && value.endsWith('"') ? value.slice(1, -1) : value);
      } catch {
        return undefined;
      }
    }
  }
  return undefined;
}

/** A strong validator from size and modification time: a file replaced in place gets a new one. */
function etagOf(r: RecordingFile): string {
  return `"${r.size.toString(16)}-${Math.floor(r.modified.getTime()).toString(16)}"`;
}

function matchesAny(header: string | undefined, etag: string): boolean {
  if (!header) return false;
  if (header.trim() === "*") return true;
  return header.split(",").some((tag) => tag.trim().replace(/^W\//, "") === etag);
}
