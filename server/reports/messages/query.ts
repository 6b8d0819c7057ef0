import { acknowledgementsOf, type PortalAcknowledgement } from "../../acknowledgements/acknowledgements";
import { type JoinBuilder, sql } from "kysely";
import type { DeliveryEvent, MessageField } from "../../../db/database";
import type { MessagesFilters } from "../../../shared/filters/messages";
import { retentionStart } from "../../../shared/retention-window";
import { keywordTerms } from "../../../shared/search/keyword";
import { endOfDay, startOfDay, today } from "../../../shared/time-zone";
import type { ReportContext } from "../report-definition";

/** A message as the page, the workbook and the CLI get it: plain JSON. */
export interface MessageRow {
  messageId: number;
  /** ISO instant. */
  takenAt: string;
  accountNumber: number;
  callNumber: number | null;
  agent: string;
  title: string;
  fields: MessageField[];
  /** Oldest first. */
  history: DeliveryEvent[];
  /** Opened or acknowledged in the portal, oldest first (shown in the history, in the reader's words). */
  acknowledgements: PortalAcknowledgement[];
  /** The call has a recording the user may play at `/recordings/<callNumber>`. */
  hasRecording: boolean;
}

export interface MessagesTotals {
  /** Messages matching the filters (the rows may be a page of them), counted up to a cap… */
  count: number;
  /** …and true when more than `count` match (the count stopped at the cap). */
  more: boolean;
  /** The period searched, as ISO instants (end exclusive). */
  from: string;
  to: string;
}

/**
 * Counting stops here: a keyword found in 40,000 messages does not need them all read to show
 * the first page, and "more than 1,000" says enough (measured in bench/messages.bench.ts).
 */
export const countCap = 1000;

export interface MessagePage {
  limit: number;
  offset: number;
}

/** The period of the filters, as instants, never reaching before the retention window. */
export function searchPeriod(ctx: ReportContext, filters: Pick<MessagesFilters, "from" | "to">) {
  const windowStart = retentionStart(ctx);
  const start = startOfDay(filters.from, ctx.timeZone);
  return { start: start < windowStart ? windowStart : start, end: endOfDay(filters.to, ctx.timeZone) };
}

/**
 * The messages matching `filters` among the user's accounts, newest first, a page of them
 * with their count (up to a cap, see `countCap`), in one query:
 *
 * ```sql
 * with matched as (
 *   select * from (select message_id, taken_at from messages
 *     where account_number in (…access…) and taken_at >= $start and taken_at < $end
 *       and not search_long [and search_compact like '%term%' …]
 *     order by taken_at desc, message_id desc limit $cap + 1) as short
 *   union all select * from (… the same with search_long …) as long
 *   order by taken_at desc, message_id desc limit $cap + 1),
 * page as (select … from matched order by taken_at desc, message_id desc limit $n offset $o),
 * total as (select count(*) from matched)
 * select … from total left join page on true left join messages … left join calls …
 * ```
 *
 * The planner then either walks the account's messages newest first on the covering index,
 * stopping at the cap (common keywords, no keyword), or intersects the trigram index with the
 * period (rare keywords): both stay within a few tens of milliseconds on a busy account. The
 * covering index cannot hold a message whose search column is too long for a b-tree row
 * (`search_long`, migration 2026-12-01-13-04): those few are searched apart, on their own
 * indexes, and merged. (An `or` of the two in one statement would name `search_compact` outside
 * the covering index, and PostgreSQL would then read the table for every message it walks.)
 */
