/**
 * The rollups' half-hour slots (`date_bin('30 minutes', …)` from 2000-01-01 UTC): the statistics'
 * `call_statistics_slots` and the billable calls' `billable_call_slots`. UTC-aligned, so every
 * local half hour of a zone whose offset is a whole half hour is a slot's edge; a range that
 * does not fall on one (a :15 or :45 offset, an hour filter at 08:15) reads its partial slots
 * from the rows themselves.
 */

/** The slots' width. */
export const SLOT_MS = 30 * 60_000;

export interface Instants {
  from: Date;
  to: Date;
}

/** Each range cut into the whole slots it covers and the partial ones at its two ends. */
export function splitIntoSlots(ranges: readonly Instants[]): { whole: Instants[]; partial: Instants[] } {
  const whole: Instants[] = [];
  const partial: Instants[] = [];
  for (const { from, to } of ranges) {
    const first = Math.ceil(from.getTime() / SLOT_MS) * SLOT_MS;
    const last = Math.floor(to.getTime() / SLOT_MS) * SLOT_MS;
    if (first >= last) {
      partial.push({ from, to });
      continue;
    }
    if (from.getTime() < first) partial.push({ from, to: new Date(first) });
    whole.push({ from: new Date(first), to: new Date(last) });
    if (last < to.getTime()) partial.push({ from: new Date(last), to });
  }
  return { whole, partial };
}
