import type { Insertable, Kysely } from "kysely";
import type { CallTable, Database } from "../../db/database";

/** A call row with ordinary values, for tests: give only what the test is about. */
export function callRow(call: Partial<Insertable<CallTable>> & { call_number: number; account_number: number; started_at: Date | string }): Insertable<CallTable> {
  return {
    kind: "in",
    duration_seconds: 60,
    caller_id: "5145550100",
    caller_name: "APPELANT",
    agent: "ELD",
    station: 5,
    outcome: "answered",
    answer_delay_seconds: 4,
    agent_seconds: 60,
    hold_seconds: 0,
    work_seconds: 0,
    transferred: false,
    transfer_seconds: null,
    distribution_group: 0,
    quality: 50,
    recording_file: null,
    recording_type: null,
    recording_bytes: null,
    ...call,
  };
}

export async function insertCalls(db: Kysely<Database>, calls: Parameters<typeof callRow>[0][]) {
  if (calls.length > 0) await db.insertInto("calls").values(calls.map(callRow)).execute();
}
