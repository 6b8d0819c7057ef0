import { randomBytes } from "node:crypto";
import os from "node:os";
import path from "node:path";
import { serve } from "@hono/node-server";
import { sql } from "kysely";
import { ensureDatabase, kyselyFor, poolFor } from "../../db/connection";
import { migrateToLatest } from "../../db/migrate";
import { createApp } from "../../server/app";
import { loadConfig } from "../../server/config";
import { DEMO_USERNAME, loadDemo } from "../../server/demo/demo-data";
import { setPassword } from "../../server/users/users";
import { listeningPort } from "./loopback";
import { BENCH_TIME_ZONE } from "./report-context";

export interface DemoPortal {
  /** `http://127.0.0.1:<port>` */
  base: string;
  /** The demo user's session cookie, `name` and `value`, for a browser. */
  session: { name: string; value: string };
  close(): Promise<void>;
}

/**
 * The portal as `npm start` shows it, for measuring pages in a browser: the demo data set (two
 * companies, 60 days of calls ending today, messages, billing) in the bench server's
 * `portal_bench_demo` database (loaded again when it was not loaded today), its recordings in
 * a folder of the system's temporary directory, the real app serving `clientDir`, and the demo
 * user signed in (with a new password each time).
 */
export async function startDemoPortal(clientDir: string): Promise<DemoPortal> {
  const serverUrl = process.env.BENCH_DATABASE_URL || "postgres://postgres@127.0.0.1:5432/postgres";
  const pool = poolFor(await ensureDatabase(serverUrl, "portal_bench_demo"), 4);
  const db = kyselyFor(pool);
  const config = {
    ...loadConfig({ PORTAL_DATA_DIR: path.join(os.tmpdir(), "portal-bench-demo"), PORTAL_TIMEZONE: BENCH_TIME_ZONE }),
    clientDir,
    secureCookies: false,
  };
  await migrateToLatest(db);
  await sql`create table if not exists bench_dataset (name text primary key, built_at timestamptz not null)`.execute(db);
  const { rows } = await sql`select 1 from bench_dataset where name = 'demo' and built_at::date = current_date`.execute(db);
  if (rows.length === 0) {
    console.error("bench: loading the demo data set");
    await loadDemo(db, { recordingsDir: config.recordingsDir, timeZone: config.timeZone });
    await sql`insert into bench_dataset (name, built_at) values ('demo', now()) on conflict (name) do update set built_at = now()`.execute(db);
  }
  const password = randomBytes(12).toString("base64url");
  await setPassword(db, DEMO_USERNAME, password);
  const server = serve({ fetch: createApp({ db, config }).fetch, port: 0, hostname: "127.0.0.1" });
  const close = async () => {
    await new Promise((resolve) => server.close(resolve));
    await db.destroy();
  };
  try {
    const base = `http://127.0.0.1:${await listeningPort(server)}`;
    const res = await fetch(`${base}/auth/login`, {
      method: "POST",
      headers: { "content-type": "application/json", origin: base },
      body: JSON.stringify({ username: DEMO_USERNAME, password }),
    });
    if (!res.ok) throw new Error(`demo sign-in failed: ${res.status}`);
    const [name = "", value = ""] = (res.headers.get("set-cookie") ?? "").split(";")[0]!.split("=");
    return { base, session: { name, value }, close };
  } catch (error) {
    await close();
    throw error;
  }
}
