import { z } from "zod";

/**
 * The records of the import format (docs/import-format.md), one zod schema per `type`. Every object is
 * strict (an unknown field is a bad line: it is usually a typo). Fields the format marks
 * "or null" may also be left out; so may those with an obvious default (empty text, 0, false,
 * an empty list). Keys and references are always required.
 */

const MAX_INT4 = 2_147_483_647;

/** Text PostgreSQL can store (no NUL character). */
const text = () => z.string().refine((s) => !s.includes("\u0000"), "must not contain a NUL character");

const count = () => z.int().min(0).max(MAX_INT4);
const positiveKey = () => z.int().min(1).max(Number.MAX_SAFE_INTEGER);

export const accountNumber = z.int().min(1).max(MAX_INT4);
export const billingNumber = text()
  .min(1)
  .max(50)
  .refine((s) => s.trim() === s, "must not start or end with spaces");

const isoTimeWithOffset =
  /^(\d{4})-(\d{2})-(\d{2})[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.\d{1,9})?)?(Z|[+-]\d{2}(?::?\d{2})?)$/;
const isoDate = /^(\d{4})-(\d{2})-(\d{2})$/;

function validDay(y: number, m: number, d: number) {
  if (m < 1 || m > 12 || d < 1) return false;
  return d <= new Date(Date.UTC(y, m, 0)).getUTCDate();
}

/** An ISO 8601 date-time with an offset (`Z` or `±HH:MM`), kept as the string given. */
export const instant = z.string().refine((s) => {
  const m = isoTimeWithOffset.exec(s);
  if (!m) return false;
  const [y, mo, d, h, mi, se] = [1, 2, 3, 4, 5, 6].map((i) => Number(m[i] ?? 0)) as number[];
  return validDay(y!, mo!, d!) && h! <= 23 && mi! <= 59 && se! <= 59 && !Number.isNaN(Date.parse(s.replace(" ", "T")));
}, "must be an ISO 8601 date-time with an offset, such as 2026-11-25T14:03:00-05:00");

/** A calendar date, `YYYY-MM-DD`. */
export const calendarDate = z.string().refine((s) => {
  const m = isoDate.exec(s);
  return !!m && validDay(Number(m[1]), Number(m[2]), Number(m[3]));
}, "must be a date YYYY-MM-DD");

/** A decimal amount as a string: at most 10 digits before the point and 2 after. */
export const amount = z
  .string()
  .regex(/^-?\d{1,10}(\.\d{1,2})?$/, 'must be a decimal string such as "125.50" or "-80.00"');

export const recordingReference = z.strictObject({ file: text().min(1) });

export const billingAccountRecord = z.strictObject({
  type: z.literal("billing_account"),
  billingNumber,
  name: text().min(1),
});

export const infoPage = z.strictObject({ title: text(), body: text() });

export const accountRecord = z.strictObject({
  type: z.literal("account"),
  accountNumber,
  billingNumber,
  name: text().min(1),
  group: z.int().min(0).max(MAX_INT4),
  infoPages: z.array(infoPage).default([]),
});

export const callKind = z.enum(["in", "out", "disconnect"]);
export const callOutcome = z.enum(["automated", "abandoned", "unanswered", "answered", "busy"]);

export const callRecord = z
  .strictObject({
    type: z.literal("call"),
    callNumber: positiveKey(),
    accountNumber,
    startedAt: instant,
    kind: callKind,
    durationSeconds: count(),
    // null: a withheld number (or a disconnect record) has neither.
    callerId: text().nullable().default(null),
    callerName: text().nullable().default(null),
    agent: text().nullable().default(null),
    station: z.int().min(0).max(MAX_INT4).nullable().default(null),
    outcome: callOutcome.nullable().default(null),
    answerDelaySeconds: count().nullable().default(null),
    agentSeconds: count().default(0),
    holdSeconds: count().default(0),
    workSeconds: count().default(0),
    transferred: z.boolean().default(false),
    transferSeconds: count().nullable().default(null),
    distributionGroup: z.int().min(0).max(MAX_INT4).default(0),
    quality: z.int().min(0).max(100).nullable().default(null),
    recording: recordingReference.nullable().default(null),
  })
  .refine((c) => c.kind === "in" || c.outcome === null, {
    path: ["outcome"],
    message: 'must be null unless kind is "in"',
  });

