import { type Kysely, sql } from "kysely";

/**
 * The statistics' sums per account, half-hour slot (UTC-aligned, so local half hours too in every
 * zone whose offset is a whole half hour) and distribution group, kept exact by statement-level
 * triggers on `calls` (every import, every ingest, every purge), so that the figures of 60 days
 * add up a few thousand slots instead of reading every call (server/reports/statistics/rollup.ts).
 *
 * Each record's category repeats docs/statistics-definitions.md's rules, as server/reports/statistics/predicates.ts
 * (a migration never changes; the property test in server/reports/statistics/rollup.test.ts holds them equal):
 * 1 busy, 2 automated, 3 abandoned, 4 unanswered, 5 answered, else not counted. Columns: the
 * records of each category; `held`/`transferred` among the counted ones (2–5) with their
 * seconds; `answer_delay`/`within_30s` of the answered; `records`/`work` of every record.
 */
export async function up(db: Kysely<any>): Promise<void> {
  await sql`
    create table call_statistics_slots (
      account_number integer not null,
      slot timestamptz not null,
      distribution_group integer not null,
      records int8 not null,
      work int8 not null,
      busy int8 not null,
      automated int8 not null,
      abandoned int8 not null,
      unanswered int8 not null,
      answered int8 not null,
      held int8 not null,
      held_seconds int8 not null,
      answer_delay int8 not null,
      within_30s int8 not null,
      transferred int8 not null,
      transfer_seconds int8 not null,
      primary key (account_number, slot, distribution_group)
    )`.execute(db);
  await sql`
    create function call_statistics_category(kind text, outcome text, duration integer, agent_seconds integer)
    returns integer language sql immutable parallel safe as $$
      select case
        when kind <> 'in' or outcome is null then 0
        when outcome = 'busy' then 1
        when duration <= 6 then 0
        when outcome = 'automated' or (outcome = 'answered' and agent_seconds < 10) then 2
        when outcome = 'abandoned' then 3
        when outcome = 'unanswered' then 4
        else 5
      end
    $$`.execute(db);
  // The sums of a set of records (`rows`), each multiplied by `sign`: +1 added, -1 taken away.
  const sums = (rows: string, sign: string) => `
    select account_number, date_bin('30 minutes', started_at, timestamptz '2000-01-01 00:00+00') as slot, distribution_group,
      ${sign} * count(*) as records,
      ${sign} * coalesce(sum(work_seconds), 0) as work,
      ${sign} * count(*) filter (where cat = 1) as busy,
      ${sign} * count(*) filter (where cat = 2) as automated,
      ${sign} * count(*) filter (where cat = 3) as abandoned,
      ${sign} * count(*) filter (where cat = 4) as unanswered,
      ${sign} * count(*) filter (where cat = 5) as answered,
      ${sign} * count(*) filter (where cat >= 2 and hold_seconds > 10) as held,
      ${sign} * coalesce(sum(hold_seconds) filter (where cat >= 2 and hold_seconds > 10), 0) as held_seconds,
      ${sign} * coalesce(sum(answer_delay_seconds) filter (where cat = 5), 0) as answer_delay,
      ${sign} * count(*) filter (where cat = 5 and answer_delay_seconds <= 30) as within_30s,
      ${sign} * count(*) filter (where cat >= 2 and transferred) as transferred,
      ${sign} * coalesce(sum(transfer_seconds) filter (where cat >= 2 and transferred), 0) as transfer_seconds
    from (select *, call_statistics_category(kind, outcome, duration_seconds, agent_seconds) as cat from ${rows}) r
    group by 1, 2, 3`;
  const columns = `records, work, busy, automated, abandoned, unanswered, answered, held, held_seconds,
    answer_delay, within_30s, transferred, transfer_seconds`;
  const added = columns
    .split(",")
    .map((c) => c.trim())
    .map((c) => `${c} = t.${c} + excluded.${c}`)
    .join(", ");
  const apply = (rows: string, sign: string) => `
    insert into call_statistics_slots as t (account_number, slot, distribution_group, ${columns})
    ${sums(rows, sign)}
    on conflict (account_number, slot, distribution_group) do update set ${added};`;
  await sql.raw(`insert into call_statistics_slots (account_number, slot, distribution_group, ${columns}) ${sums("calls", "1")}`).execute(db);
  await sql
    .raw(`
    create function call_statistics_slots_change() returns trigger language plpgsql as $$
    begin
      if tg_op in ('DELETE', 'UPDATE') then
        ${apply("old_rows", "-1")}
        delete from call_statistics_slots t
        using (select distinct account_number, date_bin('30 minutes', started_at, timestamptz '2000-01-01 00:00+00') as slot,
                      distribution_group from old_rows) o
        where t.account_number = o.account_number and t.slot = o.slot and t.distribution_group = o.distribution_group
          and t.records = 0;
      end if;
      if tg_op in ('INSERT', 'UPDATE') then
        ${apply("new_rows", "1")}
      end if;
      return null;
    end $$`)
    .execute(db);
  await sql`
    create trigger call_statistics_slots_insert after insert on calls
    referencing new table as new_rows for each statement execute function call_statistics_slots_change()`.execute(db);
  await sql`
    create trigger call_statistics_slots_update after update on calls
    referencing old table as old_rows new table as new_rows for each statement execute function call_statistics_slots_change()`.execute(db);
  await sql`
    create trigger call_statistics_slots_delete after delete on calls
    referencing old table as old_rows for each statement execute function call_statistics_slots_change()`.execute(db);
  await sql`
    create function call_statistics_slots_clear() returns trigger language plpgsql as $$
    begin truncate call_statistics_slots; return null; end $$`.execute(db);
  await sql`
    create trigger call_statistics_slots_truncate after truncate on calls
    for each statement execute function call_statistics_slots_clear()`.execute(db);
}

export async function down(db: Kysely<any>): Promise<void> {
  for (const op of ["truncate", "delete", "update", "insert"]) {
    await sql.raw(`drop trigger if exists call_statistics_slots_${op} on calls`).execute(db);
  }
  await sql`drop function if exists call_statistics_slots_clear`.execute(db);
  await sql`drop function if exists call_statistics_slots_change`.execute(db);
  await sql`drop function if exists call_statistics_category`.execute(db);
  await sql`drop table if exists call_statistics_slots`.execute(db);
}
