import { createHash, randomBytes } from "node:crypto";
import { createWriteStream } from "node:fs";
import { mkdir, rename, unlink } from "node:fs/promises";
import path from "node:path";
import { Readable, Transform } from "node:stream";
import { pipeline } from "node:stream/promises";
import { type Kysely, sql } from "kysely";
import type { Database } from "../../db/database";
import { recordingName, recordingTypes } from "../../db/import/recording-files";
import type { StoredRecording } from "../../db/import/record-rows";

/** The recording's extension for each Content-Type a switch may send (parameters ignored). */
const extensions: Readonly<Record<string, string>> = {
  "audio/wav": ".wav",
  "audio/x-wav": ".wav",
  "audio/wave": ".wav",
  "audio/vnd.wave": ".wav",
  "audio/mpeg": ".mp3",
  "audio/mp3": ".mp3",
  "audio/ogg": ".ogg",
  "audio/opus": ".opus",
  "audio/mp4": ".m4a",
  "audio/x-m4a": ".m4a",
  "audio/m4a": ".m4a",
};

export function extensionFor(contentType: string | undefined): string | null {
  const type = (contentType ?? "").split(";")[0]!.trim().toLowerCase();
  return Object.hasOwn(extensions, type) ? extensions[type]! : null;
}

export class TooLarge extends Error {}

/**
 * Writes `body` into `dir` as the recording of `callNumber`: streamed to a temporary file
 * (hashed on the way), then renamed to its final name, so a reader never sees half a file.
 * More than `maxBytes`: the temporary file is removed and TooLarge thrown.
 */
export async function receiveRecording(
  body: ReadableStream<Uint8Array>,
  options: { dir: string; callNumber: number; ext: string; maxBytes: number },
): Promise<StoredRecording> {
  await mkdir(options.dir, { recursive: true });
  const temporary = path.join(options.dir, `.${options.callNumber}-upload-${randomBytes(6).toString("hex")}.tmp`);
  const hash = createHash("sha256");
  let bytes = 0;
  const count = new Transform({
    transform(chunk: Buffer, _encoding, done) {
      bytes += chunk.length;
      if (bytes > options.maxBytes) return done(new TooLarge());
      hash.update(chunk);
      done(null, chunk);
    },
  });
  try {
    await pipeline(Readable.fromWeb(body as import("node:stream/web").ReadableStream), count, createWriteStream(temporary));
    const name = recordingName(options.callNumber, hash.digest("hex").slice(0, 16), options.ext);
    await rename(temporary, path.join(options.dir, name));
    return { file: name, type: recordingTypes[options.ext]!, bytes };
  } catch (e) {
    await unlink(temporary).catch(() => {});
    throw e;
  }
}

/**
 * One key that orders recordings against call records: an upload holds it alone while it
 * decides between "the call is here, attach" and "keep it pending"; an ingest holds it shared
 * from reading the pending files until it commits. So whichever comes second sees the other.
 */
const attachLock = 0x12_0001;

/**
 * Gives the recording to its call, or keeps it pending until the call's record arrives.
 * Returns the file it replaced (to remove), if any.
 */
export async function attachRecording(
  db: Kysely<Database>,
  callNumber: number,
  recording: StoredRecording,
): Promise<{ attached: boolean; replaced: string | null }> {
  return db.transaction().execute(async (trx) => {
    await sql`select pg_advisory_xact_lock(${attachLock})`.execute(trx);
    const call = await trx
      .selectFrom("calls")
      .select("recording_file")
      .where("call_number", "=", callNumber)
      .forUpdate()
      .executeTakeFirst();
    const columns = { recording_file: recording.file, recording_type: recording.type, recording_bytes: recording.bytes };
    if (call) {
      await trx.updateTable("calls").set(columns).where("call_number", "=", callNumber).execute();
      return { attached: true, replaced: call.recording_file !== recording.file ? call.recording_file : null };
    }
    const pending = await trx
      .selectFrom("pending_recordings")
      .select("recording_file")
      .where("call_number", "=", callNumber)
      .executeTakeFirst();
    await trx
      .insertInto("pending_recordings")
      .values({ call_number: callNumber, ...columns })
      .onConflict((oc) => oc.column("call_number").doUpdateSet({ ...columns, received_at: new Date() }))
      .execute();
    return { attached: false, replaced: pending && pending.recording_file !== recording.file ? pending.recording_file : null };
  });
}

/**
 * For an ingest's calls whose record names no file: the recording already kept for them (a
 * pending upload first, else the call's current one), so that a record never drops its file.
 * The pending rows it hands out are removed in the same transaction.
 */
export async function keptRecordings(trx: Kysely<Database>, callNumbers: number[]): Promise<Map<number, StoredRecording>> {
  await sql`select pg_advisory_xact_lock_shared(${attachLock})`.execute(trx);
  const kept = new Map<number, StoredRecording>();
  const current = await trx
    .selectFrom("calls")
    .select(["call_number", "recording_file", "recording_type", "recording_bytes"])
    .where(sql<boolean>`call_number = any(${callNumbers}::int8[])`)
    .where("recording_file", "is not", null)
    .execute();
  for (const r of current) kept.set(r.call_number, { file: r.recording_file!, type: r.recording_type!, bytes: r.recording_bytes! });
  const pending = await trx
    .deleteFrom("pending_recordings")
    .where(sql<boolean>`call_number = any(${callNumbers}::int8[])`)
    .returning(["call_number", "recording_file", "recording_type", "recording_bytes"])
    .execute();
  for (const r of pending) kept.set(r.call_number, { file: r.recording_file, type: r.recording_type, bytes: r.recording_bytes });
  return kept;
}
