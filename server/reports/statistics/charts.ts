import { sql } from "kysely";
import type { StatisticsFilters } from "../../../shared/filters/statistics";
import { answerDelayBuckets, type StatisticsCharts } from "../../../shared/statistics";
import { addDays } from "../../../shared/time-zone";
import { dayNumberToDate } from "./local-clock";
import type { ReportContext } from "../report-definition";
import { category, categoryFilter, delayBucket } from "./predicates";
import { statisticsClock, statisticsDays, statisticsScope } from "./scope";

type ChartsRow = {
  perDay: [number, number][] | null;
  perHour: [number, number][] | null;
  /** [bar 0–5 of `delayBucket`, answered calls] */
  perBucket: [number, number][] | null;
};

/**
 * The charts' counts in one query, over the same records and categories as the figures: the
 * counted inbound calls per local hour (then summed per day and per hour of day), and the
 * answered calls per answer-delay bar. Apart from the figures' query so that the figures come
 * back at once; the page asks for both together.
 *
 * ```sql
 * with g as (
 *   select <local hours since 1970> as hours, <category> as cat, <answer-delay bar> as bar, count(*) as n
 *   from calls c where <scope> group by 1, 2, 3)
 * select (select json_agg(…) from g where cat in (2, 3, 4, 5) group by hours / 24) as "perDay", …
 * ```
 */
export function statisticsChartsQuery(ctx: ReportContext, filters: StatisticsFilters) {
  const clock = statisticsClock(ctx, filters);
  const counted = categoryFilter("totalInbound");
  return sql<ChartsRow>`
    with g as (
      select ${clock.hourNumber} as hours, ${category} as cat, ${delayBucket} as bar, count(*) as n
      from calls c
      where ${statisticsScope(ctx, filters)}
      group by 1, 2, 3
    )
    select
      (select json_agg(json_build_array(day, n)) from (
        select hours / 24 as day, sum(n)::int8 as n from g where ${counted} group by 1) d) as "perDay",
      (select json_agg(json_build_array(hour, n)) from (
        select hours % 24 as hour, sum(n)::int8 as n from g where ${counted} group by 1) h) as "perHour",
      (select json_agg(json_build_array(bar, n)) from (
        select bar, sum(n)::int8 as n from g where ${categoryFilter("avgAnswerDelaySeconds")} group by 1) b) as "perBucket"
  `;
}

export async function queryStatisticsCharts(
  ctx: ReportContext,
  filters: StatisticsFilters,
): Promise<StatisticsCharts & { period: { from: string; to: string } }> {
  const { rows } = await statisticsChartsQuery(ctx, filters).execute(ctx.db);
  const row = rows[0];
  const period = statisticsDays(ctx, filters);
  const byDay = new Map((row?.perDay ?? []).map(([day, n]) => [dayNumberToDate(day), n]));
  const perDay: StatisticsCharts["perDay"] = [];
  for (let day = period.from; day <= period.to; day = addDays(day, 1)) perDay.push({ date: day, count: byDay.get(day) ?? 0 });
  const byHour = new Map(row?.perHour ?? []);
  const perHour = Array.from({ length: 24 }, (_, hour) => ({ hour, count: byHour.get(hour) ?? 0 }));
  const byBar = new Map(row?.perBucket ?? []);
  // An answered call without a recorded delay (none should exist) is shown with the shortest.
  const answerDelay = answerDelayBuckets.map((b, i) => ({
    bucket: b.key,
    count: (byBar.get(i + 1) ?? 0) + (i === 0 ? (byBar.get(0) ?? 0) : 0),
  }));
  return { perDay, perHour, answerDelay, period };
}
