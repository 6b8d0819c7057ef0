import { type Kysely, sql } from "kysely";
import type { AcknowledgementAction, Database } from "../../db/database";
import type { Access } from "../access";

/** One acknowledgement as a message's history shows it: structured, put in words by the reader's dictionary. */
export interface PortalAcknowledgement {
  action: AcknowledgementAction;
  by: string;
  /** ISO instant. */
  at: string;
}

/**
 * Records that the user opened (`viewed`) or acknowledged a message, once per user and action
 * (again: nothing changes). False when the user may not see that message: the caller answers
 * exactly as for a missing one.
 */
export async function acknowledge(
  db: Kysely<Database>,
  access: Access,
  user: { id: number; name: string; username: string },
  messageId: number,
  action: AcknowledgementAction,
): Promise<boolean> {
  if (access.accountNumbers.length === 0) return false;
  const message = await db
    .selectFrom("messages")
    .select("account_number")
    .where("message_id", "=", messageId)
    .where(sql<boolean>`account_number = any(${access.accountNumbers}::int[])`)
    .executeTakeFirst();
  if (!message) return false;
  await db
    .insertInto("message_acknowledgements")
    .values({
      message_id: messageId,
      account_number: message.account_number,
      user_id: user.id,
      user_name: user.name || user.username,
      action,
    })
    .onConflict((oc) => oc.constraint("message_acknowledgements_once").doNothing())
    .execute();
  return true;
}

/** The acknowledgements of these messages, oldest first, by message id. */
export async function acknowledgementsOf(
  db: Kysely<Database>,
  messageIds: number[],
): Promise<Map<number, PortalAcknowledgement[]>> {
  const byMessage = new Map<number, PortalAcknowledgement[]>();
  if (messageIds.length === 0) return byMessage;
  const rows = await db
    .selectFrom("message_acknowledgements")
    .select(["message_id", "action", "user_name", "at"])
    .where(sql<boolean>`message_id = any(${messageIds}::int8[])`)
    .orderBy("at")
    .orderBy("id")
    .execute();
  for (const r of rows) {
    let list = byMessage.get(r.message_id);
    if (!list) byMessage.set(r.message_id, (list = []));
    list.push({ action: r.action, by: r.user_name, at: r.at.toISOString() });
  }
  return byMessage;
}

/**
 * `GET /ingest/acknowledgements?after=<cursor>`: the next `limit` acknowledgements after the
 * cursor (all kept ones without it), oldest first, each with its own cursor.
 */
export async function acknowledgementsAfter(db: Kysely<Database>, after: number, limit: number) {
  const rows = await db
    .selectFrom("message_acknowledgements as a")
    .innerJoin("users as u", "u.id", "a.user_id")
    .select(["a.id", "a.message_id", "a.account_number", "a.action", "a.user_name", "u.username", "a.at"])
    .where("a.id", ">", after)
    .orderBy("a.id")
    .limit(limit)
    .execute();
  return rows.map((r) => ({
    cursor: String(r.id),
    messageId: r.message_id,
    accountNumber: r.account_number,
    action: r.action,
    by: { name: r.user_name, username: r.username },
    at: r.at.toISOString(),
  }));
}
