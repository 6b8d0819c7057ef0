import { createReadStream } from "node:fs";
import { realpath, stat } from "node:fs/promises";
import path from "node:path";
import type { Readable } from "node:stream";
import type { Kysely } from "kysely";
import type { Database } from "../database";
import { MAX_LINE_BYTES, readLines } from "./line-reader";
import { ReferenceCheck } from "./reference-check";
import {
  accountRow,
  billableCallRow,
  billingAccountRow,
  billingEntryRow,
  callRow,
  messageRow,
  recordKey,
  type StoredRecording,
} from "./record-rows";
import { type ImportRecord, parseRecord, type RecordType, recordTypes } from "./record-schemas";
import { RecordingError, RecordingStore, resolveRecordingFile } from "./recording-files";
import { upsertRows } from "./upsert";

/** Lines read before their rows are written (and their references looked up) together. */
const LINES_PER_BATCH = 2000;
/** Bad lines named in an ImportError; the rest are only counted. */
const MAX_REPORTED = 1000;
/** Recording files hashed and copied at the same time. */
const COPY_CONCURRENCY = 8;

export type ImportCounts = Record<RecordType, number>;

export interface ImportOptions {
  /** RECORDINGS_DIR: where recording files are copied to. */
  recordingsDir: string;
  /** Called every `progressEvery` lines (default 50,000) and once at the end. */
  onProgress?: (progress: { lines: number; done: boolean }) => void;
  progressEvery?: number;
}

export interface ImportResult {
  /** Valid lines of each type (a record given twice counts twice). */
  imported: ImportCounts;
  lines: number;
}

/** A file with bad lines: nothing was changed. `problems` holds `line N: <reason>`, in line order. */
export class ImportError extends Error {
  constructor(
    readonly problems: string[],
    /** How many lines were bad (more than `problems.length` when the list was capped). */
    readonly badLines: number,
  ) {
    super(`${badLines} bad line${badLines === 1 ? "" : "s"}; nothing was imported`);
    this.name = "ImportError";
  }
}

interface Entry {
  line: number;
  record: ImportRecord;
  recording?: StoredRecording | null;
  /** References to look up in the database before this entry may be written. */
  lookups?: { account?: number[]; billing?: string[] };
}

/**
 * Imports an NDJSON file (docs/import-format.md) in one transaction: upserts each record by its
 * key, copies the recordings it names into `recordingsDir`. Streams the file, so its size
 * does not matter. Any bad line: the transaction is rolled back, the recording files this
 * import copied are removed, and an ImportError names every bad line.
 *
 * @example
 * const { imported } = await importNdjson(db, "calls.ndjson", { recordingsDir: "data/recordings" });
 * // imported.call === 12
 */
export async function importNdjson(
  db: Kysely<Database>,
  filePath: string,
  options: ImportOptions,
): Promise<ImportResult> {
  const info = await stat(filePath).catch(() => null);
  if (!info?.isFile()) throw new Error(`cannot read ${filePath}: no such file`);
  const baseDir = await realpath(path.dirname(path.resolve(filePath)));
  const input = createReadStream(filePath);
  try {
    return await importLines(db, input, { ...options, resolveRecording: (file) => resolveRecordingFile(baseDir, file) });
  } finally {
    input.destroy();
  }
}

export interface LinesImportOptions extends ImportOptions {
  /** Finds the file a call's `recording.file` names, or throws a RecordingError saying why not. */
  resolveRecording(file: string): Promise<{ path: string; ext: string }>;
  /**
   * The recordings already kept for calls whose record names none (the ingest API's: a call's
   * file is sent on its own, before or after the record), looked up inside the transaction.
   * Without it, such a call has no recording, as its record says.
   */
  keptRecordings?(trx: Kysely<Database>, callNumbers: number[]): Promise<Map<number, StoredRecording>>;
}

/**
 * Imports NDJSON read from `input` (a file, a request's body) in one transaction, exactly as
 * `importNdjson` does: the same validation, the same `line N: <reason>`, nothing changed on
 * any bad line.
 */
export async function importLines(
  db: Kysely<Database>,
  input: Readable,
  options: LinesImportOptions,
): Promise<ImportResult> {
  const store = new RecordingStore(options.recordingsDir);
  try {
    return await db.transaction().execute((trx) => run(trx, input, store, options));
  } catch (e) {
    await store.discard();
    throw e;
  }
}

