import { mkdtemp, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { serve } from "@hono/node-server";
import { ensureDatabase, kyselyFor, poolFor } from "../../db/connection";
import { migrateToLatest } from "../../db/migrate";
import { createApp } from "../../server/app";
import { loadConfig } from "../../server/config";
import { loadDemo } from "../../server/demo/demo-data";
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
 * companies, 60 days of calls, messages, billing) in the bench server's `portal_bench_demo`
 * database, loaded again on each start (it updates in place, and gives the demo user a new
 * password), the real app serving `clientDir`, and the demo user signed in.
 */
export async function startDemoPortal(clientDir: string): Promise<DemoPortal> {
  const serverUrl = process.env.BENCH_DATABASE_URL || "postgres://postgres@127.0.0.1:5432/postgres";
  const pool = poolFor(await ensureDatabase(serverUrl, "portal_bench_demo"), 4);
  const db = kyselyFor(pool);
  const dataDir = await mkdtemp(path.join(os.tmpdir(), "portal-bench-demo-"));
  const config = {
    ...loadConfig({ PORTAL_DATA_DIR: dataDir, PORTAL_TIMEZONE: BENCH_TIME_ZONE }),
    clientDir,
    secureCookies: false,
  };
  await migrateToLatest(db);
  const users = await loadDemo(db, { recordingsDir: config.recordingsDir, timeZone: config.timeZone });
  const server = serve({ fetch: createApp({ db, config }).fetch, port: 0, hostname: "127.0.0.1" });
  const close = async () => {
    await new Promise((resolve) => server.close(resolve));
    await db.destroy();
    await rm(dataDir, { recursive: true, force: true });
  };
  try {
    const base = `http://127.0.0.1:${await listeningPort(server)}`;
    const res = await fetch(`${base}/auth/login`, {
      method: "POST",
      headers: { "content-type": "application/json", origin: base },
      body: JSON.stringify({ username: users.username, password: users.password }),
    });
    if (!res.ok) throw new Error(`demo sign-in failed: ${res.status}`);
    const [name = "", value = ""] = (res.headers.get("set-cookie") ?? "").split(";")[0]!.split("=");
    return { base, session: { name, value }, close };
  } catch (error) {
    await close();
    throw error;
  }
}
