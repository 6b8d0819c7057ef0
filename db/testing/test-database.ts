import { randomBytes } from "node:crypto";
import type { Kysely } from "kysely";
import pg from "pg";
import { inject } from "vitest";
import { kyselyFor, poolFor } from "../connection";
import type { Database } from "../database";
import { migrateToLatest } from "../migrate";

export interface TestDatabase {
  db: Kysely<Database>;
  pool: pg.Pool;
  url: string;
  drop(): Promise<void>;
}

/**
 * A new, migrated database with a random name on the test server; `drop()` removes it.
 * Use one per test file: `beforeAll(async () => (t = await createTestDatabase()))`,
 * `afterAll(() => t.drop())`.
 */
export async function createTestDatabase(): Promise<TestDatabase> {
  const serverUrl = inject("databaseServerUrl");
  const name = `portal_test_${randomBytes(6).toString("hex")}`;
  await admin(serverUrl, `create database ${name}`);
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  const pool = poolFor(url.toString(), 5);
  const db = kyselyFor(pool);
  await migrateToLatest(db);
  return {
    db,
    pool,
    url: url.toString(),
    async drop() {
      await db.destroy();
      await admin(serverUrl, `drop database if exists ${name} with (force)`);
    },
  };
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
