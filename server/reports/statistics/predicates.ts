import { type RawBuilder, sql } from "kysely";
import type { StatisticKey } from "../../../shared/statistics";

/**
 * docs/statistics-definitions.md's definitions, written once, in SQL, over a call record `c`. Each record falls
 * in one category (computed once per record: comparing text columns again in each of the
 * figures' filters cost ten times the rest of the aggregate), and a figure is a set of
 * categories and, for some, one more condition. The aggregate sums by category and condition;
 * the drill-down lists `where <category in …> and <condition>`: the same definitions, so a figure
 * and its list can never disagree.
 */

export const Category = { other: 0, busy: 1, automated: 2, abandoned: 3, unanswered: 4, answered: 5 } as const;

/**
 * other: outbound, disconnect, or inbound of 6 s or less (never counted as calls);
 * busy: inbound busy signal, any duration; automated: by the voice system alone, or with an
 * agent for under 10 s; then abandoned, unanswered, answered — the counted calls are 2 to 5.
 */
export const category = sql<number>`(case
  when c.kind <> 'in' or c.outcome is null then ${sql.lit(Category.other)}
  when c.outcome = 'busy' then ${sql.lit(Category.busy)}
  when c.duration_seconds <= 6 then ${sql.lit(Category.other)}
  when c.outcome = 'automated' or (c.outcome = 'answered' and c.agent_seconds < 10) then ${sql.lit(Category.automated)}
  when c.outcome = 'abandoned' then ${sql.lit(Category.abandoned)}
  when c.outcome = 'unanswered' then ${sql.lit(Category.unanswered)}
  else ${sql.lit(Category.answered)}
end)`;

/**
 * The answer-delay chart's bar of a record: 0 no delay, 1 up to 10 s, 2 11–20, 3 21–30,
 * 4 31–60, 5 over 60 (shared/statistics.ts answerDelayBuckets, in order).
 */
export const delayBucket = sql<number>`(case
  when c.answer_delay_seconds is null then 0
  when c.answer_delay_seconds <= 10 then 1
  when c.answer_delay_seconds <= 20 then 2
  when c.answer_delay_seconds <= 30 then 3
  when c.answer_delay_seconds <= 60 then 4
  else 5
end)`;

/** The extra conditions some figures add, each a plain comparison of one column. */
export const conditions = {
  held: sql<boolean>`c.hold_seconds > 10`,
  within30s: sql<boolean>`c.answer_delay_seconds <= 30`,
  transferred: sql<boolean>`c.transferred`,
} satisfies Record<string, RawBuilder<boolean>>;

const counted = [Category.automated, Category.abandoned, Category.unanswered, Category.answered];

export interface FigureRecords {
  /** null: every chosen record, of every kind (average work time). */
  categories: readonly number[] | null;
  condition?: keyof typeof conditions;
}

/** The records behind each figure: those it counts, or those it averages over. */
export const figureRecords: Record<StatisticKey, FigureRecords> = {
  totalInbound: { categories: counted },
  automated: { categories: [Category.automated] },
  agentCalls: { categories: [Category.abandoned, Category.unanswered, Category.answered] },
  abandoned: { categories: [Category.abandoned] },
  assigned: { categories: [Category.unanswered, Category.answered] },
  unanswered: { categories: [Category.unanswered] },
  answered: { categories: [Category.answered] },
  answeredOfAssigned: { categories: [Category.answered] },
  avgWorkSeconds: { categories: null },
  held: { categories: counted, condition: "held" },
  avgHoldSeconds: { categories: counted, condition: "held" },
  avgAnswerDelaySeconds: { categories: [Category.answered] },
  answeredWithin30s: { categories: [Category.answered], condition: "within30s" },
  transfers: { categories: counted, condition: "transferred" },
  avgTransferMinutes: { categories: counted, condition: "transferred" },
  busy: { categories: [Category.busy] },
};

/** `where` of a figure's records, for the drill-down list. */
export function figurePredicate(figure: StatisticKey): RawBuilder<boolean> {
  const { categories, condition } = figureRecords[figure];
  const parts: RawBuilder<unknown>[] = [];
  if (categories) parts.push(sql`${category} in (${sql.join(categories.map((n) => sql.lit(n)))})`);
  if (condition) parts.push(conditions[condition]);
  return parts.length ? sql<boolean>`(${sql.join(parts, sql` and `)})` : sql<boolean>`true`;
}

/** `filter (where …)` of a figure over the per-category groups (`cat`) of the aggregate. */
export function categoryFilter(figure: StatisticKey): RawBuilder<boolean> {
  const { categories } = figureRecords[figure];
  return categories ? sql<boolean>`cat in (${sql.join(categories.map((n) => sql.lit(n)))})` : sql<boolean>`true`;
}
