import { type RawBuilder, sql } from "kysely";
import type { StatisticKey } from "../../shared/statistics";

/**
 * STATISTICS.md's definitions, each written once as a SQL condition on a call record `c`.
 * The aggregate counts `filter (where <predicate>)`; the drill-down lists `where <predicate>`.
 */

/** A counted inbound call: inbound, not a busy signal, longer than 6 s. */
const counted = sql<boolean>`(c.kind = 'in' and c.outcome in ('automated', 'abandoned', 'unanswered', 'answered') and c.duration_seconds > 6)`;
/** Handled by the voice system alone, or with an agent for under 10 s. */
const automatedCall = sql<boolean>`(c.outcome = 'automated' or (c.outcome = 'answered' and c.agent_seconds < 10))`;
const answered = sql<boolean>`(${counted} and c.outcome = 'answered' and c.agent_seconds >= 10)`;
const held = sql<boolean>`(${counted} and c.hold_seconds > 10)`;
const transferred = sql<boolean>`(${counted} and c.transferred)`;

export const predicates = {
  counted,
  automated: sql<boolean>`(${counted} and ${automatedCall})`,
  agentCalls: sql<boolean>`(${counted} and not ${automatedCall})`,
  abandoned: sql<boolean>`(${counted} and c.outcome = 'abandoned')`,
  assigned: sql<boolean>`(${counted} and (c.outcome = 'unanswered' or (c.outcome = 'answered' and c.agent_seconds >= 10)))`,
  unanswered: sql<boolean>`(${counted} and c.outcome = 'unanswered')`,
  answered,
  held,
  answeredWithin30s: sql<boolean>`(${answered} and c.answer_delay_seconds <= 30)`,
  transferred,
  busy: sql<boolean>`(c.kind = 'in' and c.outcome = 'busy')`,
  /** Average work time sums the work of every chosen record, of every kind. */
  anyRecord: sql<boolean>`true`,
} satisfies Record<string, RawBuilder<boolean>>;

/** The records behind each figure: those it counts, or those it averages over. */
export const figureRecords: Record<StatisticKey, RawBuilder<boolean>> = {
  totalInbound: predicates.counted,
  automated: predicates.automated,
  agentCalls: predicates.agentCalls,
  abandoned: predicates.abandoned,
  assigned: predicates.assigned,
  unanswered: predicates.unanswered,
  answered: predicates.answered,
  answeredOfAssigned: predicates.answered,
  avgWorkSeconds: predicates.anyRecord,
  held: predicates.held,
  avgHoldSeconds: predicates.held,
  avgAnswerDelaySeconds: predicates.answered,
  answeredWithin30s: predicates.answeredWithin30s,
  transfers: predicates.transferred,
  avgTransferMinutes: predicates.transferred,
  busy: predicates.busy,
};
