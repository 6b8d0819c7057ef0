import { type Kysely, sql } from "kysely";

/**
 * The billed calls' count and stat seconds per account and half-hour slot (UTC-aligned, as
 * `call_statistics_slots`), kept exact by statement-level triggers on `billable_calls` (every
 * import, every ingest, every retention purge, truncate), so that the Billable page's totals over
 * 60 days add up 2,880 slots instead of every billed call of the period
 * (server/reports/billable/totals.ts; its property test holds them equal to the rows').
 */
export async function up(db: Kysely<any>): Promise<void> {
  await sql`
    create table billable_call_slots (
      account_number integer not null,
      slot timestamptz not null,
      calls int8 not null,
      stat_seconds int8 not null,
      primary key (account_number, slot)
    )`.execute(db);
  // The sums of a set of billed calls (`rows`), each multiplied by `sign`: +1 added, -1 taken away.
  const sums = (rows: string, sign: string) => `
    select account_number, date_bin('30 minutes', at, timestamptz '2000-01-01 00:00+00') as slot,
      ${sign} * count(*) as calls, ${sign} * sum(stat_seconds) as stat_seconds
    from ${rows}
    group by 1, 2`;
  await sql.raw(`insert into billable_call_slots (account_number, slot, calls, stat_seconds) ${sums("billable_calls", "1")}`).execute(db);
  const apply = (rows: string, sign: string) => `
    insert into billable_call_slots as t (account_number, slot, calls, stat_seconds)
    ${sums(rows, sign)}
    on conflict (account_number, slot) do update
    set calls = t.calls + excluded.calls, stat_seconds = t.stat_seconds + excluded.stat_seconds;`;
  await sql
    .raw(`
    create function billable_call_slots_change() returns trigger language plpgsql as $$
    begin
      if tg_op in ('DELETE', 'UPDATE') then
        ${apply("old_rows", "-1")}
        delete from billable_call_slots t
        using (select distinct account_number, date_bin('30 minutes', at, timestamptz '2000-01-01 00:00+00') as slot from old_rows) o
        where t.account_number = o.account_number and t.slot = o.slot and t.calls = 0;
      end if;
      if tg_op in ('INSERT', 'UPDATE') then
        ${apply("new_rows", "1")}
      end if;
      return null;
    end $$`)
    .execute(db);
  await sql`
    create trigger billable_call_slots_insert after insert on billable_calls
    referencing new table as new_rows for each statement execute function billable_call_slots_change()`.execute(db);
  await sql`
    create trigger billable_call_slots_update after update on billable_calls
    referencing old table as old_rows new table as new_rows for each statement execute function billable_call_slots_change()`.execute(db);
  await sql`
    create trigger billable_call_slots_delete after delete on billable_calls
    referencing old table as old_rows for each statement execute function billable_call_slots_change()`.execute(db);
  await sql`
    create function billable_call_slots_clear() returns trigger language plpgsql as $$
    begin truncate billable_call_slots; return null; end $$`.execute(db);
  await sql`
    create trigger billable_call_slots_truncate after truncate on billable_calls
    for each statement execute function billable_call_slots_clear()`.execute(db);
}

export async function down(db: Kysely<any>): Promise<void> {
  for (const op of ["truncate", "delete", "update", "insert"]) {
    await sql.raw(`drop trigger if exists billable_call_slots_${op} on billable_calls`).execute(db);
  }
  await sql`drop function if exists billable_call_slots_clear`.execute(db);
  await sql`drop function if exists billable_call_slots_change`.execute(db);
  await sql`drop table if exists billable_call_slots`.execute(db);
}
