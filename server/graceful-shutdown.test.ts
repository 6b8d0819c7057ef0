import { chmod, mkdir, mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import http from "node:http";
import os from "node:os";
import path from "node:path";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ensureDatabase } from "../db/connection";
import { startEmbeddedServer } from "../db/embedded-server";
import { startPortal } from "../e2e/support/portal-process";
import { portal } from "./testing/portal-command";

/**
 * SIGTERM to the real portal (server/main.ts) on its embedded PostgreSQL: it stops accepting,
 * lets a recording stream in flight finish, cuts the one still running at
 * SHUTDOWN_GRACE_SECONDS, writes the audit log's pending entries, and stops PostgreSQL.
 */
const GRACE_SECONDS = 4;
const CALL = 7001;
const SIZE = 24 * 1024 * 1024; // more than loopback's socket buffers hold: a paused reader holds the server
let dir: string;

beforeAll(async () => {
  dir = await mkdtemp(path.join(os.tmpdir(), "portal-sigterm-"));
  await chmod(dir, 0o755); // as root, PostgreSQL runs as `postgres`, who must enter it
  await mkdir(path.join(dir, "audio"));
  await writeFile(path.join(dir, "audio", "long.wav"), Buffer.concat([Buffer.from("RIFF"), Buffer.alloc(SIZE - 4)]));
  const recent = new Date(Date.now() - 3_600_000).toISOString();
  const records = [
    { type: "billing_account", billingNumber: "120045", name: "Plomberie Laval inc." },
    { type: "account", accountNumber: 5201, billingNumber: "120045", name: "Plomberie Laval", group: 1 },
    { type: "call", callNumber: CALL, accountNumber: 5201, startedAt: recent, kind: "in", durationSeconds: 600, outcome: "answered", recording: { file: "audio/long.wav" } },
  ];
  await writeFile(path.join(dir, "records.ndjson"), records.map((r) => JSON.stringify(r)).join("\n") + "\n");
  // The operator's own commands on the embedded database (no DATABASE_URL): no demo is loaded then.
  const env = { PORTAL_DATA_DIR: dir, DATABASE_URL: "", RECORDINGS_DIR: "" };
  for (const [args, input] of [
    [["import", path.join(dir, "records.ndjson")], ""],
    [["user", "add", "paul", "--password-stdin"], "correct horse battery staple"],
    [["user", "grant", "paul", "--account", "5201"], ""],
  ] as const) {
    const run = await portal([...args], env, input);
    expect(run.code, run.stderr).toBe(0);
  }
}, 180_000);
afterAll(() => rm(dir, { recursive: true, force: true }));

/** A GET of the recording on a connection of its own, read only when told to. */
function openStream(baseUrl: string, cookie: string) {
  let received = 0;
  let response: http.IncomingMessage | undefined;
  const request = http.get(`${baseUrl}/recordings/${CALL}`, { headers: { cookie }, agent: false });
  const started = new Promise<number>((resolve, reject) => {
    request.on("error", reject);
    request.on("response", (res) => {
      response = res;
      res.once("data", () => {
        res.pause();
        resolve(Number(res.headers["content-length"]));
      });
    });
  });
  // A paused response holds its buffered bytes and says nothing: its connection's close tells.
  const ended = new Promise<{ complete: boolean }>((resolve) => {
    request.on("response", (res) => {
      res.on("data", (chunk: Buffer) => (received += chunk.length));
      res.on("error", () => {});
      res.socket.on("close", () => resolve({ complete: res.complete }));
    });
    request.on("error", () => resolve({ complete: false }));
  });
  return { started, ended, resume: () => response!.resume(), received: () => received };
}

describe("SIGTERM", () => {
  it("stops accepting, lets a stream finish, cuts the one past the grace, flushes the audit log, stops PostgreSQL", async () => {
    const env = { PORTAL_DATA_DIR: dir, DATABASE_URL: "", RECORDINGS_DIR: "", SHUTDOWN_GRACE_SECONDS: String(GRACE_SECONDS) };
    const running = await startPortal(env);
    let stderr = "";
    running.child.stderr?.on("data", (d) => (stderr += d));
    const postmaster = Number((await readFile(path.join(dir, "pg", "postmaster.pid"), "utf8")).split("\n")[0]);

    const login = await fetch(`${running.baseUrl}/auth/login`, {
      method: "POST",
      headers: { "content-type": "application/json", origin: running.baseUrl },
      body: JSON.stringify({ username: "paul", password: "correct horse battery staple" }),
    });
    expect(login.status).toBe(200);
    const cookie = login.headers.getSetCookie().map((c) => c.split(";")[0]).join("; ");

    const finishing = openStream(running.baseUrl, cookie);
    const stalled = openStream(running.baseUrl, cookie);
    expect(await finishing.started).toBe(SIZE);
    expect(await stalled.started).toBe(SIZE);
    await new Promise((r) => setTimeout(r, 300)); // both servers' writes now wait for their readers

    const exited = new Promise<number | null>((resolve) => running.child.on("exit", (code) => resolve(code)));
    const sentAt = Date.now();
    running.child.kill("SIGTERM");

    // No new connection is accepted.
    let refused = false;
    for (let i = 0; i < 40 && !refused; i++) {
      refused = await fetch(`${running.baseUrl}/healthz`).then(() => false, () => true);
      if (!refused) await new Promise((r) => setTimeout(r, 50));
    }
    expect(refused).toBe(true);

    // The stream that reads again gets every byte.
    finishing.resume();
    expect(await finishing.ended).toEqual({ complete: true });
    expect(finishing.received()).toBe(SIZE);

    // The one that does not read is cut at the deadline, and the process ends then. (Paused,
    // the client reads nothing, not even the end: it learns of the cut once it reads again.)
    expect(await exited).toBe(0);
    const took = Date.now() - sentAt;
    stalled.resume();
    expect(await stalled.ended).toEqual({ complete: false });
    expect(stalled.received()).toBeLessThan(SIZE);
    expect(took).toBeGreaterThanOrEqual(GRACE_SECONDS * 1000 - 500);
    expect(took).toBeLessThan(GRACE_SECONDS * 1000 + 8000);
    expect(stderr).toContain(`requests still running after ${GRACE_SECONDS} s were cut`);

    // PostgreSQL was stopped cleanly: its lock file is gone and its process with it.
    await expect(readFile(path.join(dir, "pg", "postmaster.pid"))).rejects.toThrow();
    expect(() => process.kill(postmaster, 0)).toThrow();

    // Both listens are in the audit log, written at shutdown (its timer had no time to).
    const database = await startEmbeddedServer(path.join(dir, "pg"));
    try {
      const client = new pg.Client({ connectionString: await ensureDatabase(database.url, "portal") });
      await client.connect();
      const { rows } = await client.query(
        "select sum(requests)::int as requests, sum(bytes_sent)::bigint as bytes from audit_log where call_number = $1",
        [CALL],
      );
      await client.end();
      expect(rows[0].requests).toBe(2);
      expect(Number(rows[0].bytes)).toBeGreaterThanOrEqual(SIZE);
    } finally {
      await database.stop();
    }
  }, 40_000);
});
