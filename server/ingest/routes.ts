import { unlink } from "node:fs/promises";
import path from "node:path";
import { Readable } from "node:stream";
import { Hono } from "hono";
import { bodyLimit } from "hono/body-limit";
import type { Kysely } from "kysely";
import type { Database } from "../../db/database";
import { ImportError, importLines } from "../../db/import/ndjson-import";
import { RecordingError } from "../../db/import/recording-files";
import { acknowledgementsAfter } from "../acknowledgements/acknowledgements";
import type { Config } from "../config";
import { tokenFromHeader } from "./api-tokens";
import { RateLimit } from "./rate-limit";
import { attachRecording, extensionFor, keptRecordings, receiveRecording, TooLarge } from "./recording-upload";

type IngestEnv = { Variables: { token: { id: number; name: string } } };

/**
 * The switch's interface (docs/ingest.md): `POST /ingest`, `PUT /ingest/recordings/<n>`,
 * `GET /ingest/acknowledgements`. Mounted ahead of the portal's middleware: an API token is
 * the only way in (a session cookie is never looked at), and the token opens nothing else.
 */
export function ingestRoutes({ db, config }: { db: Kysely<Database>; config: Config }) {
  const app = new Hono<IngestEnv>();
  const rate = new RateLimit(config.ingest.requestsPerMinute);

  app.use("*", async (c, next) => {
    const token = await tokenFromHeader(db, c.req.header("authorization"));
    if (!token) return c.json({ error: "unauthorized" }, 401, { "WWW-Authenticate": 'Bearer realm="ingest"' });
    const wait = rate.take(token.id);
    if (wait > 0) return c.json({ error: "too_many_requests" }, 429, { "Retry-After": String(wait) });
    c.set("token", token);
    await next();
  });

  const tooLarge = (maxBytes: number) => (c: { json: (body: unknown, status: 413) => Response }) =>
    c.json({ error: "too_large", maxBytes }, 413);

  app.post("/", bodyLimit({ maxSize: config.ingest.maxBodyBytes, onError: tooLarge(config.ingest.maxBodyBytes) }), async (c) => {
    const body = Buffer.from(await c.req.arrayBuffer());
    try {
      const { imported } = await importLines(db, Readable.from([body]), {
        recordingsDir: config.recordingsDir,
        resolveRecording: refuseRecordingFile,
        keptRecordings,
      });
      return c.json({ imported });
    } catch (e) {
      if (!(e instanceof ImportError)) throw e;
      return c.json({ error: "bad_lines", badLines: e.badLines, problems: e.problems }, 400);
    }
  });

  app.put("/recordings/:callNumber", async (c) => {
    const text = c.req.param("callNumber");
    const callNumber = Number(text);
    if (!/^\d{1,15}$/.test(text) || callNumber <= 0) return c.json({ error: "bad_call_number" }, 400);
    const ext = extensionFor(c.req.header("content-type"));
    if (!ext) {
      return c.json({ error: "unsupported_type", accepted: ["audio/wav", "audio/mpeg", "audio/ogg", "audio/mp4"] }, 415);
    }
    const max = config.ingest.maxRecordingBytes;
    const declared = Number(c.req.header("content-length") ?? NaN);
    if (declared > max) return tooLarge(max)(c);
    if (!c.req.raw.body || declared === 0) return c.json({ error: "empty_body" }, 400);
    let stored;
    try {
      stored = await receiveRecording(c.req.raw.body, { dir: config.recordingsDir, callNumber, ext, maxBytes: max });
    } catch (e) {
      if (e instanceof TooLarge) return tooLarge(max)(c);
      throw e;
    }
    if (stored.bytes === 0) {
      await unlink(path.join(config.recordingsDir, stored.file)).catch(() => {});
      return c.json({ error: "empty_body" }, 400);
    }
    const { attached, replaced } = await attachRecording(db, callNumber, stored);
    if (replaced) await unlink(path.join(config.recordingsDir, replaced)).catch(() => {});
    return c.json({ callNumber, bytes: stored.bytes, attached }, 201);
  });

  app.get("/acknowledgements", async (c) => {
    const given = c.req.query("after") ?? "0";
    if (!/^\d{1,15}$/.test(given)) return c.json({ error: "bad_cursor" }, 400);
    const rows = await acknowledgementsAfter(db, Number(given), ACKNOWLEDGEMENTS_PER_ANSWER);
    const cursor = rows.at(-1)?.cursor ?? given;
    c.header("Content-Type", "application/x-ndjson; charset=utf-8");
    c.header("Portal-Cursor", cursor);
    c.header("Cache-Control", "no-store");
    return c.body(rows.map((r) => JSON.stringify(r) + "\n").join(""));
  });

  return app;
}

/** Lines per answer; the switch asks again with the last cursor until an answer is empty. */
const ACKNOWLEDGEMENTS_PER_ANSWER = 1000;

/** Over HTTP there is no folder to read `recording.file` from: the file comes on its own. */
async function refuseRecordingFile(): Promise<never> {
  throw new RecordingError(
    'recording.file cannot be read over HTTP: give "recording": null and send the file with PUT /ingest/recordings/<callNumber>',
  );
}
