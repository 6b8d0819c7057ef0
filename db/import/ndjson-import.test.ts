import { randomBytes } from "node:crypto";
import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { sql } from "kysely";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { createTestDatabase, type TestDatabase } from "../testing/test-database";
import { dumpTables } from "../testing/table-dump";
import { MAX_LINE_BYTES } from "./line-reader";
import { ImportError, importNdjson } from "./ndjson-import";

let t: TestDatabase;
let dir: string;
let recordingsDir: string;

beforeAll(async () => {
  t = await createTestDatabase();
  dir = await mkdtemp(path.join(os.tmpdir(), "portal-import-"));
});
afterAll(async () => {
  await t.drop();
  await rm(dir, { recursive: true, force: true });
});
beforeEach(async () => {
  await sql`truncate billable_calls, billing_entries, messages, calls, accounts, billing_accounts cascade`.execute(t.db);
  recordingsDir = path.join(dir, `recordings-${Math.random().toString(36).slice(2)}`);
});

const billing = { type: "billing_account", billingNumber: "120045", name: "Plomberie Laval inc." };
const account = {
  type: "account",
  accountNumber: 5201,
  billingNumber: "120045",
  name: "Plomberie Laval",
  group: 1,
  infoPages: [{ title: "Heures", body: "Lundi au vendredi\n8 h à 17 h" }],
};
const call = (callNumber: number, extra: Record<string, unknown> = {}) => ({
  type: "call",
  callNumber,
  accountNumber: 5201,
  startedAt: "2026-11-20T09:15:00-05:00",
  kind: "in",
  durationSeconds: 95,
  callerId: "450-555-0101",
  callerName: "TREMBLAY J",
  agent: "ELD",
  station: 3,
  outcome: "answered",
  answerDelaySeconds: 6,
  agentSeconds: 80,
  holdSeconds: 0,
  workSeconds: 20,
  transferred: false,
  transferSeconds: null,
  distributionGroup: 1,
  quality: 90,
  recording: null,
  ...extra,
});
const message = {
  type: "message",
  messageId: 77,
  accountNumber: 5201,
  callNumber: 1001,
  takenAt: "2026-11-20T09:17:00-05:00",
  agent: "ELD",
  title: "URGENT",
  fields: [
    { label: "Prénom", value: "Jean" },
    { label: "Nom", value: "Tremblay" },
  ],
  history: [{ at: "2026-11-20T09:17:05-05:00", event: "email initiated to info@plomberielaval.ca" }],
};
const entry = {
  type: "billing_entry",
  billingNumber: "120045",
  entryId: "202611-01",
  date: "2026-11-20",
  description: "Services centre d'appels",
  amount: "189.00",
  accountNumber: 5201,
};
const billable = {
  type: "billable_call",
  accountNumber: 5201,
  callNumber: 1001,
  at: "2026-11-20T09:15:00-05:00",
  description: "Appel répondu",
  number: "450-555-0101",
  callerName: "TREMBLAY J",
  agent: "ELD",
  statSeconds: 80,
};

async function file(name: string, lines: unknown[]): Promise<string> {
  const p = path.join(dir, name);
  await mkdir(path.dirname(p), { recursive: true });
  await writeFile(p, lines.map((l) => (typeof l === "string" ? l : JSON.stringify(l))).join("\n") + "\n");
  return p;
}

const wav = Buffer.concat([Buffer.from("RIFF"), Buffer.alloc(40, 1)]);

const dump = () => dumpTables(t.db);

async function problemsOf(p: string): Promise<string[]> {
  const error = await importNdjson(t.db, p, { recordingsDir }).then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(ImportError);
  return (error as ImportError).problems;
}

