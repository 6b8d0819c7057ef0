import { type Kysely, sql } from "kysely";

/**
 * "Records landed for accounts …" (docs/live.md): every statement that inserts messages or
 * calls — an ingest, `portal import`, the demo — adds one `live_events` row listing what it
 * inserted and sends its id on the `portal_live` channel. NOTIFY is delivered at commit, so a
 * rolled-back import tells nobody anything. Rows updated in place (a record sent again) are not
 * new and add nothing. The rows stay two days: a page reconnecting (Last-Event-ID) replays
 * what it missed from them; push notifications are sent once per row (`pushed_at`).
 */
export async function up(db: Kysely<any>): Promise<void> {
  await sql`
    create table live_events (
      id bigint generated always as identity primary key,
      at timestamptz not null default now(),
      kind text not null check (kind in ('message', 'call')),
      accounts integer[] not null,
      items jsonb not null,
      pushed_at timestamptz
    )`.execute(db);
  await sql`
    create function live_messages_inserted() returns trigger language plpgsql as $$
    declare event_id bigint;
    begin
      insert into live_events (kind, accounts, items)
        select 'message', array_agg(distinct account_number),
               jsonb_agg(jsonb_build_object('account', account_number, 'id', message_id, 'at', taken_at, 'title', title))
        from added having count(*) > 0
        returning id into event_id;
      if event_id is not null then
        delete from live_events where at < now() - interval '2 days';
        perform pg_notify('portal_live', event_id::text);
      end if;
      return null;
    end $$`.execute(db);
  await sql`
    create function live_calls_inserted() returns trigger language plpgsql as $$
    declare event_id bigint;
    begin
      insert into live_events (kind, accounts, items)
        select 'call', array_agg(distinct account_number),
               jsonb_agg(jsonb_build_object('account', account_number, 'id', call_number, 'at', started_at, 'outcome', outcome))
        from added having count(*) > 0
        returning id into event_id;
      if event_id is not null then
        delete from live_events where at < now() - interval '2 days';
        perform pg_notify('portal_live', event_id::text);
      end if;
      return null;
    end $$`.execute(db);
  await sql`create trigger messages_live after insert on messages referencing new table as added
            for each statement execute function live_messages_inserted()`.execute(db);
  await sql`create trigger calls_live after insert on calls referencing new table as added
            for each statement execute function live_calls_inserted()`.execute(db);
}

export async function down(db: Kysely<any>): Promise<void> {
  await sql`drop trigger if exists calls_live on calls`.execute(db);
  await sql`drop trigger if exists messages_live on messages`.execute(db);
  await sql`drop function if exists live_calls_inserted()`.execute(db);
  await sql`drop function if exists live_messages_inserted()`.execute(db);
  await sql`drop table if exists live_events`.execute(db);
}
