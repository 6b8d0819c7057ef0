import { mkdir, symlink, writeFile } from "node:fs/promises";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDatabase, type TestDatabase } from "../../db/testing/test-database";
import { createApp } from "../app";
import type { Config } from "../config";
import { alice, bob, seedTwoCompanies, testConfig } from "../testing/fixtures";
import { TestBrowser } from "../testing/http-client";
import { insertCalls } from "../testing/seed-calls";
import { AuditLog } from "./audit-log";

let t: TestDatabase;
let app: ReturnType<typeof createApp>;
let config: Config;
let audit: AuditLog;
let aliceBrowser: TestBrowser;
let aliceId: number;
const size = 1000;
// Every byte tells its own position, so a wrong body cannot pass for a right one.
const content = Buffer.from(Array.from({ length: size }, (_, i) => (i * 7 + 3) % 256));
const recent = new Date(Date.now() - 86_400_000);

beforeAll(async () => {
  t = await createTestDatabase();
  ({ aliceId } = await seedTwoCompanies(t.db));
  config = testConfig();
  await mkdir(config.recordingsDir, { recursive: true });
  for (const name of ["a.wav", "b.mp3", "c.ogg", "d.opus", "e.m4a", "bob.wav", "old.wav"]) {
    await writeFile(path.join(config.recordingsDir, name), content);
  }
  await writeFile(path.join(path.dirname(config.recordingsDir), "secret.txt"), "outside");
  await symlink(path.join(path.dirname(config.recordingsDir), "secret.txt"), path.join(config.recordingsDir, "link.wav"));
  await insertCalls(t.db, [
    { call_number: 13043858, account_number: 5201, started_at: new Date("2026-11-20T13:28:00Z"), recording_file: "a.wav" },
    { call_number: 2, account_number: 5202, started_at: recent, recording_file: "b.mp3" },
    { call_number: 3, account_number: 5201, started_at: recent, recording_file: "c.ogg" },
    { call_number: 4, account_number: 5201, started_at: recent, recording_file: "d.opus" },
    { call_number: 5, account_number: 5201, started_at: recent, recording_file: "e.m4a" },
    { call_number: 6, account_number: 6101, started_at: recent, recording_file: "bob.wav" },
    { call_number: 7, account_number: 5201, started_at: new Date(Date.now() - 61 * 86_400_000), recording_file: "old.wav" },
    { call_number: 8, account_number: 5201, started_at: recent, recording_file: null },
    { call_number: 9, account_number: 5201, started_at: recent, recording_file: "../secret.txt" },
    { call_number: 10, account_number: 5201, started_at: recent, recording_file: "link.wav" },
    { call_number: 11, account_number: 5201, started_at: recent, recording_file: "missing.wav" },
  ]);
  // The first call is "now" for the test's purposes: move it into the window.
  await t.db.updateTable("calls").set({ started_at: new Date(Date.now() - 3_600_000) }).where("call_number", "=", 13043858).execute();
  audit = new AuditLog(t.db, 60_000);
  app = createApp({ db: t.db, config, audit });
  aliceBrowser = new TestBrowser(app);
  expect((await aliceBrowser.signIn(alice.username, alice.password)).status).toBe(200);
});
afterAll(async () => {
  await audit.close();
  await t.drop();
});

const get = (range?: string, extra: Record<string, string> = {}, url = "/recordings/3") =>
  aliceBrowser.request(url, { headers: { ...(range ? { range } : {}), ...extra } });
const bytes = async (res: Response) => Buffer.from(await res.arrayBuffer());