async function run(
  trx: Kysely<Database>,
  input: Readable,
  store: RecordingStore,
  options: LinesImportOptions,
): Promise<ImportResult> {
  const refs = new ReferenceCheck();
  const imported = Object.fromEntries(recordTypes.map((t) => [t, 0])) as ImportCounts;
  const problems: { line: number; reason: string }[] = [];
  let badLines = 0;
  const bad = (line: number, reason: string) => {
    badLines++;
    if (problems.length < MAX_REPORTED) problems.push({ line, reason });
  };

  const write = async (entries: Entry[]) => {
    await checkReferences(trx, refs, entries, bad);
    const valid = entries.filter((e) => !e.lookups);
    await storeRecordings(valid, options.resolveRecording, store, badLines > 0, bad);
    if (badLines > 0) return;
    if (options.keptRecordings) await attachKeptRecordings(trx, valid, options.keptRecordings);
    await writeRecords(trx, valid);
  };
  // While the database writes one batch, the next one is read and validated: at most two
  // batches are held at once, and both processors work.
  let batch: Entry[] = [];
  let writing: Promise<void> = Promise.resolve();
  const flush = async () => {
    await writing;
    const entries = batch;
    batch = [];
    writing = write(entries);
    writing.catch(() => {}); // awaited by the next flush or at the end
  };

  const every = options.progressEvery ?? 50_000;
  const lines = readLines(input);
  let n = 0;
  try {
    for await (const raw of lines) {
      n++;
      if (n % every === 0) options.onProgress?.({ lines: n, done: false });
      if (raw === null) {
        bad(n, `too long (more than ${MAX_LINE_BYTES} bytes)`);
        continue;
      }
      const text = n === 1 && raw.startsWith("\uFEFF") ? raw.slice(1) : raw;
      if (text.trim() === "") continue;
      let value: unknown;
      try {
        value = JSON.parse(text);
      } catch (e) {
        bad(n, `malformed JSON (${(e as Error).message})`);
        continue;
      }
      defineKeys(refs, value);
      const parsed = parseRecord(value);
      if (!parsed.ok) {
        bad(n, parsed.reason);
        continue;
      }
      const entry: Entry = { line: n, record: parsed.record };
      const immediate = referenceProblem(refs, entry);
      if (immediate) {
        bad(n, immediate);
        continue;
      }
      imported[parsed.record.type]++;
      batch.push(entry);
      if (batch.length >= LINES_PER_BATCH) await flush();
    }
    await flush();
    await writing;
  } finally {
    await lines.return(null);
  }
  options.onProgress?.({ lines: n, done: true });

  if (badLines > 0) {
    problems.sort((a, b) => a.line - b.line);
    throw new ImportError(
      problems.map((p) => `line ${p.line}: ${p.reason}`),
      badLines,
    );
  }
  return { imported, lines: n };
}

/** Gives the calls that name no recording the one already kept for them, if any. */
async function attachKeptRecordings(
  trx: Kysely<Database>,
  entries: Entry[],
  keptRecordings: NonNullable<LinesImportOptions["keptRecordings"]>,
) {
  const calls = entries.filter((e) => e.record.type === "call" && !e.record.recording);
  if (calls.length === 0) return;
  const kept = await keptRecordings(trx, calls.map((e) => (e.record as ImportRecord<"call">).callNumber));
  for (const e of calls) e.recording = kept.get((e.record as ImportRecord<"call">).callNumber) ?? null;
}

/**
 * A line that defines an account or a billing number makes it known to the lines after it,
 * even when the line itself is bad (it is reported; the lines that refer to it are not at fault).
 */
function defineKeys(refs: ReferenceCheck, value: unknown) {
  if (typeof value !== "object" || value === null) return;
  const v = value as Record<string, unknown>;
  if (v.type === "account" && Number.isInteger(v.accountNumber)) refs.defineAccount(v.accountNumber as number);
  if (v.type === "billing_account" && typeof v.billingNumber === "string") refs.defineBilling(v.billingNumber);
}

