import type { Kysely } from "kysely";
import type { Database } from "../../../db/database";

/**
 * Calls on 2026-11-20 (Toronto) for both test companies: 2 on 5201, 1 on 5202 (Alice's), 1 on
 * 6101 (Bob's). Call numbers start with the account number so a leak is easy to spot.
 */
export async function seedCalls(db: Kysely<Database>) {
  const call = (callNumber: number, accountNumber: number, startedAt: string, seconds: number, callerName: string, quality: number | null) => ({
    call_number: callNumber,
    account_number: accountNumber,
    started_at: startedAt,
    kind: "in" as const,
    duration_seconds: seconds,
    caller_id: "5145550000",
    caller_name: callerName,
    agent: "ELD",
    station: 3,
    outcome: "answered" as const,
    quality,
    agent_seconds: seconds,
    hold_seconds: 0,
    work_seconds: 0,
    transferred: false,
    distribution_group: 1,
  });
  await db
    .insertInto("calls")
    .values([
      call(520101, 5201, "2026-11-20T14:05:09Z", 125, "Jean Côté & fils", 87),
      call(520102, 5201, "2026-11-20T20:30:00Z", 3725, "Marie <b>Roy</b>", null),
      call(520201, 5202, "2026-11-20T16:00:00Z", 61, "Luc", 100),
      call(610101, 6101, "2026-11-20T15:00:00Z", 300, "Secret Patient", 50),
    ])
    .execute();
}
