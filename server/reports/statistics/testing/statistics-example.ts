import type { Insertable } from "kysely";
import type { CallTable } from "../../../../db/database";

export type CallRow = Insertable<CallTable>;

let next = 900_000;

/** An answered inbound call of 2 minutes on account 5201; `overrides` make it anything else. */
export function callRow(overrides: Partial<CallRow> = {}): CallRow {
  return {
    call_number: next++,
    account_number: 5201,
    started_at: "2026-11-10T15:00:00Z",
    kind: "in",
    duration_seconds: 120,
    caller_id: "5145550100",
    caller_name: "Client",
    agent: "ELD",
    station: 3,
    outcome: "answered",
    answer_delay_seconds: 10,
    agent_seconds: 90,
    hold_seconds: 0,
    work_seconds: 100,
    transferred: false,
    transfer_seconds: null,
    distribution_group: 0,
    quality: 80,
    ...overrides,
  };
}

/**
 * The manual's example (docs/statistics-definitions.md), line for line, on Alice's account 5201 between
 * 2026-11-02 and 2026-11-22 (Toronto): 61 counted · 5 automated · 56 agent calls · 6 abandoned
 * · 50 assigned · 0 unanswered · 50 answered · average work 111 s · 4 held, average hold 46 s
 * · average answer delay 31.0 s · 33 within 30 s · 0 transfers · 0 busy — plus records that
 * only a wrong reading would count.
 */
export function manualExample(): CallRow[] {
  const at = (day: number, hour: number, minute = 0) =>
    `2026-11-${String(day).padStart(2, "0")}T${String(hour + 5).padStart(2, "0")}:${String(minute).padStart(2, "0")}:00Z`;
  const rows: CallRow[] = [];
  // 50 answered: 33 within 30 s (32 at 20 s, one at exactly 30 s), 17 later (16 at 52 s, one at 48 s): 1550 s → 31.0.
  const delays = [...Array(32).fill(20), 30, ...Array(16).fill(52), 48] as number[];
  // 4 held 30 + 40 + 50 + 64 = 184 s → 46; one held exactly 10 s is not held.
  const holds = [30, 40, 50, 64, 10];
  delays.forEach((delay, i) => {
    rows.push(
      callRow({
        started_at: at(3 + (i % 18), 8 + (i % 10), i % 60),
        answer_delay_seconds: delay,
        hold_seconds: holds[i] ?? 0,
        // 50 × 100 s of work, plus the outbound and disconnect work below: 5550 s / 50 = 111.
        work_seconds: 100,
        agent: i % 3 === 0 ? "MCL" : "ELD",
      }),
    );
  });
  // 5 automated: 3 by the voice system, 1 agent call of exactly 9 s, 1 of 5 s (delays that must not count).
  for (let i = 0; i < 3; i++) {
    rows.push(callRow({ started_at: at(4 + i, 9), outcome: "automated", agent: null, answer_delay_seconds: null, agent_seconds: 0, work_seconds: 0 }));
  }
  rows.push(callRow({ started_at: at(8, 10), agent_seconds: 9, answer_delay_seconds: 5, work_seconds: 0 }));
  rows.push(callRow({ started_at: at(9, 10), agent_seconds: 5, answer_delay_seconds: 90, work_seconds: 0 }));
  // 6 abandoned.
  for (let i = 0; i < 6; i++) {
    rows.push(callRow({ started_at: at(10 + i, 11), outcome: "abandoned", agent: null, answer_delay_seconds: null, agent_seconds: 0, work_seconds: 0 }));
  }
  // Not counted as calls: an inbound call of exactly 6 s, an outbound call (held 60 s), disconnect activity.
  rows.push(callRow({ started_at: at(11, 12), duration_seconds: 6, agent_seconds: 6, answer_delay_seconds: 2, work_seconds: 0 }));
  rows.push(
    callRow({ started_at: at(12, 13), kind: "out", outcome: null, answer_delay_seconds: null, hold_seconds: 60, work_seconds: 300 }),
  );
  rows.push(
    callRow({ started_at: at(12, 14), kind: "disconnect", outcome: null, answer_delay_seconds: null, duration_seconds: 250, work_seconds: 250 }),
  );
  // Another period (the day before) and another client's account: never in Alice's figures.
  rows.push(callRow({ started_at: "2026-11-02T04:30:00Z", outcome: "busy", work_seconds: 999 }));
  rows.push(callRow({ started_at: "2026-11-01T15:00:00Z", work_seconds: 999 }));
  rows.push(callRow({ account_number: 6101, started_at: at(10, 10), work_seconds: 999 }));
  rows.push(callRow({ account_number: 6101, started_at: at(10, 10), outcome: "busy", work_seconds: 999 }));
  return rows;
}

/** The example's filters (2026-11-02 to 2026-11-22, local). */
export const manualExamplePeriod = { from: "2026-11-02", to: "2026-11-22" } as const;