/** The references of a record: checks what is known now, and notes what the database must tell. */
function referenceProblem(refs: ReferenceCheck, entry: Entry): string | null {
  const r = entry.record;
  const accounts: number[] = [];
  const billings: string[] = [];
  if (r.type === "account") billings.push(r.billingNumber);
  else if (r.type === "billing_entry") {
    billings.push(r.billingNumber);
    if (r.accountNumber !== null) accounts.push(r.accountNumber);
  } else if (r.type !== "billing_account") accounts.push(r.accountNumber);

  const lookups: { account?: number[]; billing?: string[] } = {};
  for (const b of billings) {
    const known = refs.billing(b);
    if (known === false) return unknownBilling(b);
    if (known === null) (lookups.billing ??= []).push(b);
  }
  for (const a of accounts) {
    const known = refs.account(a);
    if (known === false) return unknownAccount(a);
    if (known === null) (lookups.account ??= []).push(a);
  }
  if (lookups.account || lookups.billing) entry.lookups = lookups;
  return null;
}

const unknownAccount = (n: number) => `account ${n} is neither in the database nor defined earlier in the file`;
const unknownBilling = (b: string) =>
  `billing number ${JSON.stringify(b)} is neither in the database nor defined earlier in the file`;

async function checkReferences(
  trx: Kysely<Database>,
  refs: ReferenceCheck,
  entries: Entry[],
  bad: (line: number, reason: string) => void,
) {
  if (!entries.some((e) => e.lookups)) return;
  await refs.resolve(trx);
  for (const e of entries) {
    if (!e.lookups) continue;
    const missingBilling = e.lookups.billing?.find((b) => !refs.inDatabaseBilling(b));
    const missingAccount = e.lookups.account?.find((a) => !refs.inDatabaseAccount(a));
    if (missingBilling !== undefined) bad(e.line, unknownBilling(missingBilling));
    else if (missingAccount !== undefined) bad(e.line, unknownAccount(missingAccount));
    else delete e.lookups; // resolved; an entry that keeps `lookups` is bad and is not written
  }
}

/**
 * Resolves the recording file of every call that names one; copies it into the store unless
 * the import already failed (then only checks it, to report every bad line).
 */
async function storeRecordings(
  entries: Entry[],
  resolveRecording: LinesImportOptions["resolveRecording"],
  store: RecordingStore,
  checkOnly: boolean,
  bad: (line: number, reason: string) => void,
) {
  const calls = entries.filter((e) => e.record.type === "call" && e.record.recording);
  for (let i = 0; i < calls.length; i += COPY_CONCURRENCY) {
    // Every copy of the batch settles before a failure goes up: one still running when the
    // import is undone would place its file after the store had removed the others.
    const copies = await Promise.allSettled(
      calls.slice(i, i + COPY_CONCURRENCY).map(async (e) => {
        const call = e.record as ImportRecord<"call">;
        try {
          const source = await resolveRecording(call.recording!.file);
          if (!checkOnly) e.recording = await store.copy(call.callNumber, source);
        } catch (err) {
          if (!(err instanceof RecordingError)) throw err;
          bad(e.line, err.message);
          e.recording = undefined;
          checkOnly = true;
        }
      }),
    );
    const failed = copies.find((copy) => copy.status === "rejected");
    if (failed) throw failed.reason;
  }
}

/**
 * Upserts validated records, references first (billing accounts, accounts, then the rest); a
 * key given twice: the later record wins. The importer and the demo both write through here.
 */
export async function writeRecords(
  db: Kysely<Database>,
  items: readonly { record: ImportRecord; recording?: StoredRecording | null }[],
): Promise<void> {
  const byType = new Map<RecordType, Map<string, { record: ImportRecord; recording?: StoredRecording | null }>>();
  for (const item of items) {
    let m = byType.get(item.record.type);
    if (!m) byType.set(item.record.type, (m = new Map()));
    const key = recordKey(item.record);
    m.delete(key);
    m.set(key, item);
  }
  const of = <T extends RecordType>(type: T) =>
    [...(byType.get(type)?.values() ?? [])] as { record: ImportRecord<T>; recording?: StoredRecording | null }[];
  await upsertRows(db, "billing_account", of("billing_account").map((i) => billingAccountRow(i.record)));
  await upsertRows(db, "account", of("account").map((i) => accountRow(i.record)));
  await upsertRows(db, "call", of("call").map((i) => callRow(i.record, i.recording ?? null)));
  await upsertRows(db, "message", of("message").map((i) => messageRow(i.record)));
  await upsertRows(db, "billing_entry", of("billing_entry").map((i) => billingEntryRow(i.record)));
  await upsertRows(db, "billable_call", of("billable_call").map((i) => billableCallRow(i.record)));
}
