import { sql } from "kysely";
import type { CallKind } from "../../../db/database";
import type { StatisticsFilters } from "../../../shared/filters/statistics";
import type { StatisticKey } from "../../../shared/statistics";
import type { ReportContext } from "../report-definition";
import { figurePredicate } from "./predicates";
import { statisticsScope } from "./scope";

/** A call behind a figure, as plain JSON (the instant as an ISO string). */
export interface StatisticsCall {
  callNumber: number;
  startedAt: string;
  accountNumber: number;
  kind: CallKind;
  /** null when withheld. */
  callerId: string | null;
  callerName: string | null;
  agent: string | null;
  durationSeconds: number;
  answerDelaySeconds: number | null;
  holdSeconds: number;
  workSeconds: number;
  transferSeconds: number | null;
  hasRecording: boolean;
}

export interface StatisticsCallsPage {
  calls: StatisticsCall[];
  /** How many records the figure counts (or averages over) in all. */
  total: number;
}

/**
 * The calls a figure counts, or averages over, one page at a time, oldest first: the same
 * scope and the same predicate as the aggregate, so the list adds up to the figure.
 */
export async function statisticsCalls(
  ctx: ReportContext,
  filters: StatisticsFilters,
  figure: StatisticKey,
  page: { offset: number; limit: number },
): Promise<StatisticsCallsPage> {
  const { rows } = await sql<Omit<StatisticsCall, "startedAt"> & { startedAt: Date; total: number }>`
    select c.call_number as "callNumber", c.started_at as "startedAt", c.account_number as "accountNumber",
      c.kind, c.caller_id as "callerId", c.caller_name as "callerName", c.agent,
      c.duration_seconds as "durationSeconds", c.answer_delay_seconds as "answerDelaySeconds",
      c.hold_seconds as "holdSeconds", c.work_seconds as "workSeconds", c.transfer_seconds as "transferSeconds",
      c.recording_file is not null as "hasRecording",
      count(*) over () as total
    from calls c
    where ${statisticsScope(ctx, filters)} and ${figurePredicate(figure)}
    order by c.started_at, c.call_number
    limit ${page.limit} offset ${page.offset}
  `.execute(ctx.db);
  let total = rows[0]?.total;
  if (total === undefined) {
    // Past the last page: still say how many there are.
    const count = await sql<{ total: number }>`
      select count(*) as total from calls c where ${statisticsScope(ctx, filters)} and ${figurePredicate(figure)}
    `.execute(ctx.db);
    total = count.rows[0]?.total ?? 0;
  }
  return {
    calls: rows.map(({ total: _, startedAt, ...call }) => ({ ...call, startedAt: startedAt.toISOString() })),
    total,
  };
}
