import { type Expression, type ExpressionBuilder, type SqlBool, sql } from "kysely";
import type { Database } from "../../../db/database";
import {
  type RecordingSortKey,
  type RecordingsFilters,
  resolvePeriod,
} from "../../../shared/filters/recordings";
import { retentionStart } from "../../../shared/retention-window";
import type { ReportContext, ReportStream } from "../report-definition";

/** A call of the Call recorder's list, as plain JSON (the instant as an ISO string). */
export interface RecordingRow {
  callNumber: number;
  startedAt: string;
  accountNumber: number;
  accountName: string;
  /** null when withheld. */
  callerId: string | null;
  callerName: string | null;
  agent: string | null;
  station: number | null;
  durationSeconds: number;
  quality: number | null;
  hasRecording: boolean;
}

/** Over every matching call, not only the page shown. */
export interface RecordingTotals {
  count: number;
  durationSeconds: number;
  /** The instants actually searched, `end` excluded (presets resolved against the clock). */
  start: string;
  end: string;
}

const sortColumns: Record<RecordingSortKey, string> = {
  startedAt: "c.started_at",
  accountNumber: "c.account_number",
  accountName: "a.name",
  callerId: "c.caller_id",
  callerName: "c.caller_name",
  agent: "c.agent",
  station: "c.station",
  duration: "c.duration_seconds",
  callNumber: "c.call_number",
};

const hour = 3_600_000;

function onlyAccountsAndPeriod(f: RecordingsFilters): boolean {
  return (
    f.billing === undefined &&
    f.call === undefined &&
    f.agent === undefined &&
    f.station === undefined &&
    f.callerId === undefined &&
    f.accountName === undefined &&
    f.minQuality === undefined &&
    f.maxQuality === undefined &&
    f.minMinutes <= 0 &&
    f.maxMinutes >= 9999
  );
}

const likeEscape = (s: string) => s.replace(/[\\%_]/g, (m) => `\\${m}`);

type CallsScope = ExpressionBuilder<Database & { c: Database["calls"]; a: Database["accounts"] }, "c" | "a">;

/** Every filter as one condition on `calls c` (joined to `accounts a` when named). */
function conditions(eb: CallsScope, f: RecordingsFilters, accounts: number[], start: Date, end: Date) {
  const all: Expression<SqlBool>[] = [
    // One account (the usual case: the form pre-fills it) keeps the index order for the page.
    accounts.length === 1
      ? eb("c.account_number", "=", accounts[0]!)
      : eb("c.account_number", "=", sql<number>`any(${accounts}::int[])`),
    eb("c.started_at", ">=", start),
    eb("c.started_at", "<", end),
  ];
  // The manual's defaults, 0 and 9999 minutes, mean "any duration": no condition to evaluate.
  if (f.minMinutes > 0) all.push(eb("c.duration_seconds", ">=", Math.ceil(f.minMinutes * 60)));
  if (f.maxMinutes < 9999) all.push(eb("c.duration_seconds", "<=", Math.floor(f.maxMinutes * 60)));
  if (f.billing !== undefined) {
    all.push(
      eb("c.account_number", "in", eb.selectFrom("accounts as b").select("b.account_number").where("b.billing_number", "=", f.billing)),
    );
  }
  if (f.call !== undefined) all.push(eb("c.call_number", "=", f.call));
  if (f.agent !== undefined) all.push(eb(sql`upper(c.agent)`, "=", f.agent.toUpperCase()));
  if (f.station !== undefined) all.push(eb("c.station", "=", f.station));
  if (f.callerId !== undefined) {
    // Phone numbers are typed with or without spaces, dashes and parentheses.
    const digits = f.callerId.replace(/\D/g, "");
    all.push(
      digits.length > 0
        ? eb(sql`regexp_replace(c.caller_id, '[^0-9]', '', 'g')`, "like", `%${digits}%`)
        : eb("c.caller_id", "ilike", `%${likeEscape(f.callerId)}%`),
    );
  }
  if (f.accountName !== undefined) {
    all.push(eb(sql`unaccent(a.name)`, "ilike", sql`unaccent(${`%${likeEscape(f.accountName)}%`})`));
  }
  if (f.minQuality !== undefined) all.push(eb("c.quality", ">=", f.minQuality));
  if (f.maxQuality !== undefined) all.push(eb("c.quality", "<=", f.maxQuality));
  return eb.and(all);
}

/**
 * The calls matching the filters, newest first by default, with the count and total duration
 * of ALL of them, in one statement: the totals subquery and the page subquery are planned
 * separately (no shared materialised row set), so the page reads only its rows through
 * `calls_account_started` while the totals scan the period once.
 *
 * ```sql
 * select t.count, t.seconds, p.*
 * from (select count(*), sum(duration_seconds) from calls c join accounts a using (account_number)
 *       where c.account_number = any($accounts) and c.started_at >= $start and … ) t
 * left join lateral (select … from calls c join accounts a … where … order by c.started_at desc,
 *       c.call_number desc limit $limit offset $offset) p on true
 * ```
 */
export async function searchRecordings(
  ctx: ReportContext,
  filters: RecordingsFilters,
): Promise<{ rows: RecordingRow[]; totals: RecordingTotals }> {
  const q = recordingQueries(ctx, filters);
  if (!q.counted || !q.page) return { rows: [], totals: q.totals };
  const found = await ctx.db
    .selectFrom(q.counted.as("t"))
    .leftJoinLateral(q.page.as("p"), (join) => join.onTrue())
    .selectAll("p")
    .select(["t.count", "t.seconds"])
    .execute();

  const totals = q.totals;
  const first = found[0];
  if (first) {
    totals.count = Number(first.count);
    totals.durationSeconds = Number(first.seconds);
  }
  const rows: RecordingRow[] = [];
  for (const r of found) if (r.callNumber !== null) rows.push(recordingRow(r as FoundRow));
  return { rows, totals };
}

