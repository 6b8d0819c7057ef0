import { sql } from "kysely";
import type { StatisticsFilters } from "../../shared/filters/statistics";
import { answerDelayBuckets, type StatisticsCharts, type StatisticsSums } from "../../shared/statistics";
import { addDays, toLocal } from "../../shared/time-zone";
import type { ReportContext } from "./report-definition";
import { predicates as p } from "./statistics-predicates";
import { chosenAccounts, localStart, statisticsPeriod, statisticsScope } from "./statistics-scope";

export interface StatisticsData {
  sums: StatisticsSums;
  charts: StatisticsCharts;
  /** The companies of the accounts chosen, for the heading. */
  companies: string[];
  /** The local days actually covered (`from` moves up to the retention window). */
  period: { from: string; to: string };
}

type AggregateRow = StatisticsSums & {
  level: number;
  day: string | null;
  hour: number | null;
  d0: number;
  d11: number;
  d21: number;
  d31: number;
  d61: number;
  companies: string[] | null;
};

/**
 * Every figure, and the charts' counts, in ONE aggregate query over the chosen records:
 * grouping sets give the whole-period row (level 3), one row per local day (level 1) and one
 * per local hour (level 2). The predicates are those of the drill-down list.
 *
 * ```sql
 * select grouping(l.day, l.hour) as level, l.day, l.hour,
 *        count(*) filter (where <counted>) as "T", …, coalesce(sum(c.work_seconds), 0) as "workSum", …
 * from calls c cross join lateral (select (c.started_at at time zone $tz)::date as day, …) l
 * where <scope>
 * group by grouping sets ((), (l.day), (l.hour))
 * ```
 */
export async function queryStatistics(ctx: ReportContext, filters: StatisticsFilters): Promise<StatisticsData> {
  const local = localStart(ctx.timeZone);
  const delay = sql`coalesce(c.answer_delay_seconds, 0)`;
  const { rows } = await sql<AggregateRow>`
    select grouping(l.day, l.hour) as level, l.day, l.hour,
      count(*) filter (where ${p.counted}) as "T",
      count(*) filter (where ${p.automated}) as "A",
      count(*) filter (where ${p.agentCalls}) as "G",
      count(*) filter (where ${p.abandoned}) as "B",
      count(*) filter (where ${p.assigned}) as "S",
      count(*) filter (where ${p.unanswered}) as "U",
      count(*) filter (where ${p.answered}) as "R",
      count(*) filter (where ${p.held}) as "H",
      count(*) filter (where ${p.answeredWithin30s}) as "W",
      count(*) filter (where ${p.transferred}) as "X",
      count(*) filter (where ${p.busy}) as "busy",
      coalesce(sum(c.work_seconds), 0) as "workSum",
      coalesce(sum(c.hold_seconds) filter (where ${p.held}), 0) as "holdSum",
      coalesce(sum(c.answer_delay_seconds) filter (where ${p.answered}), 0) as "answerDelaySum",
      coalesce(sum(c.transfer_seconds) filter (where ${p.transferred}), 0) as "transferSum",
      count(*) filter (where ${p.answered} and ${delay} <= 10) as "d0",
      count(*) filter (where ${p.answered} and ${delay} between 11 and 20) as "d11",
      count(*) filter (where ${p.answered} and ${delay} between 21 and 30) as "d21",
      count(*) filter (where ${p.answered} and ${delay} between 31 and 60) as "d31",
      count(*) filter (where ${p.answered} and ${delay} > 60) as "d61",
      case when grouping(l.day, l.hour) = 3 then (
        select array_agg(distinct b.name order by b.name)
        from accounts a join billing_accounts b on b.billing_number = a.billing_number
        where a.account_number = any(${chosenAccounts(ctx, filters)})
      ) end as companies
    from calls c
    cross join lateral (select ${local}::date as day, extract(hour from ${local})::int as hour) l
    where ${statisticsScope(ctx, filters)}
    group by grouping sets ((), (l.day), (l.hour))
  `.execute(ctx.db);

  const total = rows.find((r) => r.level === 3);
  const sums: StatisticsSums = {
    T: total?.T ?? 0,
    A: total?.A ?? 0,
    G: total?.G ?? 0,
    B: total?.B ?? 0,
    S: total?.S ?? 0,
    U: total?.U ?? 0,
    R: total?.R ?? 0,
    H: total?.H ?? 0,
    W: total?.W ?? 0,
    X: total?.X ?? 0,
    busy: total?.busy ?? 0,
    workSum: total?.workSum ?? 0,
    holdSum: total?.holdSum ?? 0,
    answerDelaySum: total?.answerDelaySum ?? 0,
    transferSum: total?.transferSum ?? 0,
  };

  const { start } = statisticsPeriod(ctx, filters);
  const period = { from: toLocal(start, ctx.timeZone).date, to: filters.to };
  const byDay = new Map(rows.filter((r) => r.level === 1 && r.day).map((r) => [r.day!, r.T]));
  const perDay: StatisticsCharts["perDay"] = [];
  for (let day = period.from; day <= period.to; day = addDays(day, 1)) perDay.push({ date: day, count: byDay.get(day) ?? 0 });
  const byHour = new Map(rows.filter((r) => r.level === 2 && r.hour !== null).map((r) => [r.hour!, r.T]));
  const perHour = Array.from({ length: 24 }, (_, hour) => ({ hour, count: byHour.get(hour) ?? 0 }));
  const bucketCounts = [total?.d0, total?.d11, total?.d21, total?.d31, total?.d61];
  const answerDelay = answerDelayBuckets.map((b, i) => ({ bucket: b.key, count: bucketCounts[i] ?? 0 }));

  return { sums, charts: { perDay, perHour, answerDelay }, companies: total?.companies ?? [], period };
}
