import { Kysely, PostgresDialect } from "kysely";
import pg from "pg";
import { pgTypes } from "../../db/connection";
import type { Database } from "../../db/database";

export interface Statement {
  sql: string;
  parameters: readonly unknown[];
}

/**
 * The statement a report runs, with its parameters, taken from Kysely's log while `run` calls the
 * report on a database of its own: the baseline then runs the very same SQL bare through pg.
 * `matches` picks the report's main statement out of the others (access look-ups, counts).
 */
export async function captureStatement(
  url: string,
  matches: (sql: string) => boolean,
  run: (db: Kysely<Database>) => Promise<unknown>,
): Promise<Statement> {
  let captured: Statement | null = null;
  const logging = new Kysely<Database>({
    dialect: new PostgresDialect({ pool: new pg.Pool({ connectionString: url, max: 1, types: pgTypes }) }),
    log: (event) => {
      if (event.level === "query" && matches(event.query.sql)) captured = event.query;
    },
  });
  try {
    await run(logging);
  } finally {
    await logging.destroy();
  }
  if (!captured) throw new Error("the report's statement was not captured");
  return captured;
}
