import { serve } from "@hono/node-server";
import { openDatabase } from "../db/connection";
import { isDatabaseEmpty, loadDemo } from "./demo/demo-data";
import { migrateToLatest } from "../db/migrate";
import { createApp } from "./app";
import { loadConfig } from "./config";
import { AuditLog } from "./recordings/audit-log";
import { scheduleRetention } from "./retention/retention";

/**
 * Starts the portal: the database (the embedded server unless DATABASE_URL is set), its
 * migrations, the demo on an empty embedded database, then the HTTP server.
 */
async function main() {
  const config = loadConfig();
  const handle = await openDatabase({ databaseUrl: config.databaseUrl, dataDir: config.dataDir, log: console.error });
  const audit = new AuditLog(handle.db);
  let closing = false;
  const shutdown = async (code: number) => {
    if (closing) return;
    closing = true;
    server?.close();
    await audit.close().catch(() => {});
    await handle.close().catch(() => {});
    process.exit(code);
  };
  process.on("SIGINT", () => void shutdown(0));
  process.on("SIGTERM", () => void shutdown(0));
  let server: ReturnType<typeof serve> | undefined;
  try {
    await migrateToLatest(handle.db);
    if (handle.embedded && (await isDatabaseEmpty(handle.db))) {
      const demo = await loadDemo(handle.db, { recordingsDir: config.recordingsDir, timeZone: config.timeZone });
      console.log("Demo data loaded. Sign in with:");
      console.log(`  user name: ${demo.username}`);
      console.log(`  password:  ${demo.password}`);
    }
    scheduleRetention(handle.db, config);
    const app = createApp({ db: handle.db, config, audit });
    server = serve({ fetch: app.fetch, port: config.port, hostname: config.host }, (info) => {
      console.log(`Portal listening on http://${config.host}:${info.port} (database: ${handle.embedded ? "embedded, " + config.dataDir : "DATABASE_URL"})`);
    });
    server.on("error", (e) => {
      console.error(`cannot listen on ${config.host}:${config.port}: ${e.message}`);
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
