import { type RawBuilder, sql } from "kysely";
import type { StatisticsFilters } from "../../../shared/filters/statistics";
import type { StatisticKey, StatisticsSums } from "../../../shared/statistics";
import type { ReportContext } from "../report-definition";
import { category, categoryFilter, conditions, figureRecords } from "./predicates";
import { rollupAnswers, rollupRows, rollupSlots } from "./rollup";
import { chosenAccounts, statisticsScope } from "./scope";

export interface StatisticsFiguresData {
  sums: StatisticsSums;
  /** The companies of the accounts chosen, for the heading. */
  companies: string[];
}

type AggregateRow = StatisticsSums & { companies: string[] | null };

/** Per category, how many records meet each condition (`n`: all of them). */
const conditionCount = { held: "heldN", within30s: "within30N", transferred: "transferredN" } as const;

/** A count figure: the records of its categories (and condition), summed over the categories. */
function countOf(figure: StatisticKey) {
  const { condition } = figureRecords[figure];
  return sql`coalesce(sum(${sql.ref(condition ? conditionCount[condition] : "n")}) filter (where ${categoryFilter(figure)}), 0)::int8`;
}

/** A sum for a mean: the column summed over the records the mean is taken over. */
function sumOf(column: string, figure: StatisticKey) {
  return sql`coalesce(sum(${sql.ref(column)}) filter (where ${categoryFilter(figure)}), 0)::int8`;
}

/**
 * Every figure in ONE aggregate query over the chosen records: the records are summed per
 * category (six rows, in a hash table: each record's category is worked out once), then those
 * rows into the figures. The predicates are those of the drill-down list. Unless the filters
 * need every record (agent, thresholds) or `rollup` is false, the whole half-hour slots come
 * from the rollup instead, as rows of the same shape (rollup.ts), and only the
 * partial slots at the edges from the calls.
 *
 * ```sql
 * with g as (
 *   select <category> as cat, count(*) as n, sum(c.work_seconds) as work,
 *          count(*) filter (where c.hold_seconds > 10) as "heldN", …
 *   from calls c where <scope> group by 1)
 * select sum(n) filter (where cat in (2, 3, 4, 5)) as "T", …, sum(work) as "workSum", …
 * from g
 * ```
 */
export function statisticsAggregate(ctx: ReportContext, filters: StatisticsFilters, { rollup = true } = {}) {
  const { held, within30s, transferred } = conditions;
  // The records summed per category, from `source` (aliased c) where `scope` holds.
  const perCategory = (source: RawBuilder<unknown>, scope: RawBuilder<boolean>) => sql`
      select ${category} as cat,
        count(*) as n,
        sum(c.work_seconds) as work,
        count(*) filter (where ${held}) as "heldN",
        sum(c.hold_seconds) filter (where ${held}) as "heldSum",
        sum(c.answer_delay_seconds) as "delaySum",
        count(*) filter (where ${within30s}) as "within30N",
        count(*) filter (where ${transferred}) as "transferredN",
        sum(c.transfer_seconds) filter (where ${transferred}) as "transferSum"
      from ${source}
      where ${scope}
      group by 1`;
  let rows: RawBuilder<unknown>;
  if (rollup && rollupAnswers(filters)) {
    const { whole, partial } = rollupSlots(ctx, filters);
    const parts = whole.length ? [rollupRows(ctx, filters, whole)] : [];
    if (partial.length) {
      // One index range per partial slot, each read on its own (lateral, not flattened): a join
      // or a multirange test would read the whole period. The columns are the covering index's.
      const edges = sql`unnest(${partial.map((p) => p.from)}::timestamptz[], ${partial.map((p) => p.to)}::timestamptz[]) w (a, b)
        cross join lateral (
          select c.kind, c.outcome, c.duration_seconds, c.agent_seconds, c.work_seconds, c.hold_seconds,
                 c.answer_delay_seconds, c.transferred, c.transfer_seconds
          from calls c
          where c.started_at >= w.a and c.started_at < w.b and ${statisticsScope(ctx, filters, { windows: false })}
          offset 0
        ) c`;
      parts.push(perCategory(edges, sql`true`));
    }
    rows = parts.length ? sql.join(parts, sql` union all `) : perCategory(sql`calls c`, sql`false`);
  } else {
    rows = perCategory(sql`calls c`, statisticsScope(ctx, filters));
  }
  return sql<AggregateRow>`
    with g as (${rows})
    select
      ${countOf("totalInbound")} as "T",
      ${countOf("automated")} as "A",
      ${countOf("agentCalls")} as "G",
      ${countOf("abandoned")} as "B",
      ${countOf("assigned")} as "S",
      ${countOf("unanswered")} as "U",
      ${countOf("answered")} as "R",
      ${countOf("held")} as "H",
      ${countOf("answeredWithin30s")} as "W",
      ${countOf("transfers")} as "X",
      ${countOf("busy")} as "busy",
      ${sumOf("work", "avgWorkSeconds")} as "workSum",
      ${sumOf("heldSum", "avgHoldSeconds")} as "holdSum",
      ${sumOf("delaySum", "avgAnswerDelaySeconds")} as "answerDelaySum",
      ${sumOf("transferSum", "avgTransferMinutes")} as "transferSum",
      (select array_agg(distinct b.name order by b.name)
        from accounts a join billing_accounts b on b.billing_number = a.billing_number
        where a.account_number = any(${chosenAccounts(ctx, filters)})) as companies
    from g
  `;
}

export async function queryStatistics(ctx: ReportContext, filters: StatisticsFilters): Promise<StatisticsFiguresData> {
  const { rows } = await statisticsAggregate(ctx, filters).execute(ctx.db);
  const row = rows[0];
  const sums: StatisticsSums = {
    T: row?.T ?? 0,
    A: row?.A ?? 0,
    G: row?.G ?? 0,
    B: row?.B ?? 0,
    S: row?.S ?? 0,
    U: row?.U ?? 0,
    R: row?.R ?? 0,
    H: row?.H ?? 0,
    W: row?.W ?? 0,
    X: row?.X ?? 0,
    busy: row?.busy ?? 0,
    workSum: row?.workSum ?? 0,
    holdSum: row?.holdSum ?? 0,
    answerDelaySum: row?.answerDelaySum ?? 0,
    transferSum: row?.transferSum ?? 0,
  };
  return { sums, companies: row?.companies ?? [] };
}
