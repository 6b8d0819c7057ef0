import { readFile } from "node:fs/promises";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { MAX_LINE_BYTES } from "../../db/import/line-reader";
import { createTestDatabase, type TestDatabase } from "../../db/testing/test-database";
import { dumpTables } from "../../db/testing/table-dump";
import { createApp } from "../app";
import type { Config } from "../config";
import { addDays, today } from "../../shared/time-zone";
import { alice, bob, seedTwoCompanies, testConfig } from "../testing/fixtures";
import { TestBrowser } from "../testing/http-client";
import { addToken, listTokens, revokeToken } from "./api-tokens";

let t: TestDatabase;
let app: ReturnType<typeof createApp>;
let config: Config;
let token: string;

beforeAll(async () => {
  t = await createTestDatabase();
  await seedTwoCompanies(t.db);
  config = testConfig({ ingest: { maxBodyBytes: 64 * 1024, maxRecordingBytes: 4096, requestsPerMinute: 6000 } });
  app = createApp({ db: t.db, config });
  token = await addToken(t.db, "switch");
});
afterAll(() => t.drop());

const recent = new Date(Date.now() - 3_600_000).toISOString();
const call = (callNumber: number, extra: Record<string, unknown> = {}) => ({
  type: "call",
  callNumber,
  accountNumber: 5201,
  startedAt: recent,
  kind: "in",
  durationSeconds: 60,
  callerId: "5145550101",
  callerName: "Jean Tremblay",
  agent: "MCL",
  station: 3,
  outcome: "answered",
  answerDelaySeconds: 4,
  agentSeconds: 50,
  holdSeconds: 0,
  workSeconds: 10,
  transferred: false,
  transferSeconds: null,
  distributionGroup: 1,
  quality: 90,
  recording: null,
  ...extra,
});
const message = (messageId: number, extra: Record<string, unknown> = {}) => ({
  type: "message",
  messageId,
  accountNumber: 5201,
  callNumber: null,
  takenAt: recent,
  agent: "MCL",
  title: "Rappeler M. Tremblay",
  fields: [{ label: "Prénom", value: "Jean" }],
  history: [],
  ...extra,
});
const ndjson = (...records: unknown[]) => records.map((r) => JSON.stringify(r)).join("\n") + "\n";

function ingest(body: string, auth: string | null = `Bearer ${token}`, extra: Record<string, string> = {}) {
  return app.request("http://portal.test/ingest", {
    method: "POST",
    headers: { "content-type": "application/x-ndjson", ...(auth ? { authorization: auth } : {}), ...extra },
    body,
  });
}
function putRecording(callNumber: number | string, bytes: Buffer, type = "audio/wav", auth = `Bearer ${token}`) {
  return app.request(`http://portal.test/ingest/recordings/${callNumber}`, {
    method: "PUT",
    headers: { "content-type": type, authorization: auth },
    body: new Uint8Array(bytes),
  });
}

