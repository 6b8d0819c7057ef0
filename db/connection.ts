import { Kysely, PostgresDialect } from "kysely";
import pg from "pg";
import Cursor from "pg-cursor";
import type { Database } from "./database";
import { type EmbeddedServer, startEmbeddedServer } from "./embedded-server";

/**
 * How pg turns PostgreSQL values into JavaScript, decided once for the whole portal:
 * int8 (20) → number, since every int8 here (call numbers, counts, bytes) is far below 2^53;
 * numeric (1700) → string, unchanged (money never becomes a float);
 * date (1082) → the `YYYY-MM-DD` string, unchanged (not a Date at the server's midnight).
 */
export const pgTypes = {
  getTypeParser(oid: number, format?: "text" | "binary") {
    if (oid === 20) return (value: string) => Number(value);
    if (oid === 1082 || oid === 1700) return (value: string) => value;
    return pg.types.getTypeParser(oid, format as "text");
  },
} as pg.CustomTypesConfig;

export interface DatabaseHandle {
  db: Kysely<Database>;
  pool: pg.Pool;
  /** The connection string in use (the embedded server's when DATABASE_URL is unset). */
  url: string;
  embedded: boolean;
  close(): Promise<void>;
}

export function connect(url: string, options: { max?: number } = {}): Kysely<Database> {
  return kyselyFor(poolFor(url, options.max));
}

export function poolFor(url: string, max = 10): pg.Pool {
  const pool = new pg.Pool({ connectionString: url, max, types: pgTypes });
  // An idle connection the server closes (a restart, the embedded server stopping) must not
  // crash the process: the pool drops it and the next query opens a new one.
  pool.on("error", (error) => console.error(`database connection lost: ${error.message}`));
  return pool;
}

/**
 * Lets a query's rows be read in batches (Kysely's `.stream()`: exports of 100,000 rows).
 * pg-cursor parses values with pg's global parsers, not the pool's: give it ours.
 */
class TypedCursor<Row> extends Cursor<Row> {
  constructor(text: string, values?: unknown[], config?: Cursor.CursorQueryConfig) {
    super(text, values as any[], { ...config, types: pgTypes });
  }
}

export function kyselyFor(pool: pg.Pool): Kysely<Database> {
  return new Kysely<Database>({ dialect: new PostgresDialect({ pool, cursor: TypedCursor }) });
}

/**
 * Opens the portal's database: `DATABASE_URL` when set, else the embedded server with its
 * data in `dataDir`, started now and stopped by `close()`.
 */
export async function openDatabase(options: {
  databaseUrl?: string;
  dataDir: string;
  log?: (line: string) => void;
}): Promise<DatabaseHandle> {
  let server: EmbeddedServer | null = null;
  let url = options.databaseUrl;
  if (!url) {
    server = await startEmbeddedServer(options.dataDir, { log: options.log });
    url = await ensureDatabase(server.url, "portal");
  }
  const pool = poolFor(url);
  const db = kyselyFor(pool);
  return {
    db,
    pool,
    url,
    embedded: server !== null,
    async close() {
      await db.destroy();
      await server?.stop();
    },
  };
}

/** Creates `name` on the server of `serverUrl` if it is missing; returns its connection string. */
export async function ensureDatabase(serverUrl: string, name: string): Promise<string> {
  const client = new pg.Client({ connectionString: serverUrl });
  await client.connect();
  try {
    const found = await client.query("select 1 from pg_database where datname = $1", [name]);
    if (found.rowCount === 0) await client.query(`create database "${name.replace(/"/g, '""')}"`);
  } finally {
    await client.end();
  }
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  return url.toString();
}
