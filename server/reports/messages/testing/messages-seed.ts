import type { Kysely } from "kysely";
import type { Database } from "../../../../db/database";

/**
 * The messages tests' data, on top of `seedTwoCompanies`: Alice's messages 1–3 and 6 within the
 * last 60 days (4 is older), Bob's message 5 with the same words, recorded calls 9001 (Alice)
 * and 9601 (Bob), and message 6 of Alice pointing at Bob's call.
 */
export async function seedMessages(db: Kysely<Database>, now: Date) {
  const ago = (hours: number) => new Date(now.getTime() - hours * 3600_000);
  const call = (callNumber: number, account: number, recorded: boolean) => ({
    call_number: callNumber,
    account_number: account,
    started_at: ago(50),
    kind: "in" as const,
    duration_seconds: 60,
    caller_id: "",
    caller_name: "",
    agent: "ELD",
    station: 1,
    outcome: "answered" as const,
    answer_delay_seconds: 5,
    agent_seconds: 50,
    hold_seconds: 0,
    work_seconds: 10,
    transferred: false,
    transfer_seconds: null,
    distribution_group: 0,
    quality: 90,
    recording_file: recorded ? `${callNumber}.wav` : null,
    recording_type: recorded ? "audio/wav" : null,
    recording_bytes: recorded ? 100 : null,
  });
  await db
    .insertInto("calls")
    .values([call(9001, 5201, true), call(9002, 5201, false), call(9601, 6101, true)])
    .execute();
  const message = (
    id: number,
    account: number,
    takenAt: Date,
    title: string,
    fields: [string, string][],
    extra: { call?: number; agent?: string; history?: { at: string; event: string }[] } = {},
  ) => ({
    message_id: id,
    account_number: account,
    call_number: extra.call ?? null,
    taken_at: takenAt,
    agent: extra.agent ?? "ELD",
    title,
    fields: JSON.stringify(fields.map(([label, value]) => ({ label, value }))),
    history: JSON.stringify(extra.history ?? []),
  });
  await db
    .insertInto("messages")
    .values([
      message(1, 5201, ago(50), "RENDEZ-VOUS", [
        ["Prénom", "Jean"],
        ["Tél", "(514) 521-4567"],
        ["Code postal", "H1H 1H1"],
      ], {
        call: 9001,
        agent: "ELD",
        history: [
          { at: ago(48).toISOString(), event: "Taken" },
          { at: ago(49.9).toISOString(), event: "email initiated to info@compagnie.ca" },
          { at: ago(49).toISOString(), event: "Delivered" },
        ],
      }),
      message(2, 5201, ago(30), "DEMANDE DE SERVICE", [
        ["Problème", "Réparation d'Équipement"],
        ["Code", "h1h1h1"],
      ], { call: 9002, agent: "DOM" }),
      message(3, 5202, ago(20), "Rendez vous annulé", [["Note", "<script>alert(1)</script> <img src=x onerror=alert(2)>"]], {
        agent: "kal",
      }),
      message(4, 5201, ago(24 * 70), "RENDEZ-VOUS", [["Tél", "(514) 521-4567"]]),
      // Bob's: the same words, never to be seen by Alice (and the reverse).
      message(5, 6101, ago(10), "RENDEZ-VOUS", [["Tél", "(514) 521-4567"], ["Problème", "Équipement"]], { call: 9601 }),
      // Alice's message pointing at Bob's recorded call: no recording link.
      message(6, 5202, ago(5), "MESSAGE GÉNÉRAL", [["Texte", "rappeler"]], { call: 9601 }),
    ])
    .execute();
}
