import { type Kysely, sql } from "kysely";

/**
 * The keyword search of messages (shared/search/keyword.ts is its other half): a column the
 * database keeps up to date with the message's title and field values folded to lower case,
 * without accents, letters and digits only, parts separated by `|` (so that a term never
 * matches across two fields), e.g. `|rendezvous|jean|5145214567|h1h1h1|`. A keyword term then
 * matches by substring (`like '%52145%'`), which a trigram index serves.
 *
 * `unaccent` is only STABLE (its dictionary could change), and a generated column needs
 * IMMUTABLE functions: the wrapper names its dictionary explicitly and promises it won't.
 * Everything is schema-qualified so that it works whatever the search_path (pg_dump/restore).
 */
export async function up(db: Kysely<any>): Promise<void> {
  await sql`
    create function public.portal_unaccent(text) returns text
    language sql immutable parallel safe strict
    as $$ select public.unaccent('public.unaccent'::regdictionary, $1) $$
  `.execute(db);
  await sql`
    create function public.portal_compact(text) returns text
    language sql immutable parallel safe strict
    as $$ select regexp_replace(lower(public.portal_unaccent($1)), '[^a-z0-9]+', '', 'g') $$
  `.execute(db);
  await sql`
    create function public.portal_message_search(title text, fields jsonb) returns text
    language sql immutable parallel safe
    as $$
      select '|' || coalesce(public.portal_compact(title), '') || '|' || coalesce(
        (select string_agg(coalesce(public.portal_compact(f ->> 'value'), ''), '|' order by n)
         from jsonb_array_elements(case when jsonb_typeof(fields) = 'array' then fields else '[]'::jsonb end)
              with ordinality as e(f, n)),
        '') || '|'
    $$
  `.execute(db);
  await sql`
    alter table messages add column search_compact text not null
    generated always as (public.portal_message_search(title, fields)) stored
  `.execute(db);
  await sql`create index messages_search_trgm on messages using gin (search_compact public.gin_trgm_ops)`.execute(db);
}

export async function down(db: Kysely<any>): Promise<void> {
  await sql`drop index if exists messages_search_trgm`.execute(db);
  await sql`alter table messages drop column if exists search_compact`.execute(db);
  await sql`drop function if exists public.portal_message_search(text, jsonb)`.execute(db);
  await sql`drop function if exists public.portal_compact(text)`.execute(db);
  await sql`drop function if exists public.portal_unaccent(text)`.execute(db);
}
