import { type StatisticsFilters, statisticsFilters } from "../../../shared/filters/statistics";
import { statisticsHeading } from "../../../shared/statistics-heading";
import { computeFigures, type Figure, type StatisticsCharts, type StatisticsSums } from "../../../shared/statistics";
import { pageOf, type ReportDefinition, type ReportSheet } from "../report-definition";
import { queryStatisticsCharts } from "./charts";
import { queryStatistics } from "./query";
import { fromWithinWindow } from "../../../shared/filters/within-window";
import { firstKeptDay } from "../../../shared/retention-window";
import { statisticsDays } from "./scope";

export interface StatisticsTotals {
  sums: StatisticsSums;
  /** With `run` (the exports' chart sheets); the page asks for its charts apart (`statistics.charts`). */
  charts?: StatisticsCharts;
  companies: string[];
  period: { from: string; to: string };
  /** How many accounts the user sees (the heading's "all your accounts (n)"). */
  accountCount: number;
}

/**
 * The Statistics report: the 16 figures of docs/statistics-definitions.md as its rows (key, value, percent),
 * the sums and the charts' data as its totals: the figures' aggregate query (query.ts)
 * and the charts' query (charts.ts), run side by side — the page asks for them
 * separately, so that the figures never wait for the charts.
 */
export const statisticsReport: ReportDefinition<StatisticsFilters, Figure, StatisticsTotals> = {
  section: "statistics",
  title: (d) => d.sections.statistics.title,
  filters: statisticsFilters,
  filtersWithin: (ctx) => fromWithinWindow(statisticsFilters, firstKeptDay(ctx)),
  async run(ctx, filters) {
    const [data, { period, ...charts }] = await Promise.all([queryStatistics(ctx, filters), queryStatisticsCharts(ctx, filters)]);
    return {
      rows: computeFigures(data.sums),
      totals: { ...data, charts, period, accountCount: ctx.access.accountNumbers.length },
    };
  },
  /** The figures alone (the 16 rows, so any page holds them all), without waiting for the charts. */
  async page(ctx, filters, page) {
    const data = await queryStatistics(ctx, filters);
    const period = statisticsDays(ctx, filters);
    return pageOf({ rows: computeFigures(data.sums), totals: { ...data, period, accountCount: ctx.access.accountNumbers.length } }, page);
  },
  columns: [
    {
      key: "statistic",
      header: (d) => d.sections.statistics.table.statistic,
      kind: "text",
      value: (row, d) => d.sections.statistics.figures[row.key].label,
      width: 50,
    },
    { key: "count", header: (d) => d.sections.statistics.table.count, kind: "number", value: (row) => row.value, width: 10 },
    { key: "percent", header: (d) => d.sections.statistics.table.percent, kind: "percent", value: (row) => row.percent, width: 10 },
    {
      key: "explanation",
      header: (d) => d.sections.statistics.table.explanation,
      kind: "text",
      value: (row, d) => d.sections.statistics.figures[row.key].explanation,
      width: 100,
    },
  ],
  totals() {
    return [];
  },
  describeFilters(filters, d, locale) {
    const heading = statisticsHeading(filters, d, locale, { companies: [], accountCount: 0 });
    const f = d.sections.statistics.filters;
    return [
      { label: f.from, value: filters.from, kind: "date" },
      { label: f.to, value: filters.to, kind: "date" },
      {
        label: filters.billing && filters.account === undefined ? f.billing : f.account,
        value: filters.account ?? filters.billing ?? f.allAccounts,
        kind: filters.account === undefined ? "text" : "integer",
      },
      { label: f.after, value: filters.after, kind: "text" },
      { label: f.before, value: filters.before, kind: "text" },
      { label: f.weekday, value: heading.weekday, kind: "text" },
      ...heading.others.map((line) => ({ label: "", value: line, kind: "text" as const })),
    ];
  },
  extraSheets(result, d): ReportSheet[] {
    const c = d.sections.statistics.charts;
    const { perDay, perHour, answerDelay } = result.totals.charts ?? { perDay: [], perHour: [], answerDelay: [] };
    return [
      {
        name: () => c.sheetPerDay,
        columns: [
          { key: "date", header: () => c.day, kind: "date", value: (r: (typeof perDay)[number]) => r.date },
          { key: "count", header: () => c.calls, kind: "integer", value: (r: (typeof perDay)[number]) => r.count },
        ],
        rows: perDay,
      },
      {
        name: () => c.sheetPerHour,
        columns: [
          { key: "hour", header: () => c.hour, kind: "integer", value: (r: (typeof perHour)[number]) => r.hour },
          { key: "count", header: () => c.calls, kind: "integer", value: (r: (typeof perHour)[number]) => r.count },
        ],
        rows: perHour,
      },
      {
        name: () => c.sheetAnswerDelay,
        columns: [
          { key: "bucket", header: () => c.delay, kind: "text", value: (r: (typeof answerDelay)[number]) => c.bucket[r.bucket] },
          { key: "count", header: () => c.calls, kind: "integer", value: (r: (typeof answerDelay)[number]) => r.count },
        ],
        rows: answerDelay,
      },
    ];
  },
  cliFlags: {
    from: "day",
    to: "day",
    account: "number",
    billing: "text",
    includeGroups: "numbers",
    excludeGroups: "numbers",
    includeDistribution: "numbers",
    excludeDistribution: "numbers",
    after: "text",
    before: "text",
    weekday: "weekday",
    agent: "text",
    minHold: "number",
    minAnswerDelay: "number",
  },
  toJson(result) {
    return { metrics: result.rows.map((f) => ({ key: f.key, count: f.value, percent: f.percent })) };
  },
};
