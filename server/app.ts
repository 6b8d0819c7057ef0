import { trpcServer } from "@hono/trpc-server";
import { type Context, Hono } from "hono";
import { getCookie } from "hono/cookie";
import { type Kysely, sql } from "kysely";
import type { Database } from "../db/database";
import type { AppEnv } from "./app-env";
import { originCheck } from "./auth/origin-check";
import { authRoutes } from "./auth/routes";
import { compressJson } from "./compress-json";
import { sessionCookieName, sessionPolicyOf } from "./auth/session";
import { SessionCache } from "./auth/session-cache";
import type { Config } from "./config";
import { exportRoutes } from "./exports/routes";
import { realWait, type Wait } from "./auth/throttle";
import { bodyLimits, limitBody, maxBatchSize } from "./http/body-limits";
import { clientConnection } from "./http/client-connection";
import { securityHeaders } from "./http/security-headers";
import { ingestRoutes } from "./ingest/routes";
import { eventRoutes } from "./live/events-route";
import { LiveEvents } from "./live/live-events";
import { appRouter } from "./trpc/app-router";
import type { Context as TrpcContext } from "./trpc/init";
import { AuditLog } from "./recordings/audit-log";
import { recordingRoutes } from "./recordings/routes";
import { serviceUnavailable, requestLocale } from "./service-unavailable";
import { staticFiles } from "./static-files";
import { isDatabaseUnavailable } from "../db/unavailable";

export interface AppDeps {
  db: Kysely<Database>;
  config: Config;
  /** The recordings' audit log; the server passes its own to flush it on close. */
  audit?: AuditLog;
  /** This process's end of the live events (LISTEN); without one, no event reaches a page. */
  live?: LiveEvents;
  /** How throttled password checks wait (tests note the time instead of spending it). */
  wait?: Wait;
  /** How long a session read is trusted (at most, and by default, a second; bench/overhead.bench.ts compares 0). */
  sessionTtlMs?: number;
}

/** The first path segments of the portal's own routes; every other path is the built client. */
const apiRoots = new Set(["trpc", "auth", "exports", "events", "ingest", "recordings", "healthz"]);

/**
 * The whole HTTP surface, in the order it is mounted: security headers, body limits, the
 * recordings and the switch's `/ingest` (each checking its own credentials), JSON compression,
 * the Origin check, the session, then `/healthz`, `/auth`, `/exports`, `/events`, tRPC, and the
 * built client (docs/http-routes.md; server/app.test.ts holds the list).
 */
export function createApp({ db, config, audit = new AuditLog(db), live = new LiveEvents(db, null), wait = realWait, sessionTtlMs }: AppDeps) {
  const app = new Hono<AppEnv>();
  const policy = sessionPolicyOf(config);
  const sessions = new SessionCache(db, policy, sessionTtlMs);
  // First of all, so that every answer has them: recordings, errors and 404s included.
  app.use("*", securityHeaders(config));
  // Before anything reads a body (413 without buffering it).
  app.use("/auth/*", limitBody(bodyLimits.auth));
  app.use("/trpc/*", limitBody(bodyLimits.trpc));
  // Ahead of the other middleware: the recording route checks its session itself, cached, so
  // that a seeking player's range requests stay cheap (server/auth/session-cache.ts).
  app.route("/recordings", recordingRoutes({ db, config, audit, sessions }));
  // The switch's interface: an API token, never a session (so none of the middleware below).
  app.route("/ingest", ingestRoutes({ db, config }));
  // JSON answers only (tRPC, auth): recordings and exports are left as they are.
  app.use("*", compressJson());

  app.use("*", originCheck());
  app.use("*", async function session(c, next) {
    c.set("db", db);
    c.set("config", config);
    c.set("wait", wait);
    c.set("sessions", sessions);
    const token = getCookie(c, sessionCookieName);
    let session: AppEnv["Variables"]["session"] = null;
    try {
      session = token ? await sessions.get(token) : null;
    } catch (error) {
      // The client's own files need no session: with the database down, the page still loads,
      // and says so (its API calls answer 503 through onError below).
      if (!isDatabaseUnavailable(error) || apiRoots.has(c.req.path.split("/")[1] ?? "")) throw error;
    }
    c.set("session", session);
    await next();
  });

  app.get("/healthz", async (c) => {
    try {
      await sql`select 1`.execute(db);
      return c.json({ ok: true });
    } catch {
      return c.json({ ok: false }, 503);
    }
  });

  app.route("/auth", authRoutes());
  app.route("/exports", exportRoutes());
  app.route("/events", eventRoutes(live));

  // A user's data: never kept by a cache, the browser's included (the offline copy is the client's own).
  app.use("/trpc/*", async function privateNoStore(c, next) {
    await next();
    c.res.headers.set("Cache-Control", "private, no-store");
  });
  app.use(
    "/trpc/*",
    trpcServer({
      router: appRouter,
      endpoint: "/trpc",
      maxBatchSize,
      createContext: (opts, c): TrpcContext & Record<string, unknown> => {
        const session = c.get("session") as AppEnv["Variables"]["session"];
        return {
          db,
          config,
          session,
          resHeaders: opts.resHeaders,
          clientAddress: clientConnection(c, config).address,
          sessions,
          wait,
          locale: session?.user.locale ?? requestLocale(c.req.header("accept-language")),
        };
      },
      onError: ({ error, path }) => {
        if (error.code === "INTERNAL_SERVER_ERROR") console.error(`trpc ${path}:`, error.cause ?? error);
      },
    }),
  );

  // API paths never fall through to the client's index.html.
  const apiNotFound = (c: Context) => c.json({ error: "not_found" }, 404);
  for (const root of ["/trpc/*", "/auth/*", "/events/*", "/ingest/*"]) app.all(root, apiNotFound);

  app.route("/", staticFiles(config.clientDir));

  app.notFound((c) => c.json({ error: "not_found" }, 404));
  app.onError((error, c) => {
    if (isDatabaseUnavailable(error)) return serviceUnavailable(c);
    console.error(`${c.req.method} ${c.req.path}:`, error);
    return c.json({ error: "internal_error" }, 500);
  });
  return app;
}
