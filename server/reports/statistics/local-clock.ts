import { type RawBuilder, sql } from "kysely";
import { offsetAt } from "../../../shared/time-zone";

/**
 * The service's wall clock of `c.started_at`, as whole seconds since 1970-01-01 00:00 local, in
 * plain integer arithmetic. It reads the same as `(c.started_at at time zone $tz)` (both 01:30s
 * of the autumn night are 01:30; no record is ever at 02:30 on the spring night), but the zone's
 * rules are looked up once per query, here, instead of once per record: over 130,000 records
 * `at time zone` plus `extract` cost more than the whole aggregate (bench/statistics.bench.ts).
 */

/** The zone's offsets over [start, end): each span's offset in seconds and the instant it ends. */
export function offsetSpans(start: Date, end: Date, zone: string): { until: Date | null; offsetSeconds: number }[] {
  const spans: { until: Date | null; offsetSeconds: number }[] = [];
  const hour = 3_600_000;
  let current = offsetAt(start, zone);
  // Offsets change at most a few times a year, always on a whole minute: look every 6 hours,
  // then narrow down to the minute where it changed.
  for (let t = start.getTime(); t < end.getTime(); t += 6 * hour) {
    const probe = Math.min(t + 6 * hour, end.getTime());
    const next = offsetAt(new Date(probe), zone);
    if (next === current) continue;
    let low = t;
    let high = probe;
    while (high - low > 60_000) {
      const mid = low + Math.floor((high - low) / 120_000) * 60_000;
      if (offsetAt(new Date(mid), zone) === current) low = mid;
      else high = mid;
    }
    spans.push({ until: new Date(high), offsetSeconds: current / 1000 });
    current = next;
  }
  spans.push({ until: null, offsetSeconds: current / 1000 });
  return spans;
}

export interface LocalClock {
  /** Local seconds since the epoch (int8). */
  seconds: RawBuilder<number>;
  /** Days since 1970-01-01, local. */
  day: RawBuilder<number>;
  /** Hours since 1970-01-01 00:00, local (day × 24 + hour): one key for both charts. */
  hourNumber: RawBuilder<number>;
  /** 0–23 */
  hour: RawBuilder<number>;
  /** 0–1439 */
  minuteOfDay: RawBuilder<number>;
  /** 0 = Sunday … 6 = Saturday */
  weekday: RawBuilder<number>;
}

export function localClock(start: Date, end: Date, zone: string): LocalClock {
  const spans = offsetSpans(start, end, zone);
  const offset =
    spans.length === 1
      ? sql`${spans[0]!.offsetSeconds}::int8`
      : sql`(case ${sql.join(
          spans.map((s) => (s.until ? sql`when c.started_at < ${s.until} then ${s.offsetSeconds}::int8` : sql`else ${s.offsetSeconds}::int8`)),
          sql` `,
        )} end)`;
  const seconds = sql<number>`(floor(date_part('epoch', c.started_at))::int8 + ${offset})`;
  return {
    seconds,
    day: sql<number>`(${seconds} / 86400)`,
    hourNumber: sql<number>`(${seconds} / 3600)`,
    hour: sql<number>`((${seconds} % 86400) / 3600)`,
    minuteOfDay: sql<number>`((${seconds} % 86400) / 60)`,
    // 1970-01-01 was a Thursday.
    weekday: sql<number>`((${seconds} / 86400 + 4) % 7)`,
  };
}

/** The `YYYY-MM-DD` of a local day number. */
export function dayNumberToDate(day: number): string {
  return new Date(day * 86_400_000).toISOString().slice(0, 10);
}

/**
 * The instants whose local time, to the minute, lies between `after` and `before` (minutes of
 * the day, both included; past midnight when after > before), on the chosen weekday only
 * (0 = Sunday; null: every day), within [start, end): as a few ranges, worked out here once
 * rather than by reading every record's clock. Exact on the days the clocks change: each
 * local interval is taken under each offset only where that offset applies, so both 01:30s of
 * the autumn night are in, and the spring night's 02:00–02:59 is empty.
 */
export function localWindows(
  start: Date,
  end: Date,
  zone: string,
  window: { after: number; before: number; weekday: number | null },
): { from: Date; to: Date }[] {
  const spans = offsetSpans(start, end, zone);
  const ranges: { from: number; to: number }[] = [];
  let spanStart = start.getTime();
  for (const span of spans) {
    const spanEnd = span.until ? span.until.getTime() : end.getTime();
    const offset = span.offsetSeconds * 1000;
    // Local days this span touches.
    const firstDay = Math.floor((spanStart + offset) / 86_400_000);
    const lastDay = Math.floor((spanEnd - 1 + offset) / 86_400_000);
    for (let day = firstDay; day <= lastDay; day++) {
      if (window.weekday !== null && (day + 4) % 7 !== window.weekday) continue;
      const midnight = day * 86_400_000;
      const local =
        window.after <= window.before
          ? [[window.after, window.before + 1]]
          : [
              [0, window.before + 1],
              [window.after, 24 * 60],
            ];
      for (const [a, b] of local as [number, number][]) {
        const from = Math.max(midnight + a * 60_000 - offset, spanStart);
        const to = Math.min(midnight + b * 60_000 - offset, spanEnd);
        if (from < to) ranges.push({ from, to });
      }
    }
    spanStart = spanEnd;
  }
  ranges.sort((x, y) => x.from - y.from);
  const merged: { from: number; to: number }[] = [];
  for (const r of ranges) {
    const last = merged[merged.length - 1];
    if (last && r.from <= last.to) last.to = Math.max(last.to, r.to);
    else merged.push({ ...r });
  }
  return merged.map((r) => ({ from: new Date(r.from), to: new Date(r.to) }));
}

/** Ranges as a PostgreSQL `tstzmultirange` literal. */
export function multirangeLiteral(ranges: { from: Date; to: Date }[]): string {
  return `{${ranges.map((r) => `[${r.from.toISOString()},${r.to.toISOString()})`).join(",")}}`;
}
