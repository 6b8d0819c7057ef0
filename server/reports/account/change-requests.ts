import type { Kysely } from "kysely";
import { sql } from "kysely";
import type { Database } from "../../../db/database";
import { formatDateTime } from "../../../shared/format/date-time";
import { en, fr } from "../../../shared/i18n";
import { toLocal } from "../../../shared/time-zone";
import type { Access } from "../../access";
import type { Config } from "../../config";
import type { Mailer } from "../../mail/mailer";

export interface ChangeRequest {
  account: number;
  pageTitle: string;
  body: string;
  contact: string;
}

export type FiledRequest = { reference: string; status: "sent" | "failed" };

/** The account is not one the user may see (or does not exist): the same answer either way. */
export class AccountNotFound extends Error {}

/**
 * Files a change request: recorded first (so nothing is lost if the e-mail fails), then
 * e-mailed to the service (`config.serviceEmail`), then marked sent or failed. The reference,
 * `CR-<year>-<000123>`, is what the user quotes; the year is the service's.
 */
export async function fileChangeRequest(
  deps: { db: Kysely<Database>; config: Pick<Config, "serviceEmail" | "timeZone">; mailer: Mailer; now?: Date },
  user: { id: number; username: string; name: string },
  access: Access,
  request: ChangeRequest,
): Promise<FiledRequest> {
  const { db, config, mailer } = deps;
  if (!access.accountNumbers.includes(request.account)) throw new AccountNotFound();
  const account = await db
    .selectFrom("accounts")
    .innerJoin("billing_accounts", "billing_accounts.billing_number", "accounts.billing_number")
    .select(["accounts.name", "accounts.billing_number", "billing_accounts.name as company"])
    .where("accounts.account_number", "=", request.account)
    .executeTakeFirst();
  if (!account) throw new AccountNotFound();

  const now = deps.now ?? new Date();
  const { rows } = await sql<{ id: number }>`select nextval(pg_get_serial_sequence('change_requests', 'id')) as id`.execute(db);
  const id = Number(rows[0]!.id);
  const reference = `CR-${toLocal(now, config.timeZone).year}-${String(id).padStart(6, "0")}`;
  await db
    .insertInto("change_requests")
    .values({
      id,
      reference,
      user_id: user.id,
      account_number: request.account,
      page_title: request.pageTitle,
      body: request.body,
      contact: request.contact,
      created_at: now,
    })
    .execute();

  const lines = (d: typeof fr | typeof en, locale: "fr" | "en") => [
    `${d.sections.account.reference} : ${reference}`,
    `${d.header.accountNumber} : ${request.account} — ${account.name}`,
    `${d.header.billingNumber} : ${account.billing_number} — ${account.company}`,
    `${d.sections.account.mailPage} : ${request.pageTitle || d.sections.account.anyPage}`,
    `${d.sections.account.mailContact} : ${request.contact || "—"}`,
    `${d.sections.account.requestedAt} : ${formatDateTime(now, locale, config.timeZone)} (${user.username}${user.name ? `, ${user.name}` : ""})`,
  ];
  // The service works in French first; the labels follow in English for bilingual staff.
  const text = [
    ...lines(fr, "fr"),
    "",
    `${fr.sections.account.requestBody} / ${en.sections.account.requestBody} :`,
    request.body,
    "",
    "—",
    ...lines(en, "en"),
  ].join("\n");
  try {
    await mailer.send({
      to: [config.serviceEmail],
      subject: fr.sections.account.mailSubject(reference, request.account),
      text,
      html: `<pre style="font-family: inherit; white-space: pre-wrap">${escapeHtml(text)}</pre>`,
      attachments: [],
    });
    await db.updateTable("change_requests").set({ status: "sent", emailed_at: new Date() }).where("id", "=", id).execute();
    return { reference, status: "sent" };
  } catch (error) {
    await db
      .updateTable("change_requests")
      .set({ status: "failed", error: error instanceof Error ? error.message : String(error) })
      .where("id", "=", id)
      .execute();
    return { reference, status: "failed" };
  }
}

/** The user's own latest requests, newest first. */
export async function recentChangeRequests(db: Kysely<Database>, access: Access, limit = 10) {
  const rows = await db
    .selectFrom("change_requests")
    .select(["reference", "account_number", "page_title", "status", "created_at"])
    .where("user_id", "=", access.userId)
    .orderBy("created_at", "desc")
    .orderBy("id", "desc")
    .limit(limit)
    .execute();
  return rows.map((r) => ({
    reference: r.reference,
    accountNumber: r.account_number,
    pageTitle: r.page_title,
    status: r.status,
    createdAt: r.created_at.toISOString(),
  }));
}

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}
