import { createHash, randomBytes } from "node:crypto";
import { createReadStream } from "node:fs";
import { copyFile, link, mkdir, realpath, rename, stat, unlink, writeFile } from "node:fs/promises";
import path from "node:path";
import type { StoredRecording } from "./record-rows";

/** The recording formats the portal accepts, by extension, and the MIME type it serves them as. */
export const recordingTypes: Readonly<Record<string, string>> = {
  ".wav": "audio/wav",
  ".mp3": "audio/mpeg",
  ".ogg": "audio/ogg",
  ".opus": "audio/ogg",
  ".m4a": "audio/mp4",
};

/** Recording content held in memory (the demo's), with what the store learns about it. */
export interface Clip {
  content: Buffer;
  /** `.wav`, … */
  ext: string;
  digest?: string;
  /** A file in the store with this content, to link to. */
  file?: string;
}

export class RecordingError extends Error {}

/**
 * The real path of a recording named in an import file, or a RecordingError saying why it
 * cannot be used: `file` must be relative, stay inside the import file's folder (also after
 * following symbolic links), have a known extension and be an existing regular file.
 */
export async function resolveRecordingFile(baseDir: string, file: string): Promise<{ path: string; ext: string }> {
  if (path.isAbsolute(file) || path.win32.isAbsolute(file)) {
    throw new RecordingError(`recording.file ${JSON.stringify(file)} must be a path relative to the import file`);
  }
  const base = await realpath(baseDir);
  const wanted = path.resolve(base, file);
  if (!inside(base, wanted)) {
    throw new RecordingError(`recording.file ${JSON.stringify(file)} is outside the import file's folder`);
  }
  const ext = path.extname(file).toLowerCase();
  if (!Object.hasOwn(recordingTypes, ext)) {
    throw new RecordingError(
      `recording.file ${JSON.stringify(file)} has an unknown extension (allowed: ${Object.keys(recordingTypes).join(" ")})`,
    );
  }
  let real: string;
  try {
    real = await realpath(wanted);
  } catch {
    throw new RecordingError(`recording.file ${JSON.stringify(file)} does not exist`);
  }
  if (!inside(base, real)) {
    throw new RecordingError(`recording.file ${JSON.stringify(file)} is outside the import file's folder`);
  }
  const info = await stat(real);
  if (!info.isFile()) throw new RecordingError(`recording.file ${JSON.stringify(file)} is not a file`);
  return { path: real, ext };
}

function inside(dir: string, candidate: string) {
  const rel = path.relative(dir, candidate);
  return rel !== "" && !rel.startsWith("..") && !path.isAbsolute(rel);
}

/** The first 16 hex digits of the SHA-256 of a file's content. */
export async function fileDigest(file: string): Promise<string> {
  const hash = createHash("sha256");
  for await (const chunk of createReadStream(file)) hash.update(chunk as Buffer);
  return hash.digest("hex").slice(0, 16);
}

/** The name the portal gives a call's recording: `<callNumber>-<sha256, 16 hex>.<ext>`. */
export function recordingName(callNumber: number, digest: string, ext: string): string {
  return `${callNumber}-${digest}${ext}`;
}

/**
 * Files written into RECORDINGS_DIR by one import (or demo load), so that they can be removed
 * again if its transaction fails. Files that were already there are never listed.
 */
export class RecordingStore {
  readonly created: string[] = [];
  private ready = false;

  constructor(readonly dir: string) {}

  private async prepare() {
    if (!this.ready) await mkdir(this.dir, { recursive: true });
    this.ready = true;
  }

  /** Copies `source` into the store as the recording of `callNumber` (nothing to do if it is already there). */
  async copy(callNumber: number, source: { path: string; ext: string }): Promise<StoredRecording> {
    await this.prepare();
    const digest = await fileDigest(source.path);
    const name = recordingName(callNumber, digest, source.ext);
    const target = path.join(this.dir, name);
    const existing = await sizeOf(target);
    if (existing !== null) return { file: name, type: recordingTypes[source.ext]!, bytes: existing };
    const temporary = path.join(this.dir, `.${name}.${randomBytes(4).toString("hex")}.tmp`);
    try {
      await copyFile(source.path, temporary);
    } catch (e) {
      // A full disk (ENOSPC) leaves half a file: never kept, and the import fails whole.
      await unlink(temporary).catch(() => {});
      throw new Error(`cannot copy recording ${path.basename(source.path)} into ${this.dir}: ${(e as NodeJS.ErrnoException).code === "ENOSPC" ? "no space left on the disk" : (e as Error).message}`);
    }
    await this.place(temporary, target);
    return { file: name, type: recordingTypes[source.ext]!, bytes: (await stat(target)).size };
  }

  /**
   * Keeps `clip.content` as the recording of `callNumber`. The clip remembers its digest and
   * the first file this store wrote for it: later calls with the same clip get a hard link to
   * that file (no extra space) instead of a copy, each under its own name.
   */
  async write(callNumber: number, clip: Clip): Promise<StoredRecording> {
    await this.prepare();
    clip.digest ??= createHash("sha256").update(clip.content).digest("hex").slice(0, 16);
    const name = recordingName(callNumber, clip.digest, clip.ext);
    const target = path.join(this.dir, name);
    const stored = { file: name, type: recordingTypes[clip.ext]!, bytes: clip.content.length };
    if ((await sizeOf(target)) !== null) {
      clip.file ??= target;
      return stored;
    }
    const temporary = path.join(this.dir, `.${name}.${randomBytes(4).toString("hex")}.tmp`);
    let linked = false;
    if (clip.file) {
      try {
        await link(clip.file, temporary);
        linked = true;
      } catch {
        // No hard links on this file system (or the file is gone): write a copy.
      }
    }
    if (!linked) await writeFile(temporary, clip.content);
    await this.place(temporary, target);
    clip.file ??= target;
    return stored;
  }

  private async place(temporary: string, target: string) {
    await rename(temporary, target);
    this.created.push(target);
  }

  /** Removes the files this store created (after a failed transaction). */
  async discard(): Promise<void> {
    await Promise.all(this.created.map((file) => unlink(file).catch(() => {})));
    this.created.length = 0;
  }
}

async function sizeOf(file: string): Promise<number | null> {
  try {
    return (await stat(file)).size;
  } catch {
    return null;
  }
}
