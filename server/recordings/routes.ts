import { createReadStream } from "node:fs";
import { Readable } from "node:stream";
import { Hono } from "hono";
import { loadAccess } from "../access";
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
 */
export function recordingRoutes(audit: AuditLog) {
  const app = new Hono<AppEnv>();
  app.on(["GET", "HEAD"], "/:callNumber", async (c) => {
    const notFound = () => c.json({ error: "not_found" }, 404);
    const session = c.get("session");
    const text = c.req.param("callNumber");
    if (!session || !/^\d{1,15}$/.test(text)) return notFound();
    const config = c.get("config");
    const access = await loadAccess(c.get("db"), session.user.id);
    const recording = await findRecording(c.get("db"), access, Number(text), {
      dir: config.recordingsDir,
      retentionDays: config.retentionDays,
    });
    if (!recording) return notFound();

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
    let sent = 0;
    file.on("data", (chunk) => (sent += chunk.length));
    file.once("close", () =>
      audit.record({
        userId: session.user.id,
        callNumber: recording.callNumber,
        action: download ? "download" : "play",
        start,
        sent,
      }),
    );
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
