import { ensureDatabase, kyselyFor, poolFor } from "../../db/connection";
import { migrateToLatest } from "../../db/migrate";

export interface DatasetBuild {
  /** Runs one statement on the build's connection (session settings carry over). */
  run(sql: string): Promise<unknown>;
  log(line: string): void;
  /** Whole seconds since the build started, for progress lines. */
  seconds(): string;
}

export interface BenchDatabase {
  /** The database's name on the bench server (BENCH_DATABASE_URL, else local PostgreSQL). */
  name: string;
  /** The build's version: change it when `build` changes, and the next run rebuilds. */
  marker: string;
  /** Tables emptied before a build (cascade), whatever an earlier or interrupted run left. */
  clear: readonly string[];
  build(build: DatasetBuild): Promise<void>;
  log?: (line: string) => void;
}

/**
 * Rebuilt when older than this: data sets place their busy account's rows in the days before the
 * build, and those days must stay inside the retention window and the current billing cycles.
 */
const MAX_AGE_DAYS = 7;

/**
 * A named database on the bench server, migrated, holding a data set built once and then reused.
 * The `bench_dataset` row is written last, so a build that was interrupted is redone rather than
 * half-used. Returns the database's connection string.
 */
export async function ensureBenchDatabase(dataset: BenchDatabase): Promise<string> {
  const log = dataset.log ?? ((line: string) => console.error(line));
  const serverUrl = process.env.BENCH_DATABASE_URL || "postgres://postgres@127.0.0.1:5432/postgres";
  const url = await ensureDatabase(serverUrl, dataset.name);
  const pool = poolFor(url, 2);
  const db = kyselyFor(pool);
  try {
    await migrateToLatest(db);
    const client = await pool.connect();
    try {
      await client.query("create table if not exists bench_dataset (name text primary key, built_at timestamptz not null)");
      const found = await client.query(
        "select 1 from bench_dataset where name = $1 and built_at > now() - make_interval(days => $2)",
        [dataset.marker, MAX_AGE_DAYS],
      );
      if (found.rowCount === 0) {
        const started = performance.now();
        const run = (sql: string) => client.query(sql);
        await run("delete from bench_dataset");
        for (const table of dataset.clear) await run(`truncate ${table} cascade`);
        const seconds = () => ((performance.now() - started) / 1000).toFixed(0);
        await dataset.build({ run, log, seconds });
        await client.query("insert into bench_dataset (name, built_at) values ($1, now())", [dataset.marker]);
        log(`bench: data set ready in ${seconds()} s`);
      }
    } finally {
      client.release();
    }
  } finally {
    await db.destroy();
  }
  return url;
}