describe("POST /ingest", () => {
  it("imports the records and answers their counts; the same body again changes nothing", async () => {
    const body = ndjson(call(100), message(900, { callNumber: 100 }));
    const res = await ingest(body);
    expect(res.status).toBe(200);
    expect((await res.json()).imported).toMatchObject({ call: 1, message: 1 });
    const before = await dumpTables(t.db);
    expect((await ingest(body)).status).toBe(200);
    expect(await dumpTables(t.db)).toEqual(before);
  });

  it("refuses a body with bad lines whole, naming every one, and changes nothing", async () => {
    const before = await dumpTables(t.db);
    const res = await ingest(ndjson(call(101), { type: "call", callNumber: 102 }, message(901, { accountNumber: 9999 })) + "{oops\n");
    expect(res.status).toBe(400);
    const body = await res.json();
    expect(body.problems).toHaveLength(3);
    expect(body.problems[0]).toMatch(/^line 2: /);
    expect(body.problems[1]).toMatch(/^line 3: account 9999 is neither/);
    expect(body.problems[2]).toMatch(/^line 4: malformed JSON/);
    expect(await dumpTables(t.db)).toEqual(before);
  });

  it("refuses a recording.file (the file comes by PUT) as a bad line", async () => {
    const res = await ingest(ndjson(call(103, { recording: { file: "x.wav" } })));
    expect(res.status).toBe(400);
    expect((await res.json()).problems[0]).toMatch(/^line 1: recording\.file cannot be read over HTTP/);
  });

  it("refuses a line over the maximum as `line N: too long` (the importer's rule), and changes nothing", async () => {
    // A body limit above the line limit, so that the line's own limit is the one reached.
    const roomy = createApp({ db: t.db, config: testConfig({ ingest: { ...config.ingest, maxBodyBytes: 4 * MAX_LINE_BYTES } }) });
    const before = await dumpTables(t.db);
    const body = ndjson(call(104), message(902, { title: "x".repeat(MAX_LINE_BYTES) }), call(105));
    const res = await roomy.request("http://portal.test/ingest", {
      method: "POST",
      headers: { "content-type": "application/x-ndjson", authorization: `Bearer ${token}` },
      body,
    });
    expect(res.status).toBe(400);
    expect((await res.json()).problems).toEqual([`line 2: too long (more than ${MAX_LINE_BYTES} bytes)`]);
    expect(await dumpTables(t.db)).toEqual(before);
  });

  it("keeps a message of any length whole, found by a word at its start or its end, for its client only", async () => {
    // 10,000 letters and digits that do not compress between two words: more than a b-tree row holds.
    const noise = Array.from({ length: 1250 }, (_, i) => ((i * 2654435761) >>> 0).toString(16).padStart(8, "0")).join("");
    const fields = [
      { label: "Prénom", value: "Jean" },
      { label: "Note", value: `Kamouraska ${noise} Rimouski` },
    ];
    const res = await ingest(ndjson(message(903, { title: "Longue note", fields })));
    expect(res.status).toBe(200);
    const period = { from: addDays(today(config.timeZone), -1), to: today(config.timeZone) };
    const found = async (browser: TestBrowser, keyword: string) => {
      const answer = await browser.trpc("messages.search", { filters: { ...period, keyword }, offset: 0 });
      expect(answer.status).toBe(200);
      return (answer.body.result.data.rows as { messageId: number }[]).map((r) => r.messageId);
    };
    const aliceBrowser = new TestBrowser(app);
    expect((await aliceBrowser.signIn(alice.username, alice.password)).status).toBe(200);
    expect(await found(aliceBrowser, "kamouraska")).toEqual([903]);
    expect(await found(aliceBrowser, "rimouski")).toEqual([903]);
    expect(await found(aliceBrowser, `kamouraska ${noise.slice(-12)}rimouski`)).toEqual([903]);
    // The short messages are still found beside it, newest first.
    expect(await found(aliceBrowser, "jean")).toEqual([903, 900]);
    const one = await aliceBrowser.trpc("messages.byId", { messageId: 903 });
    expect(one.status).toBe(200);
    expect(one.body.result.data.fields).toEqual(fields);
    const bobBrowser = new TestBrowser(app);
    expect((await bobBrowser.signIn(bob.username, bob.password)).status).toBe(200);
    expect(await found(bobBrowser, "rimouski")).toEqual([]);
    expect((await bobBrowser.trpc("messages.byId", { messageId: 903 })).status).toBe(404);
  });

  it("answers 413 over the size limit, and changes nothing", async () => {
    const before = await dumpTables(t.db);
    const lines = Array.from({ length: 200 }, (_, i) => call(2000 + i));
    expect((await ingest(ndjson(...lines))).status).toBe(413);
    expect(await dumpTables(t.db)).toEqual(before);
  });
});

