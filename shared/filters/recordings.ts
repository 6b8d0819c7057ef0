import { z } from "zod/mini";
import { retentionStart } from "../retention-window";
import { fromLocal, startOfDay, today } from "../time-zone";
import { accountNumber } from "./account-number";
import { type RecordingPeriod, recordingPeriods } from "./recording-periods";

/**
 * The Call recorder's filters, shared by the page, the tRPC router, the workbook and
 * `portal report recordings`. Messages are keys of `validation.ts`. Times typed by the user are
 * the service's local wall-clock times `YYYY-MM-DDTHH:MM` (an `<input type="datetime-local">`
 * value); `to` names the last minute included, so the default 00:00 – 23:59 is the whole day.
 */

export const recordingSortKeys = [
  "startedAt",
  "accountNumber",
  "accountName",
  "callerId",
  "callerName",
  "agent",
  "station",
  "duration",
  "callNumber",
] as const;
export type RecordingSortKey = (typeof recordingSortKeys)[number];

/** The largest page the page may ask for; exports ask for no page at all (every row). */
export const maxPageSize = 500;

/** `YYYY-MM-DDTHH:MM[:SS]` naming a real day and time (2026-11-31 is refused). */
export function isLocalDateTime(s: unknown): s is string {
  if (typeof s !== "string" || !/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2})?$/.test(s)) return false;
  const [date, time] = s.split("T") as [string, string];
  const d = new Date(`${date}T12:00:00Z`);
  const [h, m, sec = 0] = time.split(":").map(Number) as [number, number, number?];
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === date && h < 24 && m < 60 && sec < 60;
}

const localDateTime = z.string({ error: "invalidDateTime" }).check(z.refine(isLocalDateTime, { error: "invalidDateTime" }));

const wholeNumber = (max: number) =>
  z
    .number({ error: "invalidInteger" })
    .check(z.int({ error: "invalidInteger" }), z.minimum(0, { error: "outOfRange" }), z.maximum(max, { error: "outOfRange" }));

const minutes = z.number({ error: "invalidNumber" }).check(z.minimum(0, { error: "outOfRange" }), z.maximum(99_999, { error: "outOfRange" }));
const text = (max: number) =>
  z.pipe(
    z.optional(z.string().check(z.trim(), z.maxLength(max, { error: "tooLong" }))),
    z.transform((s: string | undefined) => (s === "" ? undefined : s)),
  );

const baseFilters = z.object({
  period: z._default(z.enum(recordingPeriods, { error: "outOfRange" }), "custom"),
  from: z.optional(localDateTime),
  to: z.optional(localDateTime),
  account: z.optional(accountNumber),
  billing: text(40),
  call: z.optional(wholeNumber(Number.MAX_SAFE_INTEGER)),
  agent: text(10),
  station: z.optional(wholeNumber(2_147_483_647)),
  minMinutes: z._default(minutes, 0),
  maxMinutes: z._default(minutes, 9999),
  callerId: text(40),
  accountName: text(100),
  minQuality: z.optional(wholeNumber(100)),
  maxQuality: z.optional(wholeNumber(100)),
  sort: z._default(z.enum(recordingSortKeys, { error: "outOfRange" }), "startedAt"),
  direction: z._default(z.enum(["asc", "desc"], { error: "outOfRange" }), "desc"),
  /** The page's slice; absent for exports, which get every row. */
  page: z.optional(
    z.object({
      limit: z.number().check(z.int(), z.minimum(1), z.maximum(maxPageSize)),
      offset: z.number().check(z.int(), z.minimum(0), z.maximum(10_000_000)),
    }),
  ),
});

export const recordingsFilters = baseFilters.check(z.superRefine((f, ctx) => {
  if (f.period === "custom") {
    if (!f.from) ctx.addIssue({ code: "custom", path: ["from"], message: "required" });
    if (!f.to) ctx.addIssue({ code: "custom", path: ["to"], message: "required" });
    if (isLocalDateTime(f.from) && isLocalDateTime(f.to) && f.to < f.from) ctx.addIssue({ code: "custom", path: ["to"], message: "endBeforeStart" });
  }
  if (f.maxMinutes < f.minMinutes) ctx.addIssue({ code: "custom", path: ["maxMinutes"], message: "maxBelowMin" });
  if (f.minQuality !== undefined && f.maxQuality !== undefined && f.maxQuality < f.minQuality) {
    ctx.addIssue({ code: "custom", path: ["maxQuality"], message: "maxBelowMin" });
  }
}));

export type RecordingsFilters = z.output<typeof recordingsFilters>;
export type RecordingsFiltersInput = z.input<typeof recordingsFilters>;

/** The service's clock, zone and retention: what turns presets into instants and checks them. */
export interface RecordingsClock {
  now: Date;
  timeZone: string;
  retentionDays: number;
}

const hour = 3_600_000;
const presetHours: Partial<Record<RecordingPeriod, number>> = { hour1: 1, hours3: 3, hours6: 6, hours12: 12 };

/** The period's instants, `end` excluded: presets end now; a custom `to` includes its last minute. */
export function resolvePeriod(
  f: Pick<RecordingsFilters, "period" | "from" | "to">,
  clock: Omit<RecordingsClock, "retentionDays"> & Partial<Pick<RecordingsClock, "retentionDays">>,
) {
  if (f.period === "recent") return { start: new Date(clock.now.getTime() - (clock.retentionDays ?? 60) * 24 * hour), end: clock.now };
  const hours = presetHours[f.period];
  if (hours !== undefined) return { start: new Date(clock.now.getTime() - hours * hour), end: clock.now };
  if (f.period === "sinceMidnight") return { start: startOfDay(today(clock.timeZone, clock.now), clock.timeZone), end: clock.now };
  const [fromDate, fromTime] = (f.from ?? "").split("T") as [string, string];
  const [toDate, toTime] = (f.to ?? "").split("T") as [string, string];
  const toSeconds = toTime.length > 5;
  return {
    start: fromLocal(fromDate, fromTime, clock.timeZone),
    end: new Date(fromLocal(toDate, toTime, clock.timeZone).getTime() + (toSeconds ? 1000 : 60_000)),
  };
}

/**
 * The filters, also checked against the retention window (shared/retention-window.ts: a custom
 * start before it is refused, `beforeWindow`).
 */
export function recordingsFiltersWithin(clock: RecordingsClock) {
  return recordingsFilters.check(
    z.superRefine((f, ctx) => {
      if (f.period !== "custom" || !isLocalDateTime(f.from) || !isLocalDateTime(f.to)) return;
      const { start } = resolvePeriod(f, clock);
      if (start.getTime() < retentionStart(clock).getTime()) {
        ctx.addIssue({ code: "custom", path: ["from"], message: "beforeWindow" });
      }
    }),
  );
}
