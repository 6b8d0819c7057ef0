import { chmod, mkdir, mkdtemp, rm, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { serve } from "@hono/node-server";
import { openDatabase } from "../db/connection";
import { migrateToLatest } from "../db/migrate";
import { createApp } from "../server/app";
import { hashPassword } from "../server/auth/password";
import { loadConfig } from "../server/config";
import { encodeWav } from "../server/demo/wav";
import { AuditLog } from "../server/recordings/audit-log";
import { insertBenchAccounts } from "./datasets/bench-accounts";
import { BENCH_ACCOUNT, insertCalls } from "./datasets/calls";
import { insertRecordedCall } from "./datasets/recorded-call";
import { listeningPort } from "./harness/loopback";
import { BENCH_TIME_ZONE } from "./harness/report-context";

/**
 * The load benchmark's server, in a process of its own so that its memory is its own: the real
 * app on @hono/node-server, on LOAD_DATABASE_URL (the calls data set) or, without it, on the
 * embedded PostgreSQL (started in a temporary folder, with 20,000 calls of the busy account).
 * Creates LOAD_USERS users `load-1`… granted the busy account, one recording for them to seek
 * in, then prints `{"port":…,"callNumber":…}` and answers "rss" messages with its resident memory.
 */
const users = Number(process.env.LOAD_USERS ?? 200);
const dir = await mkdtemp(path.join(os.tmpdir(), "portal-load-"));
// Run as root, the embedded server's PostgreSQL runs as another user, who must reach its folder.
await chmod(dir, 0o755);
const recordingsDir = path.join(dir, "recordings");
await mkdir(recordingsDir);
const handle = await openDatabase({ databaseUrl: process.env.LOAD_DATABASE_URL || undefined, dataDir: path.join(dir, "data") });
const { db } = handle;
await migrateToLatest(db);
if (!process.env.LOAD_DATABASE_URL) {
  const run = (statement: string) => handle.pool.query(statement);
  const build = { run, log: () => {}, seconds: () => "0" };
  await insertBenchAccounts(build, { busy: { [BENCH_ACCOUNT]: "Compagnie Bench" }, others: 8, otherGroup: "1" });
  await insertCalls(build, { busy: 20_000, total: 20_000, others: 8 });
  await run("vacuum analyze");
}
const wav = encodeWav(Float32Array.from({ length: 520_000 }, (_, i) => Math.sin(i / 9) * 0.3));
await writeFile(path.join(recordingsDir, "load.wav"), wav);
const callNumber = 9_100_000_001;
await insertRecordedCall(db, { accountNumber: BENCH_ACCOUNT, callNumber, file: "load.wav", bytes: wav.length, durationSeconds: 65 });
// One hash for every user: hashing 200 passwords would take the machine a minute.
const hash = await hashPassword("load-password");
await db.deleteFrom("users").where("username", "like", "load-%").execute();
const created = await db
  .insertInto("users")
  .values(Array.from({ length: users }, (_, i) => ({ username: `load-${i + 1}`, password_hash: hash, name: `Load ${i + 1}` })))
  .returning("id")
  .execute();
await db.insertInto("grants").values(created.map(({ id }) => ({ user_id: id, account_number: BENCH_ACCOUNT }))).execute();

const config = { ...loadConfig({ PORTAL_DATA_DIR: dir, PORTAL_TIMEZONE: BENCH_TIME_ZONE }), secureCookies: false, recordingsDir };
const audit = new AuditLog(db);
const server = serve({ fetch: createApp({ db, config, audit }).fetch, port: 0, hostname: "127.0.0.1" });
const port = await listeningPort(server);
process.on("message", (message) => {
  if (message === "rss") process.send!({ rss: process.memoryUsage().rss });
  if (message === "stop") {
    server.close();
    void (async () => {
      await audit.close();
      await db.deleteFrom("users").where("username", "like", "load-%").execute();
      await handle.close();
      await rm(dir, { recursive: true, force: true });
      process.exit(0);
    })();
  }
});
console.log(JSON.stringify({ port, callNumber, size: wav.length }));
