import type { Kysely } from "kysely";
import type { Database } from "../../db/database";

/**
 * One call an hour ago on `accountNumber` with a WAV recording of `bytes` kept as `file` (in
 * the portal's RECORDINGS_DIR): what the recordings and load benchmarks stream and seek in.
 * Replaces any call of that number, so a benchmark can run again on the same data set.
 */
export async function insertRecordedCall(
  db: Kysely<Database>,
  call: { accountNumber: number; callNumber: number; file: string; bytes: number; durationSeconds: number },
) {
  await db.deleteFrom("calls").where("call_number", "=", call.callNumber).execute();
  await db
    .insertInto("calls")
    .values({
      call_number: call.callNumber,
      account_number: call.accountNumber,
      started_at: new Date(Date.now() - 3_600_000),
      kind: "in",
      duration_seconds: call.durationSeconds,
      caller_id: "5145550000",
      caller_name: "BENCH",
      agent: "ELD",
      station: 1,
      agent_seconds: call.durationSeconds,
      hold_seconds: 0,
      work_seconds: 0,
      transferred: false,
      distribution_group: 0,
      recording_file: call.file,
      recording_type: "audio/wav",
      recording_bytes: call.bytes,
    })
    .execute();
}