/** Rows read from PostgreSQL at a time by `streamRecordings`. */
const batchRows = 100;

/**
 * The same rows as `searchRecordings` (no page: every one), read through a cursor in batches:
 * for the spreadsheet of a whole period, which would otherwise hold 100,000 rows at once,
 * twice (pg's and ours). The totals are counted from those very rows as they pass, so they
 * cannot disagree with them even if an import lands meanwhile; they are final once `rows`
 * has been read to the end (the workbook writes them under the table).
 */
export async function streamRecordings(ctx: ReportContext, filters: RecordingsFilters): Promise<ReportStream<RecordingRow, RecordingTotals>> {
  const { page, totals } = recordingQueries(ctx, { ...filters, page: undefined });
  async function* rows() {
    if (!page) return;
    for await (const r of page.stream(batchRows)) {
      const row = recordingRow(r as FoundRow);
      totals.count += 1;
      totals.durationSeconds += row.durationSeconds;
      yield row;
    }
  }
  return { rows: rows(), totals };
}

type FoundRow = Omit<RecordingRow, "startedAt"> & { startedAt: Date };

function recordingRow(r: FoundRow): RecordingRow {
  return {
    callNumber: r.callNumber,
    startedAt: r.startedAt.toISOString(),
    accountNumber: r.accountNumber,
    accountName: r.accountName,
    callerId: r.callerId,
    callerName: r.callerName,
    agent: r.agent,
    station: r.station,
    durationSeconds: r.durationSeconds,
    quality: r.quality,
    hasRecording: Boolean(r.hasRecording),
  };
}

/** The totals' statement and the rows' statement for the filters; neither when nothing can match. */
function recordingQueries(ctx: ReportContext, filters: RecordingsFilters) {
  const period = resolvePeriod(filters, ctx);
  const oldest = retentionStart(ctx);
  const start = period.start < oldest ? oldest : period.start;
  const end = period.end;
  const totals: RecordingTotals = { count: 0, durationSeconds: 0, start: start.toISOString(), end: end.toISOString() };
  const accounts =
    filters.account === undefined
      ? ctx.access.accountNumbers
      : ctx.access.accountNumbers.filter((n) => n === filters.account);
  if (accounts.length === 0 || end <= start) return { totals };

  const needsName = filters.accountName !== undefined;
  const fromCalls = (from: Date, to: Date) =>
    ctx.db
      .selectFrom("calls as c")
      .$if(needsName, (q) => q.innerJoin("accounts as a", "a.account_number", "c.account_number"))
      .select([sql<number>`count(*)`.as("count"), sql<number>`coalesce(sum(c.duration_seconds), 0)`.as("seconds")])
      .where((eb) => conditions(eb as CallsScope, filters, accounts, from, to));
  // With no filter but accounts and period, whole hours come from call_hour_totals and only the
  // partial hours at both ends from calls: 60 busy days add up 1,440 rows, not 130,000.
  const firstHour = new Date(Math.ceil(start.getTime() / hour) * hour);
  const lastHour = new Date(Math.floor(end.getTime() / hour) * hour);
  const counted: ReturnType<typeof fromCalls> =
    onlyAccountsAndPeriod(filters) && firstHour < lastHour
      ? ctx.db
          .selectFrom(
            ctx.db
              .selectFrom("call_hour_totals as h")
              .select([sql<number>`sum(h.calls)`.as("count"), sql<number>`sum(h.seconds)`.as("seconds")])
              .where((eb) =>
                accounts.length === 1
                  ? eb("h.account_number", "=", accounts[0]!)
                  : eb("h.account_number", "=", sql<number>`any(${accounts}::int[])`),
              )
              .where("h.hour", ">=", firstHour)
              .where("h.hour", "<", lastHour)
              .unionAll(fromCalls(start, firstHour))
              .unionAll(fromCalls(lastHour, end))
              .as("parts"),
          )
          .select([sql<number>`coalesce(sum(parts.count), 0)`.as("count"), sql<number>`coalesce(sum(parts.seconds), 0)`.as("seconds")]) as unknown as ReturnType<typeof fromCalls>
      : fromCalls(start, end);

  const column = sql.raw(sortColumns[filters.sort]);
  const direction = sql.raw(filters.direction);
  // Only nullable columns get a nulls clause: on started_at it would stop PostgreSQL from reading
  // calls_account_started backwards for the first page.
  const nullable = filters.sort === "agent" || filters.sort === "station";
  const nulls = sql.raw(nullable ? (filters.direction === "asc" ? "nulls first" : "nulls last") : "");
  let page = ctx.db
    .selectFrom("calls as c")
    .innerJoin("accounts as a", "a.account_number", "c.account_number")
    .select([
      "c.call_number as callNumber",
      "c.started_at as startedAt",
      "c.account_number as accountNumber",
      "a.name as accountName",
      "c.caller_id as callerId",
      "c.caller_name as callerName",
      "c.agent",
      "c.station",
      "c.duration_seconds as durationSeconds",
      "c.quality",
      sql<boolean>`c.recording_file is not null`.as("hasRecording"),
    ])
    .where((eb) => conditions(eb as CallsScope, filters, accounts, start, end))
    .orderBy(sql`${column} ${direction} ${nulls}`)
    .orderBy(sql`c.call_number ${direction}`);
  if (filters.page) page = page.limit(filters.page.limit).offset(filters.page.offset);

  return { totals, counted, page };
}
