import { type Kysely, sql } from "kysely";

/**
 * Calls and their seconds per account and UTC hour, kept by statement-level triggers, so the
 * Call recorder's "Total duration" over 60 days of a busy account (130,000 calls) adds up 1,440
 * hours instead of reading every call: the totals come from here for whole hours and from
 * `calls` for the partial hours at both ends (server/reports/recordings/query.ts).
 */
export async function up(db: Kysely<any>): Promise<void> {
  await sql`
    create table call_hour_totals (
      account_number integer not null,
      hour timestamptz not null,
      calls integer not null,
      seconds bigint not null,
      primary key (account_number, hour)
    )`.execute(db);
  await sql`
    insert into call_hour_totals (account_number, hour, calls, seconds)
    select account_number, date_trunc('hour', started_at, 'UTC'), count(*), sum(duration_seconds)
    from calls group by 1, 2`.execute(db);
  await sql`
    create function call_hour_totals_change() returns trigger language plpgsql as $$
    begin
      if tg_op in ('DELETE', 'UPDATE') then
        update call_hour_totals t
        set calls = t.calls - d.calls, seconds = t.seconds - d.seconds
        from (select account_number, date_trunc('hour', started_at, 'UTC') as hour, count(*) as calls,
                     sum(duration_seconds) as seconds
              from old_rows group by 1, 2) d
        where t.account_number = d.account_number and t.hour = d.hour;
      end if;
      if tg_op in ('INSERT', 'UPDATE') then
        insert into call_hour_totals as t (account_number, hour, calls, seconds)
        select account_number, date_trunc('hour', started_at, 'UTC'), count(*), sum(duration_seconds)
        from new_rows group by 1, 2
        on conflict (account_number, hour)
        do update set calls = t.calls + excluded.calls, seconds = t.seconds + excluded.seconds;
      end if;
      return null;
    end $$`.execute(db);
  await sql`
    create trigger call_hour_totals_insert after insert on calls
    referencing new table as new_rows for each statement execute function call_hour_totals_change()`.execute(db);
  await sql`
    create trigger call_hour_totals_update after update on calls
    referencing old table as old_rows new table as new_rows for each statement execute function call_hour_totals_change()`.execute(db);
  await sql`
    create trigger call_hour_totals_delete after delete on calls
    referencing old table as old_rows for each statement execute function call_hour_totals_change()`.execute(db);
  await sql`
    create function call_hour_totals_clear() returns trigger language plpgsql as $$
    begin truncate call_hour_totals; return null; end $$`.execute(db);
  await sql`
    create trigger call_hour_totals_truncate after truncate on calls
    for each statement execute function call_hour_totals_clear()`.execute(db);
}

export async function down(db: Kysely<any>): Promise<void> {
  await sql`drop trigger if exists call_hour_totals_truncate on calls`.execute(db);
  await sql`drop trigger if exists call_hour_totals_delete on calls`.execute(db);
  await sql`drop trigger if exists call_hour_totals_update on calls`.execute(db);
  await sql`drop trigger if exists call_hour_totals_insert on calls`.execute(db);
  await sql`drop function if exists call_hour_totals_clear`.execute(db);
  await sql`drop function if exists call_hour_totals_change`.execute(db);
  await sql`drop table if exists call_hour_totals`.execute(db);
}