describe("importNdjson", () => {
  it("imports a good file, copying its recording under a name of its own", async () => {
    await mkdir(path.join(dir, "good", "audio"), { recursive: true });
    await writeFile(path.join(dir, "good", "audio", "call 1001.WAV"), wav);
    const p = await file("good/import.ndjson", [
      billing,
      account,
      call(1001, { recording: { file: "audio/call 1001.WAV" } }),
      call(1002, { kind: "out", outcome: null }),
      message,
      entry,
      billable,
    ]);
    const result = await importNdjson(t.db, p, { recordingsDir });
    expect(result.imported).toEqual({
      billing_account: 1,
      account: 1,
      call: 2,
      message: 1,
      billing_entry: 1,
      billable_call: 1,
    });
    const calls = await t.db.selectFrom("calls").selectAll().orderBy("call_number").execute();
    expect(calls).toHaveLength(2);
    expect(calls[0]).toMatchObject({
      call_number: 1001,
      account_number: 5201,
      kind: "in",
      outcome: "answered",
      agent: "ELD",
      recording_type: "audio/wav",
      recording_bytes: wav.length,
    });
    expect(calls[0]!.started_at.toISOString()).toBe("2026-11-20T14:15:00.000Z");
    expect(calls[0]!.recording_file).toMatch(/^1001-[0-9a-f]{16}\.wav$/);
    expect(await readFile(path.join(recordingsDir, calls[0]!.recording_file!))).toEqual(wav);
    expect(calls[1]!.recording_file).toBeNull();
    const acc = await t.db.selectFrom("accounts").selectAll().executeTakeFirstOrThrow();
    expect(acc.info_pages).toEqual(account.infoPages);
    const m = await t.db.selectFrom("messages").selectAll().executeTakeFirstOrThrow();
    expect(m.fields).toEqual(message.fields);
    const e = await t.db.selectFrom("billing_entries").selectAll().executeTakeFirstOrThrow();
    expect(e).toMatchObject({ amount: "189.00", date: "2026-11-20", account_number: 5201 });

    // Importing the same file again changes nothing: same rows, same file names.
    const before = await dump();
    const files = await readdir(recordingsDir);
    await importNdjson(t.db, p, { recordingsDir });
    expect(await dump()).toEqual(before);
    expect(await readdir(recordingsDir)).toEqual(files);
  });

  it("updates by key, the later line of a file winning", async () => {
    const p = await file("update.ndjson", [billing, account, call(1001), call(1001, { durationSeconds: 300 })]);
    await importNdjson(t.db, p, { recordingsDir });
    const p2 = await file("update2.ndjson", [{ ...billing, name: "Plomberie Laval ltée" }]);
    await importNdjson(t.db, p2, { recordingsDir });
    expect((await t.db.selectFrom("calls").select("duration_seconds").execute()).map((r) => r.duration_seconds)).toEqual([
      300,
    ]);
    expect((await t.db.selectFrom("billing_accounts").select("name").executeTakeFirstOrThrow()).name).toBe(
      "Plomberie Laval ltée",
    );
  });

  it("accepts references to accounts already in the database", async () => {
    await importNdjson(t.db, await file("base.ndjson", [billing, account]), { recordingsDir });
    const result = await importNdjson(t.db, await file("later.ndjson", [call(1001), billable, entry]), {
      recordingsDir,
    });
    expect(result.imported.call).toBe(1);
    // Over several batches (read while the previous one is written), and a new account too.
    const lines: unknown[] = [];
    for (let i = 1; i <= 7000; i++) {
      if (i === 3000) lines.push({ ...account, accountNumber: 5202 });
      lines.push({ ...billable, accountNumber: i > 3000 && i % 2 ? 5202 : 5201, callNumber: i });
    }
    const many = await importNdjson(t.db, await file("many.ndjson", lines), { recordingsDir });
    expect(many.imported).toMatchObject({ account: 1, billable_call: 7000 });
  });

  it("changes nothing when one line is bad, and names that line", async () => {
    await importNdjson(t.db, await file("base.ndjson", [billing, account, call(1)]), { recordingsDir });
    const before = await dump();
    const problems = await problemsOf(
      await file("bad.ndjson", [call(2), call(3), { ...call(4), durationSecs: 5 }, call(5)]),
    );
    expect(problems).toEqual([expect.stringMatching(/^line 3: unknown field "durationSecs"/)]);
    expect(await dump()).toEqual(before);
  });

  it("refuses a line over the maximum as `line N: too long`, never the database's error, and changes nothing", async () => {
    await importNdjson(t.db, await file("base-long.ndjson", [billing, account, call(1)]), { recordingsDir });
    const before = await dump();
    const huge = { ...message, fields: [{ label: "Note", value: "x".repeat(MAX_LINE_BYTES) }] };
    const problems = await problemsOf(await file("long.ndjson", [call(2), huge, call(3)]));
    expect(problems).toEqual([`line 2: too long (more than ${MAX_LINE_BYTES} bytes)`]);
    expect(await dump()).toEqual(before);
  });

  it("stores a message of any length whole, the long ones marked for the search", async () => {
    await importNdjson(t.db, await file("base-message.ndjson", [billing, account]), { recordingsDir });
    // Letters and digits that do not compress: a b-tree row of them over 2,704 bytes is refused.
    const noise = randomBytes(5000).toString("hex");
    const long = { ...message, fields: [{ label: "Note", value: noise }, ...message.fields] };
    const short = { ...message, messageId: 78, fields: [{ label: "Note", value: noise.slice(0, 2500) }] };
    await importNdjson(t.db, await file("long-message.ndjson", [long, short]), { recordingsDir });
    const rows = await t.db
      .selectFrom("messages")
      .select(["message_id", "title", "fields", "search_long"])
      .orderBy("message_id")
      .execute();
    expect(rows).toEqual([
      { message_id: 77, title: "URGENT", fields: long.fields, search_long: true },
      { message_id: 78, title: "URGENT", fields: short.fields, search_long: false },
    ]);
  });

  it("reports every bad line, with its reason", async () => {
    await mkdir(path.join(dir, "many"), { recursive: true });
    await writeFile(path.join(dir, "many", "notes.txt"), "x");
    const p = await file("many/bad.ndjson", [
      billing, // 1
      account, // 2
      call(1, { accountNumber: 9999 }), // 3 unknown account
      call(2, { startedAt: "2026-11-20T09:15:00" }), // 4 no offset
      { ...entry, amount: "12.345" }, // 5 bad amount
      '{"type": "call", "callNumber": 3,', // 6 malformed JSON
      call(4, { recording: { file: "../../etc/passwd" } }), // 7 escapes the folder
      call(5, { recording: { file: "/etc/passwd.wav" } }), // 8 absolute
      call(6, { recording: { file: "missing.wav" } }), // 9 missing file
      call(7, { recording: { file: "notes.txt" } }), // 10 unknown extension
      { type: "account", accountNumber: 5300, billingNumber: "555", name: "X", group: 1 }, // 11 unknown billing
      { ...message, takenAt: "yesterday" }, // 12
      { type: "widget" }, // 13
      call(8, { kind: "out" }), // 14 outcome on an outbound call
      call(9), // 15 fine
      { ...billable, accountNumber: 6101 }, // 16 account defined only later
      { ...account, accountNumber: 6101 }, // 17
      { ...entry, entryId: "x2", date: "2026-02-30" }, // 18 no such day
      "", // 19 blank: ignored
      { ...call(10), quality: 101 }, // 20
    ]);
    const problems = await problemsOf(p);
    expect(problems.map((x) => Number(/^line (\d+):/.exec(x)?.[1]))).toEqual([
      3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 16, 18, 20,
    ]);
    const reason = (line: number) => problems.find((x) => x.startsWith(`line ${line}:`))!;
    expect(reason(3)).toMatch(/account 9999 is neither in the database nor defined earlier/);
    expect(reason(4)).toMatch(/startedAt: .*offset/);
    expect(reason(5)).toMatch(/amount/);
    expect(reason(6)).toMatch(/malformed JSON/);
    expect(reason(7)).toMatch(/outside the import file's folder/);
    expect(reason(8)).toMatch(/relative/);
    expect(reason(9)).toMatch(/does not exist/);
    expect(reason(10)).toMatch(/unknown extension/);
    expect(reason(11)).toMatch(/billing number "555"/);
    expect(reason(13)).toMatch(/unknown type "widget"/);
    expect(reason(16)).toMatch(/account 6101/);
    expect(await dump()).toEqual({
      billing_accounts: [],
      accounts: [],
      calls: [],
      messages: [],
      billing_entries: [],
      billable_calls: [],
    });
  });

  it("removes the recordings it copied when the file is refused, and keeps older ones", async () => {
    await mkdir(path.join(dir, "rollback"), { recursive: true });
    await writeFile(path.join(dir, "rollback", "a.wav"), wav);
    await writeFile(path.join(dir, "rollback", "b.mp3"), Buffer.from("ID3 not really"));
    await importNdjson(
      t.db,
      await file("rollback/first.ndjson", [billing, account, call(1, { recording: { file: "a.wav" } })]),
      { recordingsDir },
    );
    const kept = await readdir(recordingsDir);
    expect(kept).toHaveLength(1);
    // Many good lines first, so that their recordings are copied before the bad line is met.
    const lines: unknown[] = [call(1, { recording: { file: "a.wav" } })];
    for (let i = 2; i < 2500; i++) lines.push(call(i, { recording: { file: i % 2 ? "a.wav" : "b.mp3" } }));
    lines.push(call(99999, { accountNumber: 1 }));
    const problems = await problemsOf(await file("rollback/second.ndjson", lines));
    expect(problems).toEqual([expect.stringMatching(/^line 2500: account 1 /)]);
    expect(await readdir(recordingsDir)).toEqual(kept);
    expect(await t.db.selectFrom("calls").select("call_number").execute()).toEqual([{ call_number: 1 }]);
  });

  it("stores the MIME type of each recording format", async () => {
    await mkdir(path.join(dir, "types"), { recursive: true });
    const exts = ["wav", "mp3", "ogg", "opus", "m4a"];
    for (const ext of exts) await writeFile(path.join(dir, "types", `x.${ext}`), `content ${ext}`);
    await importNdjson(
      t.db,
      await file("types/i.ndjson", [
        billing,
        account,
        ...exts.map((ext, i) => call(i + 1, { recording: { file: `x.${ext}` } })),
      ]),
      { recordingsDir },
    );
    const rows = await t.db.selectFrom("calls").select(["recording_type", "recording_file"]).orderBy("call_number").execute();
    expect(rows.map((r) => r.recording_type)).toEqual(["audio/wav", "audio/mpeg", "audio/ogg", "audio/ogg", "audio/mp4"]);
    expect(rows[3]!.recording_file).toMatch(/^4-[0-9a-f]{16}\.opus$/);
  });

  it("reports progress and handles many lines in batches", async () => {
    const lines: unknown[] = [billing, account];
    for (let i = 1; i <= 5000; i++) lines.push({ ...billable, callNumber: i });
    const seen: number[] = [];
    const result = await importNdjson(t.db, await file("big.ndjson", lines), {
      recordingsDir,
      progressEvery: 1000,
      onProgress: ({ lines }) => seen.push(lines),
    });
    expect(result.imported.billable_call).toBe(5000);
    expect(seen).toEqual([1000, 2000, 3000, 4000, 5000, 5002]);
    const count = await t.db.selectFrom("billable_calls").select((eb) => eb.fn.countAll<number>().as("n")).executeTakeFirstOrThrow();
    expect(count.n).toBe(5000);
  });

  it("refuses a file that does not exist", async () => {
    await expect(importNdjson(t.db, path.join(dir, "nope.ndjson"), { recordingsDir })).rejects.toThrow(/cannot read/);
  });
});