export const messageField = z.strictObject({ label: text(), value: text() });
export const deliveryEvent = z.strictObject({ at: instant, event: text() });

export const messageRecord = z.strictObject({
  type: z.literal("message"),
  messageId: positiveKey(),
  accountNumber,
  callNumber: positiveKey().nullable().default(null),
  takenAt: instant,
  agent: text().default(""),
  title: text().default(""),
  fields: z.array(messageField).default([]),
  history: z.array(deliveryEvent).default([]),
});

export const billingEntryRecord = z.strictObject({
  type: z.literal("billing_entry"),
  billingNumber,
  entryId: z.union([text().min(1).max(100), z.int().min(0).transform(String)]),
  date: calendarDate,
  description: text(),
  amount,
  accountNumber: z.nullable(accountNumber).default(null),
});

export const billableCallRecord = z.strictObject({
  type: z.literal("billable_call"),
  accountNumber,
  callNumber: positiveKey(),
  at: instant,
  description: text().default(""),
  number: text().default(""),
  callerName: text().default(""),
  agent: text().default(""),
  statSeconds: count(),
});

/** The schema of each record type, by the value of its `type` field. */
export const recordSchemas = {
  billing_account: billingAccountRecord,
  account: accountRecord,
  call: callRecord,
  message: messageRecord,
  billing_entry: billingEntryRecord,
  billable_call: billableCallRecord,
} as const;

export type RecordType = keyof typeof recordSchemas;
/** The record types in the order their rows must be written (references first). */
export const recordTypes: readonly RecordType[] = [
  "billing_account",
  "account",
  "call",
  "message",
  "billing_entry",
  "billable_call",
];

/** What a line may hold, before defaults are applied (what a file or the demo writes). */
export type RecordInput<T extends RecordType = RecordType> = z.input<(typeof recordSchemas)[T]>;
/** A validated record, defaults applied. */
export type ImportRecord<T extends RecordType = RecordType> = z.output<(typeof recordSchemas)[T]>;

export function isRecordType(value: unknown): value is RecordType {
  return typeof value === "string" && Object.hasOwn(recordSchemas, value);
}

/**
 * Validates one parsed line. Returns the record, or the reasons it is bad
 * (`field: message`, one per problem, joined by `; `).
 */
export function parseRecord(value: unknown): { ok: true; record: ImportRecord } | { ok: false; reason: string } {
  if (typeof value !== "object" || value === null || Array.isArray(value)) {
    return { ok: false, reason: "not a JSON object" };
  }
  const type = (value as { type?: unknown }).type;
  if (type === undefined) return { ok: false, reason: `missing "type" (one of ${recordTypes.join(", ")})` };
  if (!isRecordType(type)) {
    return { ok: false, reason: `unknown type ${JSON.stringify(type)} (one of ${recordTypes.join(", ")})` };
  }
  const result = recordSchemas[type].safeParse(value, { reportInput: true });
  if (result.success) return { ok: true, record: result.data as ImportRecord };
  return { ok: false, reason: describeIssues(result.error.issues) };
}

function describeIssues(issues: z.core.$ZodIssue[]): string {
  const parts: string[] = [];
  for (const issue of issues) {
    const where = issue.path.map(String).join(".");
    if (issue.code === "unrecognized_keys") {
      parts.push(`unknown field${issue.keys.length > 1 ? "s" : ""} ${issue.keys.map((k) => JSON.stringify(k)).join(", ")}${where ? ` in ${where}` : ""}`);
    } else if (issue.code === "invalid_type" && issue.input === undefined) {
      parts.push(`${where}: missing`);
    } else {
      parts.push(`${where || "record"}: ${issue.message}`);
    }
  }
  return parts.join("; ");
}
