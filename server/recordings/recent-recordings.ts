import { close, createReadStream, fstat, open, read, type ReadStream } from "node:fs";
import { promisify } from "node:util";
import type { Kysely } from "kysely";
import type { Database } from "../../db/database";
import { findRecording, type RecordingFile } from "./recording-file";

/**
 * A seeking player asks for the same call dozens of times a minute. Each user's lookup of a call
 * (access, path, size) is kept `ttlMs` (5 s), with its file open: those requests then cost no
 * database round trip and no open/close of the file (a sixth of the route's time for 64-KiB
 * ranges, measured in bench/recordings.bench.ts). A revoked grant takes effect within that time;
 * a file replaced in place is seen at the next lookup (the size and date come from the open file,
 * so the validators always describe the bytes sent).
 */
export class RecentRecordings<Extra> {
  private entries = new Map<string, Entry<Extra>>();
  /** Lookups under way, by key: the requests that meet one wait for it rather than ask again. */
  private pending = new Map<string, Promise<(OpenRecording & Extra) | null>>();

  constructor(
    private db: Kysely<Database>,
    private options: { dir: string; retentionDays: number; timeZone: string },
    /** What the route works out once per lookup (its headers). */
    private extra: (recording: RecordingFile) => Extra,
    private ttlMs = 5_000,
  ) {}

  async get(userId: number, callNumber: number): Promise<(OpenRecording & Extra) | null> {
    const key = `${userId}:${callNumber}`;
    const hit = this.entries.get(key);
    const now = Date.now();
    if (hit && hit.until > now) {
      // In its second half, looked up again behind the requests it still answers: a player's
      // requests never all wait for one expiry at once (under load they stalled together).
      if (hit.until - now < this.ttlMs / 2 && !this.pending.has(key)) this.lookUp(key, userId, callNumber).catch(() => {});
      return hit.recording;
    }
    return this.pending.get(key) ?? this.lookUp(key, userId, callNumber);
  }

  private lookUp(key: string, userId: number, callNumber: number): Promise<(OpenRecording & Extra) | null> {
    const lookup = this.find(key, userId, callNumber).finally(() => {
      if (this.pending.get(key) === lookup) this.pending.delete(key);
    });
    this.pending.set(key, lookup);
    return lookup;
  }

  private async find(key: string, userId: number, callNumber: number): Promise<(OpenRecording & Extra) | null> {
    // Trusted from when the check began, not when it ended.
    const until = Date.now() + this.ttlMs;
    const found = await findRecording(this.db, { userId }, callNumber, this.options);
    const opened = found ? await openedFile(found) : null;
    const replaced = this.entries.get(key);
    if (!opened) {
      // No longer to be heard (a grant revoked, the file gone): not even from the entry.
      if (replaced) {
        this.entries.delete(key);
        letGo(replaced);
      }
      return null;
    }
    const recording = { ...opened, ...this.extra(opened) };
    const entry: Entry<Extra> = { recording, until, held: true };
    if (replaced) letGo(replaced);
    this.entries.set(key, entry);
    setTimeout(() => {
      if (this.entries.get(key) === entry) this.entries.delete(key);
      letGo(entry);
    }, Math.max(0, until - Date.now())).unref();
    return recording;
  }
}

/** The recording's file opened, with the size and date of what was opened; null if it is not a file. */
async function openedFile(found: RecordingFile): Promise<OpenRecording | null> {
  let file: OpenFile;
  try {
    file = await OpenFile.open(found.path);
  } catch {
    return null;
  }
  const info = await promisify(fstat)(file.fd).catch(() => null);
  if (!info?.isFile()) {
    file.release();
    return null;
  }
  return { ...found, size: info.size, modified: info.mtime, open: file };
}

interface Entry<Extra> {
  recording: OpenRecording & Extra;
  until: number;
  /** Whether the cache still holds the file open (streams still reading keep their own hold). */
  held: boolean;
}

function letGo(entry: Entry<unknown>) {
  if (!entry.held) return;
  entry.held = false;
  entry.recording.open.release();
}

export type OpenRecording = RecordingFile & { open: OpenFile };

/** A file descriptor shared by the streams reading it (positional reads), closed after the last. */
export class OpenFile {
  private holders = 1;

  private constructor(readonly fd: number) {}

  static async open(path: string): Promise<OpenFile> {
    return new OpenFile(await promisify(open)(path, "r"));
  }

  /** Bytes `start`..`end` (both included); the stream holds the file until it closes. */
  stream(start: number, end: number): ReadStream {
    this.holders += 1;
    let released = false;
    return createReadStream("", {
      fd: this.fd,
      start,
      end,
      highWaterMark: 64 * 1024,
      // Closing the stream gives back its hold instead of closing the shared descriptor.
      fs: {
        read,
        close: (_fd: number, done: (error: NodeJS.ErrnoException | null) => void) => {
          if (!released) this.release();
          released = true;
          done(null);
        },
      },
    });
  }

  release() {
    this.holders -= 1;
    if (this.holders === 0) close(this.fd, () => {});
  }
}
