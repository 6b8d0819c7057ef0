import { type DatasetBuild, ensureBenchDatabase } from "../harness/bench-database";
import { insertBenchAccounts } from "./bench-accounts";

/**
 * The messages benchmark's data set: 2,000,000 messages in `portal_bench_messages`, account
 * 5201 holding 60,000 of them over the last 60 days (a very busy client) and the rest spread
 * over 1,000 other accounts and two years. Titles, names, phone numbers, postal codes and
 * problems vary with the row number, with accents and punctuation, so that every keyword case
 * of the search has realistic matches.
 *
 * Built once with `insert … select … from generate_series` (a few minutes: the search column is
 * computed for every row and the trigram index is built after the rows, which is much faster
 * than maintaining it row by row), then reused while the `bench_dataset` marker says it is
 * complete and less than a week old (its "last 60 days" are relative to when it was built).
 */
export const BENCH_ACCOUNT = 5201;
const TOTAL = 2_000_000;
const BUSY = 60_000;
const OTHER_ACCOUNTS = 1_000;

export async function ensureMessagesDataset(): Promise<{ url: string; accountNumber: number }> {
  const url = await ensureBenchDatabase({
    name: "portal_bench_messages",
    marker: "messages-2m-v1",
    clear: ["audit_log", "billable_calls", "messages", "billing_entries", "calls", "grants", "accounts", "billing_accounts"],
    async build(build) {
      build.log(`bench: building ${TOTAL.toLocaleString("en")} messages in portal_bench_messages (once; a few minutes)…`);
      await build.run("set maintenance_work_mem = '256MB'");
      await insertBenchAccounts(build, { busy: { [BENCH_ACCOUNT]: "Compagnie Bench" }, others: OTHER_ACCOUNTS, otherGroup: "1 + g % 5" });
      await insertMessages(build, { busy: BUSY, total: TOTAL, others: OTHER_ACCOUNTS });
    },
  });
  return { url, accountNumber: BENCH_ACCOUNT };
}

/**
 * `busy` messages of BENCH_ACCOUNT over the last 60 days, the rest up to `total` over `others`
 * accounts and two years; ids (and their call numbers) from `idOffset` + 1, clear of calls a data
 * set already holds.
 */
export async function insertMessages(
  { run, log, seconds }: DatasetBuild,
  { busy, total, others, idOffset = 0 }: { busy: number; total: number; others: number; idOffset?: number },
) {
  // The trigram indexes are rebuilt once the rows are in.
  await run("drop index if exists messages_search_trgm_short");
  await run("drop index if exists messages_search_trgm_long");
  // Values are cheap deterministic functions of g (multiplications by primes scatter them).
  const message = (account: string, takenAt: string) => `
    ${idOffset} + g, ${account}, ${idOffset} + g, ${takenAt},
    (array['ELD','MAB','JPT','SLG','RCH','NDV','AGL','FRB','KLM','PQS'])[1 + g % 10],
    (array['RENDEZ-VOUS','DEMANDE DE SERVICE','MESSAGE GÉNÉRAL','URGENT','SOUMISSION','APPOINTMENT','SERVICE REQUEST','ANNULATION'])[1 + g % 8],
    jsonb_build_array(
      jsonb_build_object('label', 'Prénom', 'value', (array['Jean','Marie','Éric','Hélène','François','Chloé','Luc','Anaïs','Pierre','Sophie','André','Zoé'])[1 + (g * 7) % 12]),
      jsonb_build_object('label', 'Nom', 'value', (array['Tremblay','Gagnon','Roy','Côté','Bouchard','Gauthier','Morin','Lavoie','Fortin','Gagné','Ouellet','Pelletier','Bélanger','Lévesque','Bergeron','Leblanc','Paquette','Girard','Simard','Boucher','Caron','Beaulieu','Cloutier','Dubé','Poirier','Fournier','Lapointe','Leclerc','Lefebvre','Poulin'])[1 + (g * 13) % 30]),
      jsonb_build_object('label', 'Tél', 'value', '(' || (array['514','450','438','819'])[1 + g % 4] || ') '
        || lpad(((g::bigint * 7919) % 1000)::text, 3, '0') || '-' || lpad(((g::bigint * 104729) % 10000)::text, 4, '0')),
      jsonb_build_object('label', 'Adresse', 'value', (1 + (g * 31) % 9800)::text || ', rue ' || (array['Saint-Denis','Sherbrooke Est','de l''Église','Jean-Talon','Ontario','Papineau'])[1 + g % 6]),
      jsonb_build_object('label', 'Code postal', 'value', 'H' || (1 + g % 9)::text || chr(65 + (g * 3) % 26) || ' '
        || ((g * 7) % 10)::text || chr(65 + (g * 11) % 26) || ((g * 13) % 10)::text),
      jsonb_build_object('label', 'Problème', 'value', (array['Fuite sous l''évier','Chauffe-eau en panne','Réparation d''équipement','Toilette bouchée','Demande de soumission pour rénovation','Rappeler pour confirmer le rendez-vous','Pas d''eau chaude','Drain de plancher refoule','Bris de tuyau','Entretien annuel'])[1 + (g * 17) % 10])
    ),
    jsonb_build_array(
      jsonb_build_object('at', to_char(((${takenAt}) + interval '20 seconds') at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS"Z"'), 'event', 'email initiated to info@compagnie.ca'),
      jsonb_build_object('at', to_char(((${takenAt}) + interval '25 seconds') at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS"Z"'), 'event', 'email completed to info@compagnie.ca'),
      jsonb_build_object('at', to_char(((${takenAt}) + interval '5 minutes') at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS"Z"'), 'event', 'Delivered')
    )`;
  const columns = "message_id, account_number, call_number, taken_at, agent, title, fields, history";
  // The busy account: BUSY messages evenly over the last 60 days.
  await run(`insert into messages (${columns})
    select ${message(String(BENCH_ACCOUNT), `now() - make_interval(secs => (g::float8 * 86400 * 60 / ${busy}))`)}
    from generate_series(1, ${busy}) g`);
  log(`bench: ${busy.toLocaleString("en")} messages of account ${BENCH_ACCOUNT} in ${seconds()} s`);
  // Everyone else, over two years, in slices so progress shows.
  const slice = 385_000;
  for (let first = busy + 1; first <= total; first += slice) {
    const last = Math.min(total, first + slice - 1);
    await run(`insert into messages (${columns})
      select ${message(`10001 + (g * 7) % ${others}`, `now() - make_interval(secs => ((g::bigint * 7919) % (730 * 86400))::float8)`)}
      from generate_series(${first}, ${last}) g`);
    log(`bench: ${last.toLocaleString("en")} messages in ${seconds()} s`);
  }
  // Every tenth message of the busy account has a recorded call.
  await run(`insert into calls (call_number, account_number, started_at, kind, duration_seconds, recording_file, recording_type, recording_bytes)
    select message_id, account_number, taken_at - interval '2 minutes', 'in', 120, message_id || '.wav', 'audio/wav', 1000
    from messages where account_number = ${BENCH_ACCOUNT} and message_id % 10 = 0`);
  // As migration 2026-12-01-13-04 makes them.
  await run("create index messages_search_trgm_short on messages using gin (search_compact public.gin_trgm_ops) where not search_long");
  await run("create index messages_search_trgm_long on messages using gin (search_compact public.gin_trgm_ops) where search_long");
  await run("vacuum analyze messages");
  await run("analyze calls");
}
