import { z } from "zod";
import { retentionStart } from "../retention-window";
import { fromLocal, startOfDay, today } from "../time-zone";
import { accountNumber } from "./account-number";

/**
 * The Call recorder's filters, shared by the page, the tRPC router, the workbook and
 * `portal report recordings`. Messages are keys of `validation.ts`. Times typed by the user are
 * the service's local wall-clock times `YYYY-MM-DDTHH:MM` (an `<input type="datetime-local">`
 * value); `to` names the last minute included, so the default 00:00 – 23:59 is the whole day.
 */

export const recordingPeriods = ["hour1", "hours3", "hours6", "hours12", "sinceMidnight", "custom"] as const;
export type RecordingPeriod = (typeof recordingPeriods)[number];

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

const localDateTime = z.string({ error: "invalidDateTime" }).refine(isLocalDateTime, { error: "invalidDateTime" });

const wholeNumber = (max: number) =>
  z
    .number({ error: "invalidInteger" })
    .int({ error: "invalidInteger" })
    .min(0, { error: "outOfRange" })
    .max(max, { error: "outOfRange" });

const minutes = z.number({ error: "invalidNumber" }).min(0, { error: "outOfRange" }).max(99_999, { error: "outOfRange" });
const text = (max: number) =>
  z
    .string()
    .trim()
    .max(max, { error: "tooLong" })
    .optional()
    .transform((s) => (s === "" ? undefined : s));

const baseFilters = z.object({
  period: z.enum(recordingPeriods, { error: "outOfRange" }).default("custom"),
  from: localDateTime.optional(),
  to: localDateTime.optional(),
  account: accountNumber.optional(),
  billing: text(40),
  call: wholeNumber(Number.MAX_SAFE_INTEGER).optional(),
  agent: text(10),
  station: wholeNumber(2_147_483_647).optional(),
  minMinutes: minutes.default(0),
  maxMinutes: minutes.default(9999),
  callerId: text(40),
  accountName: text(100),
  minQuality: wholeNumber(100).optional(),
  maxQuality: wholeNumber(100).optional(),
  sort: z.enum(recordingSortKeys, { error: "outOfRange" }).default("startedAt"),
  direction: z.enum(["asc", "desc"], { error: "outOfRange" }).default("desc"),
  /** The page's slice; absent for exports, which get every row. */
  page: z
    .object({
      limit: z.number().int().min(1).max(maxPageSize),
      offset: z.number().int().min(0).max(10_000_000),
    })
    .optional(),
});

export const recordingsFilters = baseFilters.superRefine((f, ctx) => {
  if (f.period === "custom") {
    if (!f.from) ctx.addIssue({ code: "custom", path: ["from"], message: "required" });
    if (!f.to) ctx.addIssue({ code: "custom", path: ["to"], message: "required" });
    if (isLocalDateTime(f.from) && isLocalDateTime(f.to) && f.to < f.from) ctx.addIssue({ code: "custom", path: ["to"], message: "endBeforeStart" });
  }
  if (f.maxMinutes < f.minMinutes) ctx.addIssue({ code: "custom", path: ["maxMinutes"], message: "maxBelowMin" });
  if (f.minQuality !== undefined && f.maxQuality !== undefined && f.maxQuality < f.minQuality) {
    ctx.addIssue({ code: "custom", path: ["maxQuality"], message: "maxBelowMin" });
  }
});

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
export function resolvePeriod(f: Pick<RecordingsFilters, "period" | "from" | "to">, clock: Omit<RecordingsClock, "retentionDays">) {
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
  return recordingsFilters.superRefine((f, ctx) => {
    if (f.period !== "custom" || !isLocalDateTime(f.from) || !isLocalDateTime(f.to)) return;
    const { start } = resolvePeriod(f, clock);
    if (start.getTime() < retentionStart(clock).getTime()) {
      ctx.addIssue({ code: "custom", path: ["from"], message: "beforeWindow" });
    }
  });
}
