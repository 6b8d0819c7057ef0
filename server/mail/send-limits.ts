import { type Kysely, sql } from "kysely";
import type { Database } from "../../db/database";
import type { Access } from "../access";

/**
 * Report e-mails go to addresses the user types: without limits the portal would be a relay.
 * Within any hour, a user may send `perUser` of them and a client (all the users of its
 * billing numbers together) `perClient`, failed attempts included.
 */
export const emailLimits = { perUser: 10, perClient: 30, windowMinutes: 60 };

export type Reservation = { ok: true; id: number } | { ok: false; limit: "user" | "client" };

/**
 * Counts and records a send before it is made, as `pending`: one transaction, under one lock,
 * so parallel requests (in any process) cannot all slip under a limit.
 */
export async function reserveSend(
  db: Kysely<Database>,
  access: Access,
  send: { section: string; recipients: string[]; subject: string },
): Promise<Reservation> {
  return db.transaction().execute(async (trx) => {
    await sql`select pg_advisory_xact_lock(hashtext('portal report e-mail limits'))`.execute(trx);
    const clients =
      access.accountNumbers.length === 0
        ? []
        : (
            await trx
              .selectFrom("accounts")
              .select("billing_number")
              .distinct()
              .where("account_number", "in", access.accountNumbers)
              .execute()
          ).map((r) => r.billing_number);
    const since = sql<Date>`now() - make_interval(mins => ${emailLimits.windowMinutes})`;
    const { rows } = await sql<{ by_user: number; by_client: number }>`
      select
        (select count(*)::int from sent_emails where user_id = ${access.userId} and sent_at > ${since}) as by_user,
        (select count(*)::int from sent_emails where billing_numbers && ${clients}::text[] and sent_at > ${since}) as by_client
    `.execute(trx);
    if (rows[0]!.by_user >= emailLimits.perUser) return { ok: false, limit: "user" };
    if (rows[0]!.by_client >= emailLimits.perClient) return { ok: false, limit: "client" };
    const row = await trx
      .insertInto("sent_emails")
      .values({ user_id: access.userId, section: send.section, recipients: send.recipients, subject: send.subject, billing_numbers: clients, status: "pending" })
      .returning("id")
      .executeTakeFirstOrThrow();
    return { ok: true, id: row.id };
  });
}

/** The send's outcome, on its record. */
export async function settleSend(db: Kysely<Database>, id: number, status: "sent" | "failed", error: string | null) {
  await db.updateTable("sent_emails").set({ status, error }).where("id", "=", id).execute();
}