describe("tokens", () => {
  it("missing, wrong, malformed or revoked: 401, and nothing is written", async () => {
    const before = await dumpTables(t.db);
    const body = ndjson(call(110));
    expect((await ingest(body, null)).status).toBe(401);
    expect((await ingest(body, "Bearer pit_" + "a".repeat(40))).status).toBe(401);
    expect((await ingest(body, `Basic ${token}`)).status).toBe(401);
    const other = await addToken(t.db, "old-switch");
    await revokeToken(t.db, "old-switch");
    expect((await ingest(body, `Bearer ${other}`)).status).toBe(401);
    expect((await putRecording(110, Buffer.from("RIFF"), "audio/wav", `Bearer ${other}`)).status).toBe(401);
    expect(await dumpTables(t.db)).toEqual(before);
  });

  it("are stored hashed, listed without the token, and unique by name", async () => {
    const rows = await t.db.selectFrom("api_tokens").selectAll().execute();
    expect(rows.some((r) => r.token_hash.includes(token) || token.includes(r.token_hash))).toBe(false);
    expect(JSON.stringify(await listTokens(t.db))).not.toContain("pit_");
    await expect(addToken(t.db, "switch")).rejects.toThrow(/already exists/);
  });

  it("a token opens no user page, and a session cookie never opens /ingest", async () => {
    const asToken = await app.request("http://portal.test/trpc/session.me", { headers: { authorization: `Bearer ${token}` } });
    expect(asToken.status).toBe(401);
    const recording = await app.request("http://portal.test/recordings/100", { headers: { authorization: `Bearer ${token}` } });
    expect(recording.status).toBe(404);
    const browser = new TestBrowser(app);
    expect((await browser.signIn(alice.username, alice.password)).status).toBe(200);
    const res = await browser.request("/ingest", { method: "POST", body: ndjson(call(111)) });
    expect(res.status).toBe(401);
  });

  it("over the rate: 429 with Retry-After", async () => {
    const slow = createApp({ db: t.db, config: { ...config, ingest: { ...config.ingest, requestsPerMinute: 10 } } });
    const send = () =>
      slow.request("http://portal.test/ingest", { method: "POST", headers: { authorization: `Bearer ${token}` }, body: "" });
    expect((await send()).status).toBe(200);
    const refused = await send();
    expect(refused.status).toBe(429);
    expect(Number(refused.headers.get("retry-after"))).toBeGreaterThan(0);
  });
});

describe("PUT /ingest/recordings/<callNumber>", () => {
  const wav = Buffer.from("RIFF....WAVEfmt recording bytes");

  it("attaches the file to a call that is there", async () => {
    const res = await putRecording(100, wav);
    expect(res.status).toBe(201);
    expect(await res.json()).toMatchObject({ attached: true, bytes: wav.length });
    const row = await t.db.selectFrom("calls").selectAll().where("call_number", "=", 100).executeTakeFirstOrThrow();
    expect(row.recording_type).toBe("audio/wav");
    expect(await readFile(path.join(config.recordingsDir, row.recording_file!))).toEqual(wav);
  });

  it("keeps a file that came first for its call's record, which re-sent keeps it", async () => {
    const res = await putRecording(120, wav, "audio/ogg; codecs=opus");
    expect(await res.json()).toMatchObject({ attached: false });
    expect((await ingest(ndjson(call(120)))).status).toBe(200);
    const row = await t.db.selectFrom("calls").selectAll().where("call_number", "=", 120).executeTakeFirstOrThrow();
    expect(row.recording_file).toMatch(/^120-[0-9a-f]{16}\.ogg$/);
    expect(await t.db.selectFrom("pending_recordings").selectAll().execute()).toEqual([]);
    expect((await ingest(ndjson(call(120)))).status).toBe(200);
    const again = await t.db.selectFrom("calls").select("recording_file").where("call_number", "=", 120).executeTakeFirstOrThrow();
    expect(again.recording_file).toBe(row.recording_file);
  });

  it("refuses an unknown type (415), an empty body, a bad number, and a file over the limit (413, nothing left behind)", async () => {
    expect((await putRecording(100, wav, "text/plain")).status).toBe(415);
    expect((await putRecording("abc", wav)).status).toBe(400);
    expect((await putRecording(100, Buffer.alloc(0))).status).toBe(400);
    expect((await putRecording(130, Buffer.alloc(5000))).status).toBe(413);
    const { readdir } = await import("node:fs/promises");
    expect((await readdir(config.recordingsDir)).filter((f) => f.startsWith("130-") || f.endsWith(".tmp"))).toEqual([]);
  });
});
