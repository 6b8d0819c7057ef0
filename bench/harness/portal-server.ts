import { mkdtemp, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { serve } from "@hono/node-server";
import type { Kysely } from "kysely";
import type { Database } from "../../db/database";
import { createApp } from "../../server/app";
import { hashPassword } from "../../server/auth/password";
import { type Config, loadConfig } from "../../server/config";
import type { AuditLog } from "../../server/recordings/audit-log";
import { listeningPort } from "./loopback";
import { BENCH_TIME_ZONE } from "./report-context";

export interface PortalOptions {
  db: Kysely<Database>;
  /** The account the signed-in user is granted (and only it). */
  accountNumber: number;
  username?: string;
  /** Defaults to a fresh temporary directory, removed by `close()`. */
  dataDir?: string;
  config?: Partial<Config>;
  audit?: AuditLog;
  /** The app's session cache lifetime (its default: a second). */
  sessionTtlMs?: number;
}

export interface Portal {
  /** `http://127.0.0.1:<port>` */
  base: string;
  userId: number;
  /** The session cookie, `name=value`, for clients other than `fetch`. */
  cookie: string;
  /** fetch on the portal, signed in. */
  fetch(pathAndQuery: string): Promise<Response>;
  /** A tRPC query by GET, as the page sends it; throws on an HTTP error. */
  query<T>(procedure: string, input: unknown): Promise<T>;
  close(): Promise<void>;
}

/**
 * The real portal, end to end: the Hono app on @hono/node-server on a free loopback port, and a
 * user (re-created on each start, so a changed password hash never gets in the way) signed in
 * through the login route like a browser.
 */
export async function startPortal(options: PortalOptions): Promise<Portal> {
  const { db, accountNumber, username = "bench" } = options;
  const userId = await createUser(db, username, accountNumber);
  const ownDir = options.dataDir ? null : await mkdtemp(path.join(os.tmpdir(), "portal-bench-"));
  const dataDir = options.dataDir ?? ownDir!;
  const config = {
    ...loadConfig({ PORTAL_DATA_DIR: dataDir, PORTAL_TIMEZONE: BENCH_TIME_ZONE }),
    secureCookies: false,
    ...options.config,
  };
  const app = createApp({
    db,
    config,
    ...(options.audit ? { audit: options.audit } : {}),
    ...(options.sessionTtlMs !== undefined ? { sessionTtlMs: options.sessionTtlMs } : {}),
  });
  const server = serve({ fetch: app.fetch, port: 0, hostname: "127.0.0.1" });
  const close = async () => {
    server.close();
    if (ownDir) await rm(ownDir, { recursive: true, force: true });
  };
  try {
    const base = `http://127.0.0.1:${await listeningPort(server)}`;
    const cookie = await signIn(base, username);
    const get = (pathAndQuery: string) => fetch(`${base}${pathAndQuery}`, { headers: { cookie } });
    return {
      base,
      userId,
      cookie,
      fetch: get,
      async query<T>(procedure: string, input: unknown) {
        const res = await get(`/trpc/${procedure}?input=${encodeURIComponent(JSON.stringify(input))}`);
        if (!res.ok) throw new Error(`${procedure}: HTTP ${res.status} ${await res.text()}`);
        return ((await res.json()) as { result: { data: T } }).result.data;
      },
      close,
    };
  } catch (error) {
    await close();
    throw error;
  }
}

const PASSWORD = "bench-password";

async function createUser(db: Kysely<Database>, username: string, accountNumber: number): Promise<number> {
  await db.deleteFrom("users").where("username", "=", username).execute();
  const { id } = await db
    .insertInto("users")
    .values({ username, password_hash: await hashPassword(PASSWORD), name: "Bench" })
    .returning("id")
    .executeTakeFirstOrThrow();
  await db.insertInto("grants").values({ user_id: id, account_number: accountNumber }).execute();
  return id;
}

async function signIn(base: string, username: string): Promise<string> {
  const res = await fetch(`${base}/auth/login`, {
    method: "POST",
    headers: { "content-type": "application/json", origin: base },
    body: JSON.stringify({ username, password: PASSWORD }),
  });
  if (!res.ok) throw new Error(`bench sign-in failed: ${res.status}`);
  return (res.headers.get("set-cookie") ?? "").split(";")[0]!;
}