describe("GET /recordings/<call>: the Range table", () => {
  const cases: [string | undefined, number, string | null, number, number][] = [
    // header, status, Content-Range, first byte, last byte (both included)
    [undefined, 200, null, 0, 999],
    ["bytes=0-99", 206, "bytes 0-99/1000", 0, 99],
    ["bytes=100-", 206, "bytes 100-999/1000", 100, 999],
    ["bytes=-100", 206, "bytes 900-999/1000", 900, 999],
    ["bytes=0-0", 206, "bytes 0-0/1000", 0, 0],
    ["bytes=990-5000", 206, "bytes 990-999/1000", 990, 999],
    ["bytes=-5000", 206, "bytes 0-999/1000", 0, 999],
    ["bytes=5-2", 200, null, 0, 999],
    ["bytes=0-1,5-6", 200, null, 0, 999],
    ["items=0-1", 200, null, 0, 999],
    ["bytes=abc", 200, null, 0, 999],
    ["bytes=-", 200, null, 0, 999],
  ];
  for (const [range, status, contentRange, first, last] of cases) {
    it(`${range ?? "no Range"} → ${status} ${contentRange ?? ""}`, async () => {
      const res = await get(range);
      expect(res.status).toBe(status);
      expect(res.headers.get("content-range")).toBe(contentRange);
      expect(res.headers.get("accept-ranges")).toBe("bytes");
      expect(res.headers.get("content-length")).toBe(String(last - first + 1));
      expect((await bytes(res)).equals(content.subarray(first, last + 1))).toBe(true);
    });
  }

  for (const range of ["bytes=1000-", "bytes=5000-6000", "bytes=-0"]) {
    it(`${range} → 416 with bytes */size`, async () => {
      const res = await get(range);
      expect(res.status).toBe(416);
      expect(res.headers.get("content-range")).toBe("bytes */1000");
    });
  }

  it("honours If-Range with the current ETag or date, and sends the whole file for a stale one", async () => {
    const first = await get();
    const etag = first.headers.get("etag")!;
    const modified = first.headers.get("last-modified")!;
    await first.arrayBuffer();
    expect(etag).toMatch(/^"[0-9a-f]+-[0-9a-f]+"$/);
    const fresh = await get("bytes=10-19", { "if-range": etag });
    expect(fresh.status).toBe(206);
    expect((await bytes(fresh)).equals(content.subarray(10, 20))).toBe(true);
    const byDate = await get("bytes=10-19", { "if-range": modified });
    expect(byDate.status).toBe(206);
    await byDate.arrayBuffer();
    const stale = await get("bytes=10-19", { "if-range": '"0-0"' });
    expect(stale.status).toBe(200);
    expect((await bytes(stale)).equals(content)).toBe(true);
    const oldDate = await get("bytes=10-19", { "if-range": "Tue, 01 Jan 2019 00:00:00 GMT" });
    expect(oldDate.status).toBe(200);
    await oldDate.arrayBuffer();
    const cached = await get(undefined, { "if-none-match": etag });
    expect(cached.status).toBe(304);
  });

  it("answers HEAD with the headers and no body", async () => {
    const res = await aliceBrowser.request("/recordings/3", { method: "HEAD", headers: { range: "bytes=0-99" } });
    expect(res.status).toBe(206);
    expect(res.headers.get("content-length")).toBe("100");
    expect(res.headers.get("content-range")).toBe("bytes 0-99/1000");
    expect((await bytes(res)).length).toBe(0);
  });

  it("names each format's media type", async () => {
    const types: Record<number, string> = { 13043858: "audio/wav", 2: "audio/mpeg", 3: "audio/ogg", 4: "audio/ogg", 5: "audio/mp4" };
    for (const [call, type] of Object.entries(types)) {
      const res = await aliceBrowser.request(`/recordings/${call}`, { method: "HEAD" });
      expect(res.headers.get("content-type")).toBe(type);
    }
  });

  it("offers a download under the call's local date, time, account and number", async () => {
    const row = await t.db.selectFrom("calls").select("started_at").where("call_number", "=", 13043858).executeTakeFirstOrThrow();
    const local = new Intl.DateTimeFormat("sv-SE", { timeZone: "America/Toronto", dateStyle: "short", timeStyle: "short" })
      .format(row.started_at)
      .replace(" ", "_")
      .replace(":", "");
    const res = await aliceBrowser.request("/recordings/13043858?download=1");
    expect(res.status).toBe(200);
    expect(res.headers.get("content-disposition")).toBe(`attachment; filename="${local}_5201_13043858.wav"`);
    await res.arrayBuffer();
    const inline = await aliceBrowser.request("/recordings/13043858", { method: "HEAD" });
    expect(inline.headers.get("content-disposition")).toBe("inline");
  });
});

describe("GET /recordings/<call>: who may hear what", () => {
  const notFound = async (res: Response) => {
    expect(res.status).toBe(404);
    expect(await res.json()).toEqual({ error: "not_found" });
  };

  it("answers the same 404 for another client's call, a missing call, an old one, one without a file", async () => {
    for (const call of [6, 999, 7, 8, 9, 10, 11]) await notFound(await aliceBrowser.request(`/recordings/${call}`));
    await notFound(await aliceBrowser.request("/recordings/abc"));
    await notFound(await aliceBrowser.request("/recordings/..%2F..%2Fetc%2Fpasswd"));
  });

  it("is closed to strangers and to the other client", async () => {
    await notFound(await new TestBrowser(app).request("/recordings/3"));
    const b = new TestBrowser(app);
    await b.signIn(bob.username, bob.password);
    await notFound(await b.request("/recordings/3", { headers: { range: "bytes=0-1" } }));
    const own = await b.request("/recordings/6");
    expect(own.status).toBe(200);
    await own.arrayBuffer();
  });
});

describe("audit log", () => {
  it("gathers a burst of range requests into one row with merged ranges", async () => {
    await audit.flush();
    await t.db.deleteFrom("audit_log").execute();
    const ranges = ["bytes=0-99", "bytes=100-199", "bytes=150-299", "bytes=500-599", "bytes=-100", "bytes=600-"];
    for (const range of ranges) await (await get(range, {}, "/recordings/5")).arrayBuffer();
    await (await aliceBrowser.request("/recordings/5?download=1")).arrayBuffer();
    expect(await t.db.selectFrom("audit_log").selectAll().execute()).toEqual([]);
    await audit.flush();
    const rows = await t.db.selectFrom("audit_log").selectAll().orderBy("action").execute();
    expect(rows).toHaveLength(2);
    expect(rows[0]).toMatchObject({ user_id: aliceId, call_number: 5, action: "download", requests: 1, bytes_sent: 1000, ranges: ["0-999"] });
    expect(rows[1]).toMatchObject({
      user_id: aliceId,
      call_number: 5,
      action: "play",
      requests: 6,
      bytes_sent: 100 + 100 + 150 + 100 + 100 + 400,
      ranges: ["0-299", "500-999"],
    });
    expect(rows[1]!.last_at.getTime()).toBeGreaterThanOrEqual(rows[1]!.first_at.getTime());
  });
});
