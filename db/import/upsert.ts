import { type Kysely, sql } from "kysely";
import type { Database } from "../database";
import type { RecordType } from "./record-schemas";
import { type RowOf, tables } from "./record-rows";

/** Rows per statement. Each column travels as one array parameter, so this is not bounded by parameters. */
export const ROWS_PER_STATEMENT = 2000;

/**
 * Inserts `rows` of one record type, or updates the row of the same key, leaving alone the
 * rows that would not change (so that importing a file again writes nothing). One statement
 * per 2,000 rows, one array parameter per column:
 *
 * ```sql
 * insert into billable_calls (account_number, call_number, at, …)
 * select * from unnest($1::int4[], $2::int8[], $3::timestamptz[], …) as v (account_number, call_number, at, …)
 * where not exists (select from billable_calls t where t.account_number = v.account_number and …
 *                   and (t.at, …) is not distinct from (v.at, …))
 * on conflict (account_number, call_number) do update set at = excluded.at, …
 * ```
 * Rows must not repeat a key within one call.
 */
export async function upsertRows<T extends RecordType>(
  db: Kysely<Database>,
  type: T,
  rows: readonly RowOf<T>[],
): Promise<void> {
  if (rows.length === 0) return;
  const { table, key, columns: types } = tables[type];
  const columns = Object.keys(types) as string[];
  const keys = key as readonly string[];
  const others = columns.filter((c) => !keys.includes(c));
  const id = (name: string) => sql.id(name);
  const list = (names: string[], prefix?: string) =>
    sql.join(names.map((c) => (prefix ? sql.ref(`${prefix}.${c}`) : id(c))));
  const statement = (chunk: readonly RowOf<T>[]) => {
    const arrays = columns.map((c) => {
      const values = chunk.map((row) => {
        const v = (row as Record<string, unknown>)[c];
        return v === undefined ? null : v;
      });
      return sql`${values}::${sql.raw(`${(types as Record<string, string>)[c]}[]`)}`;
    });
    return sql`
      insert into ${id(table)} (${list(columns)})
      select * from unnest(${sql.join(arrays)}) as v (${list(columns)})
      where not exists (
        select from ${id(table)} t
        where ${sql.join(
          keys.map((k) => sql`${sql.ref(`t.${k}`)} = ${sql.ref(`v.${k}`)}`),
          sql` and `,
        )}
        and (${list(others, "t")}) is not distinct from (${list(others, "v")})
      )
      on conflict (${list([...keys])}) do update set ${sql.join(
        others.map((c) => sql`${id(c)} = ${sql.ref(`excluded.${c}`)}`),
      )}`;
  };
  for (let i = 0; i < rows.length; i += ROWS_PER_STATEMENT) {
    await statement(rows.slice(i, i + ROWS_PER_STATEMENT)).execute(db);
  }
}
