import type { Server } from "node:http";
import { serve } from "@hono/node-server";
import { openDatabase } from "../db/connection";
import { migrateToLatest } from "../db/migrate";
import { createApp } from "./app";
import { loadConfig } from "./config";
import { DEMO_USERNAME, isDatabaseEmpty, loadDemo } from "./demo/demo-data";
import { closeGracefully } from "./graceful-close";
import { LiveEvents } from "./live/live-events";
import { PushSender } from "./push/push-sender";
import { AuditLog } from "./recordings/audit-log";
import { scheduleRetention } from "./retention/retention";
import { type BannerFacts, startBanner } from "./start-banner";

/**
 * Starts the portal: the database (the embedded server unless DATABASE_URL is set), its
 * migrations, the demo on an empty embedded database, then the HTTP server; prints a short
 * banner. On SIGTERM or SIGINT it stops accepting, lets what is in flight finish (up to
 * SHUTDOWN_GRACE_SECONDS), writes the audit log's last entries, and stops the embedded server.
 */
async function main() {
  const config = loadConfig();
  const handle = await openDatabase({ databaseUrl: config.databaseUrl, dataDir: config.dataDir, log: console.error });
  const audit = new AuditLog(handle.db);
  let server: Server | undefined;
  const live = new LiveEvents(handle.db, handle.url);
  // Web Push for new records (docs/notifications.md): fed by the same live events as the pages.
  const push = new PushSender(handle.db, config);
  let closing = false;
  const shutdown = async (code: number) => {
    if (closing) return;
    closing = true;
    // Open event streams never finish by themselves: end them first, then wait for the rest.
    await live.close().catch(() => {});
    // What was claimed is sent before the database goes.
    await push.close();
    if (server) {
      const { cut } = await closeGracefully(server, config.shutdownGraceSeconds * 1000);
      if (cut) console.error(`portal: requests still running after ${config.shutdownGraceSeconds} s were cut`);
    }
    await audit.close().catch((e) => console.error(`portal: the audit log's last entries were not written: ${(e as Error).message}`));
    await handle.close().catch(() => {});
    process.exit(code);
  };
  process.on("SIGINT", () => void shutdown(0));
  process.on("SIGTERM", () => void shutdown(0));
  try {
    await migrateToLatest(handle.db);
    let demo: BannerFacts["demo"] = null;
    if (handle.embedded && (await isDatabaseEmpty(handle.db))) {
      const loaded = await loadDemo(handle.db, { recordingsDir: config.recordingsDir, timeZone: config.timeZone });
      demo = { username: loaded.username, password: loaded.password };
    } else if (await handle.db.selectFrom("users").select("id").where("username", "=", DEMO_USERNAME).executeTakeFirst()) {
      demo = { username: DEMO_USERNAME, password: null };
    }
    scheduleRetention(handle.db, config, ({ removed }) => {
      const { calls, messages, billableCalls } = removed;
      if (calls + messages + billableCalls > 0) {
        console.log(`retention: removed ${calls} calls, ${messages} messages, ${billableCalls} billable calls older than ${config.retentionDays} days`);
      }
    });
    await live.start();
    push.attach(live);
    const app = createApp({ db: handle.db, config, audit, live });
    server = serve({ fetch: app.fetch, port: config.port, hostname: config.host }, (info) => {
      const database: BannerFacts["database"] = handle.embedded
        ? { embedded: true, dataDir: config.dataDir }
        : { embedded: false, url: handle.url };
      console.log(startBanner({ url: `http://${config.host}:${info.port}`, database, demo }));
    }) as Server;
    server.on("error", (e) => {
      console.error(`portal: cannot listen on ${config.host}:${config.port}: ${e.message}`);
      void shutdown(1);
    });
  } catch (e) {
    console.error(`portal: ${(e as Error).message}`);
    await shutdown(1);
  }
}

main().catch((e) => {
  console.error(`portal: ${(e as Error).message ?? e}`);
  process.exit(1);
});
