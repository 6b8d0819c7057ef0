import { createReadStream } from "node:fs";
import type { ServerResponse } from "node:http";
import { Readable } from "node:stream";
import { pipeline } from "node:stream/promises";
import { RESPONSE_ALREADY_SENT } from "@hono/node-server/utils/response";
import { Hono } from "hono";
import { getCookie } from "hono/cookie";
import type { Kysely } from "kysely";
import type { Database } from "../../db/database";
import { sessionCookieName } from "../auth/session";
import type { Config } from "../config";
import { SessionCache } from "./session-cache";
import type { AppEnv } from "../app-env";
import type { AuditLog } from "./audit-log";
import { parseByteRange } from "./byte-range";
import { recordingContentType } from "./content-type";
import { downloadName } from "./download-name";
import { findRecording, type RecordingFile } from "./recording-file";

/**
 * `GET|HEAD /recordings/<callNumber>[?download=1]` (CONTRACT.md): the call's recording,
 * streamed from disk with single-range support, for a user who may hear it; the same 404 for
 * everyone else and every other case. Written by hand rather than with serveStatic, which
 * answers malformed and multi-range requests with a wrong 206 and lacks audio/wav (STACK.md).
 *
 * Mounted before the app's middleware: it checks the session itself, through a cache of a few
 * seconds, so that a player's range requests cost no database round trip (see SessionCache).
 */
export function recordingRoutes({ db, config, audit }: { db: Kysely<Database>; config: Config; audit: AuditLog }) {
  const app = new Hono<AppEnv>();
  const sessions = new SessionCache(db, config.sessionIdleMinutes);
  // A seeking player asks for the same call dozens of times a minute: its lookup (access, path,
  // size) is kept a few seconds per user, so those requests cost no database round trip beyond
  // the session's. A revoked grant takes effect within that time.
  const recent = new Map<string, RecordingFile & { until: number }>();
  const remember = (key: string, found: RecordingFile) => {
    if (recent.size > 1000) recent.clear();
    const entry = { ...found, until: Date.now() + 5_000 };
    recent.set(key, entry);
    return entry;
  };
  app.on(["GET", "HEAD"], "/:callNumber", async (c) => {
    const notFound = () => c.json({ error: "not_found" }, 404);
    const text = c.req.param("callNumber");
    if (!/^\d{1,15}$/.test(text)) return notFound();
    const token = getCookie(c, sessionCookieName);
    const session = token ? await sessions.get(token) : null;
    if (!session) return notFound();
    const key = `${session.user.id}:${text}`;
    let recording = recent.get(key);
    if (!recording || recording.until < Date.now()) {
      const found = await findRecording(db, { userId: session.user.id }, Number(text), {
        dir: config.recordingsDir,
        retentionDays: config.retentionDays,
      });
      if (!found) return notFound();
      recording = remember(key, found);
    }

    const download = c.req.query("download") === "1";
    const etag = etagOf(recording);
    const lastModified = recording.modified.toUTCString();
    const headers = new Headers({
      "Accept-Ranges": "bytes",
      "Content-Type": recordingContentType(recording.file),
      ETag: etag,
      "Last-Modified": lastModified,
      // Private to this user; revalidated so a replaced file is never played from a stale copy.
      "Cache-Control": "private, no-cache",
      "X-Content-Type-Options": "nosniff",
      "Content-Disposition": download
        ? `attachment; filename="${downloadName(recording, config.timeZone)}"`
        : "inline",
    });
    if (matchesAny(c.req.header("if-none-match"), etag)) return new Response(null, { status: 304, headers });

    const size = recording.size;
    let range = parseByteRange(c.req.header("range"), size);
    const ifRange = c.req.header("if-range");
    if (range.kind !== "whole" && ifRange !== undefined && ifRange !== etag && ifRange !== lastModified) {
      // The copy the client holds changed: a part of the new file would corrupt it.
      range = { kind: "whole" };
    }
    if (range.kind === "unsatisfiable") {
      headers.set("Content-Range", `bytes */${size}`);
      return new Response(null, { status: 416, headers });
    }
    const start = range.kind === "partial" ? range.start : 0;
    const end = range.kind === "partial" ? range.end : size - 1;
    const length = Math.max(0, end - start + 1);
    headers.set("Content-Length", String(length));
    const status = range.kind === "partial" ? 206 : 200;
    if (range.kind === "partial") headers.set("Content-Range", `bytes ${start}-${end}/${size}`);
    if (c.req.method === "HEAD" || length === 0) return new Response(null, { status, headers });

    const file = createReadStream(recording.path, { start, end, highWaterMark: 64 * 1024 });
    const callNumber = recording.callNumber;
    // bytesRead, not a "data" listener: what was read is what went out (or was cut off with it).
    file.once("close", () =>
      audit.record({ userId: session.user.id, callNumber, action: download ? "download" : "play", start, sent: file.bytesRead }),
    );
    // On @hono/node-server, straight into Node's response: pipe() keeps the backpressure and
    // skips the web-stream conversion (half the throughput here). Elsewhere, a web stream.
    const outgoing = (c.env as { outgoing?: ServerResponse } | undefined)?.outgoing;
    if (outgoing) {
      outgoing.writeHead(status, Object.fromEntries(headers));
      pipeline(file, outgoing).catch(() => {
        // The listener went away (seeking, closing the page): nothing to answer.
      });
      return RESPONSE_ALREADY_SENT;
    }
    return new Response(Readable.toWeb(file) as ReadableStream<Uint8Array>, { status, headers });
  });
  return app;
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
