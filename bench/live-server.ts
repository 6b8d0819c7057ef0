import { mkdtemp, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { serve } from "@hono/node-server";
import { sql } from "kysely";
import { connect, ensureDatabase } from "../db/connection";
import { migrateToLatest } from "../db/migrate";
import { createApp } from "../server/app";
import { createSession, sessionCookieName, sessionPolicyOf } from "../server/auth/session";
import { loadConfig } from "../server/config";
import { addToken } from "../server/ingest/api-tokens";
import { LiveEvents } from "../server/live/live-events";
import { PushSender } from "../server/push/push-sender";
import { listeningPort } from "./harness/loopback";
import { BENCH_TIME_ZONE } from "./harness/report-context";

/**
 * The live benchmark's portal, in a process of its own so that its memory is its own: the real
 * app with its LISTEN connection and push sender, on a fresh `portal_bench_live` database of the
 * bench server. One account (5201), LIVE_USERS users granted it, LIVE_SESSIONS sessions among
 * them (made directly: hashing passwords is not what is measured), an API token. Prints
 * `{"port":…,"token":…,"cookies":[…]}` and answers "memory" with its memory after a collection.
 */
const users = Number(process.env.LIVE_USERS ?? 50);
const sessions = Number(process.env.LIVE_SESSIONS ?? 500);
const serverUrl = process.env.BENCH_DATABASE_URL || "postgres://postgres@127.0.0.1:5432/postgres";
const url = await ensureDatabase(serverUrl, "portal_bench_live");
const db = connect(url, { max: 10 });
await migrateToLatest(db);
await sql`truncate message_acknowledgements, messages, calls, live_events, push_subscriptions, sessions, grants, users, accounts, billing_accounts, api_tokens cascade`.execute(db);
await db.insertInto("billing_accounts").values({ billing_number: "120045", name: "Bench" }).execute();
await db.insertInto("accounts").values({ account_number: 5201, billing_number: "120045", name: "Bench 5201", account_group: 1, info_pages: "[]" }).execute();
const created = await db
  .insertInto("users")
  .values(Array.from({ length: users }, (_, i) => ({ username: `live-${i + 1}`, password_hash: "unused", name: `Live ${i + 1}` })))
  .returning("id")
  .execute();
await db.insertInto("grants").values(created.map(({ id }) => ({ user_id: id, account_number: 5201 }))).execute();
const dir = await mkdtemp(path.join(os.tmpdir(), "portal-live-"));
const config = { ...loadConfig({ PORTAL_DATA_DIR: dir, PORTAL_TIMEZONE: BENCH_TIME_ZONE }), secureCookies: false };
// The switch may send as fast as it likes here: the rate limit is not what is measured.
config.ingest = { ...config.ingest, requestsPerMinute: 100_000 };
const policy = sessionPolicyOf(config);
const cookies: string[] = [];
for (let i = 0; i < sessions; i++) {
  const { token } = await createSession(db, created[i % created.length]!.id, policy);
  cookies.push(`${sessionCookieName}=${token}`);
}
const token = await addToken(db, "bench-live");

const live = new LiveEvents(db, url);
await live.start();
const push = new PushSender(db, config);
push.attach(live);
const server = serve({ fetch: createApp({ db, config, live }).fetch, port: 0, hostname: "127.0.0.1" });
const port = await listeningPort(server);
process.on("message", (message) => {
  if (message === "memory") {
    globalThis.gc?.();
    const { rss, heapUsed } = process.memoryUsage();
    process.send!({ rss, heapUsed });
  }
  if (message === "stop") {
    void (async () => {
      await live.close();
      await push.close();
      server.close();
      await db.destroy();
      await rm(dir, { recursive: true, force: true });
      process.exit(0);
    })();
  }
});
console.log(JSON.stringify({ port, token, cookies }));