export async function searchMessages(
  ctx: ReportContext,
  filters: MessagesFilters,
  page: MessagePage,
): Promise<{ rows: MessageRow[]; totals: MessagesTotals }> {
  const { start, end } = searchPeriod(ctx, filters);
  const cap = Math.max(countCap, page.offset + page.limit);
  const totals = (count: number): MessagesTotals => ({
    count: Math.min(count, cap),
    more: count > cap,
    from: start.toISOString(),
    to: end.toISOString(),
  });
  const accounts =
    filters.account === undefined
      ? ctx.access.accountNumbers
      : ctx.access.accountNumbers.filter((n) => n === filters.account);
  if (accounts.length === 0 || end <= start) return { rows: [], totals: totals(0) };

  const terms = keywordTerms(filters.keyword);
  const rows = await ctx.db
    .with("matched", (db) => {
      // One part for the messages of the covering index, one for the long ones (see above).
      const part = (long: boolean) => {
        let q = db
          .selectFrom("messages")
          .select(["message_id", "taken_at"])
          .where("account_number", "in", accounts)
          .where("taken_at", ">=", start)
          .where("taken_at", "<", end)
          // Written out, not a parameter: the planner must see it to use the partial indexes.
          .where(long ? sql<boolean>`search_long` : sql<boolean>`not search_long`);
        if (filters.billing) {
          const billing = filters.billing;
          q = q.where("account_number", "in", (eb) =>
            eb.selectFrom("accounts").select("accounts.account_number").where("accounts.billing_number", "=", billing),
          );
        }
        if (filters.call !== undefined) q = q.where("call_number", "=", filters.call);
        if (filters.agent) q = q.where(sql`upper(agent)`, "=", filters.agent.toUpperCase());
        // Terms are letters and digits only (keywordTerms), so nothing needs escaping in the pattern.
        for (const term of terms) q = q.where("search_compact", "like", `%${term}%`);
        return q.orderBy("taken_at", "desc").orderBy("message_id", "desc").limit(cap + 1);
      };
      return db
        .selectFrom(part(false).as("short"))
        .selectAll()
        .unionAll(db.selectFrom(part(true).as("long")).selectAll())
        .orderBy("taken_at", "desc")
        .orderBy("message_id", "desc")
        .limit(cap + 1);
    })
    .with("page", (db) =>
      db
        .selectFrom("matched")
        .selectAll()
        .orderBy("taken_at", "desc")
        .orderBy("message_id", "desc")
        .limit(page.limit)
        .offset(page.offset),
    )
    .with("total", (db) => db.selectFrom("matched").select((eb) => eb.fn.countAll<number>().as("count")))
    .selectFrom("total")
    .leftJoin("page", (join) => join.onTrue())
    .leftJoin("messages as m", "m.message_id", "page.message_id")
    .leftJoin("calls as c", recordedCall)
    .select(["total.count", ...cardColumns])
    .orderBy("page.taken_at", "desc")
    .orderBy("page.message_id", "desc")
    .execute();

  const count = Number(rows[0]?.count ?? 0);
  return {
    rows: await withAcknowledgements(ctx, rows.filter((r) => r.message_id !== null).map(toRow)),
    totals: totals(count),
  };
}

/** One message by its id, if the user may see it and it is still within the retention window. */
export async function findMessage(ctx: ReportContext, messageId: number): Promise<MessageRow | undefined> {
  if (ctx.access.accountNumbers.length === 0) return undefined;
  const row = await ctx.db
    .selectFrom("messages as m")
    .leftJoin("calls as c", recordedCall)
    .select(cardColumns)
    .where("m.message_id", "=", messageId)
    .where("m.account_number", "in", ctx.access.accountNumbers)
    .where("m.taken_at", ">=", retentionStart(ctx))
    .executeTakeFirst();
  return row ? (await withAcknowledgements(ctx, [toRow(row)]))[0] : undefined;
}

async function withAcknowledgements(ctx: ReportContext, rows: MessageRow[]): Promise<MessageRow[]> {
  const found = await acknowledgementsOf(ctx.db, rows.map((r) => r.messageId));
  for (const row of rows) row.acknowledgements = found.get(row.messageId) ?? [];
  return rows;
}

/** What a message card shows, with the call whose recording it links to. */
const cardColumns = [
  "m.message_id",
  "m.taken_at",
  "m.account_number",
  "m.call_number",
  "m.agent",
  "m.title",
  "m.fields",
  "m.history",
  "c.call_number as recorded_call",
] as const;

/** The message's call, when it has a recording: same account (a call number alone is not enough). */
function recordedCall<J extends JoinBuilder<any, any>>(join: J): J {
  return join
    .onRef("c.call_number", "=", "m.call_number")
    .onRef("c.account_number", "=", "m.account_number")
    .on("c.recording_file", "is not", null) as J;
}

interface RawMessage {
  message_id: number | null;
  taken_at: Date | null;
  account_number: number | null;
  call_number: number | null;
  agent: string | null;
  title: string | null;
  fields: MessageField[] | null;
  history: DeliveryEvent[] | null;
  recorded_call: number | null;
}

function toRow(r: RawMessage): MessageRow {
  const history = [...(r.history ?? [])].sort((a, b) => Date.parse(a.at) - Date.parse(b.at));
  return {
    messageId: Number(r.message_id),
    takenAt: (r.taken_at as Date).toISOString(),
    accountNumber: Number(r.account_number),
    callNumber: r.call_number === null ? null : Number(r.call_number),
    agent: r.agent ?? "",
    title: r.title ?? "",
    fields: (r.fields ?? []).map((f) => ({ label: String(f.label ?? ""), value: String(f.value ?? "") })),
    history: history.map((h) => ({ at: new Date(h.at).toISOString(), event: String(h.event ?? "") })),
    hasRecording: r.recorded_call !== null,
    acknowledgements: [],
  };
}

