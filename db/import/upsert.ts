import { type Kysely, sql } from "kysely";
import type { Database } from "../database";
import type { RecordType } from "./record-schemas";
import { type RowOf, tables } from "./record-rows";

/** Rows per `insert` statement: well under PostgreSQL's 65,535 parameters for every table. */
export const ROWS_PER_STATEMENT = 500;

/**
 * Inserts `rows` of one record type, or updates the row of the same key:
 * `insert into calls (…) values (…), (…) on conflict (call_number) do update set … where
 * (calls.a, calls.b, …) is distinct from (excluded.a, excluded.b, …)` — so a row that did not
 * change is not rewritten. Rows must not repeat a key within one call.
 */
export async function upsertRows<T extends RecordType>(
  db: Kysely<Database>,
  type: T,
  rows: readonly RowOf<T>[],
): Promise<void> {
  if (rows.length === 0) return;
  const { table, key } = tables[type];
  const columns = Object.keys(rows[0]!);
  const others = columns.filter((c) => !(key as readonly string[]).includes(c));
  const loose = db as unknown as Kysely<any>;
  for (let i = 0; i < rows.length; i += ROWS_PER_STATEMENT) {
    const chunk = rows.slice(i, i + ROWS_PER_STATEMENT);
    await loose
      .insertInto(table)
      .values(chunk as any[])
      .onConflict((oc) =>
        oc
          .columns(key as unknown as string[])
          .doUpdateSet(Object.fromEntries(others.map((c) => [c, sql.ref(`excluded.${c}`)])))
          .where(
            sql<boolean>`(${sql.join(others.map((c) => sql.ref(`${table}.${c}`)))}) is distinct from (${sql.join(
              others.map((c) => sql.ref(`excluded.${c}`)),
            )})`,
          ),
      )
      .execute();
  }
}
