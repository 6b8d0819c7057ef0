import type { ColumnType, Generated, JSONColumnType } from "kysely";

/**
 * The tables of the portal, as Kysely sees them.
 *
 * Types are decided once, in `connection.ts`: `int8` and `count(*)` come back as JavaScript
 * numbers (every int8 here — call numbers, byte counts, counts — stays far below 2^53),
 * `numeric` stays a string (money is never a float), and `date` stays the `YYYY-MM-DD`
 * string PostgreSQL sent (a date is a calendar day, not an instant).
 */
export interface Database {
  billing_accounts: BillingAccountTable;
  accounts: AccountTable;
  calls: CallTable;
  messages: MessageTable;
  billing_entries: BillingEntryTable;
  billable_calls: BillableCallTable;
  users: UserTable;
  grants: GrantTable;
  sessions: SessionTable;
  sign_in_attempts: SignInAttemptTable;
  sign_in_throttle: SignInThrottleTable;
  audit_log: AuditLogTable;
  sent_emails: SentEmailTable;
  call_hour_totals: CallHourTotalTable;
  call_statistics_slots: CallStatisticsSlotTable;
  billable_call_slots: BillableCallSlotTable;
  change_requests: ChangeRequestTable;
  api_tokens: ApiTokenTable;
  pending_recordings: PendingRecordingTable;
  live_events: LiveEventTable;
  message_acknowledgements: MessageAcknowledgementTable;
  vapid_keys: VapidKeyTable;
  push_subscriptions: PushSubscriptionTable;
}

type Timestamp = ColumnType<Date, Date | string, Date | string>;
type CreatedAt = ColumnType<Date, Date | string | undefined, never>;

export interface BillingAccountTable {
  billing_number: string;
  name: string;
}

export interface InfoPage {
  title: string;
  body: string;
}

export interface AccountTable {
  account_number: number;
  billing_number: string;
  name: string;
  account_group: number;
  info_pages: JSONColumnType<InfoPage[]>;
}

export type CallKind = "in" | "out" | "disconnect";
export type CallOutcome = "automated" | "abandoned" | "unanswered" | "answered" | "busy";

export interface CallTable {
  call_number: number;
  account_number: number;
  started_at: Timestamp;
  kind: CallKind;
  duration_seconds: number;
  /** null: withheld (the switch did not know the caller). */
  caller_id: string | null;
  caller_name: string | null;
  agent: string | null;
  station: number | null;
  outcome: CallOutcome | null;
  answer_delay_seconds: number | null;
  agent_seconds: number;
  hold_seconds: number;
  work_seconds: number;
  transferred: boolean;
  transfer_seconds: number | null;
  distribution_group: number;
  quality: number | null;
  /** The file's name inside RECORDINGS_DIR, chosen by the portal; null when there is none. */
  recording_file: string | null;
  recording_type: string | null;
  recording_bytes: number | null;
}

/** Calls and seconds per account and UTC hour, kept by triggers on `calls` (never written by the app). */
export interface CallHourTotalTable {
  account_number: number;
  hour: Timestamp;
  calls: number;
  seconds: number;
}

/** The statistics' sums per account, half-hour slot and distribution group (db/migrations/2026-12-01-14-01). */
export interface CallStatisticsSlotTable {
  account_number: number;
  slot: Timestamp;
  distribution_group: number;
  records: number;
  work: number;
  busy: number;
  automated: number;
  abandoned: number;
  unanswered: number;
  answered: number;
  held: number;
  held_seconds: number;
  answer_delay: number;
  within_30s: number;
  transferred: number;
  transfer_seconds: number;
}

/** Billed calls and their stat seconds per account and half-hour slot, kept by triggers (db/migrations/2026-12-01-14-02). */
export interface BillableCallSlotTable {
  account_number: number;
  slot: Timestamp;
  calls: number;
  stat_seconds: number;
}

export interface MessageField {
  label: string;
  value: string;
}

export interface DeliveryEvent {
  at: string;
  event: string;
}

export interface MessageTable {
  message_id: number;
  account_number: number;
  call_number: number | null;
  taken_at: Timestamp;
  agent: string;
  title: string;
  fields: JSONColumnType<MessageField[]>;
  history: JSONColumnType<DeliveryEvent[]>;
  /** Kept by the database (migration 2026-11-25-04): title and values folded for keyword search. */
  search_compact: ColumnType<string, never, never>;
  /**
   * Kept by the database (migration 2026-12-01-13-04): `search_compact` is longer than the covering
   * index of the search can hold, so the search reads it from the table.
   */
  search_long: ColumnType<boolean, never, never>;
}

export interface BillingEntryTable {
  billing_number: string;
  entry_id: string;
  date: string;
  description: string;
  /** numeric(12, 2), as the decimal string PostgreSQL sends. */
  amount: string;
  account_number: number | null;
}

export interface BillableCallTable {
  account_number: number;
  call_number: number;
  at: Timestamp;
  description: string;
  number: string;
  caller_name: string;
  agent: string;
  stat_seconds: number;
}

export interface UserTable {
  id: Generated<number>;
  username: string;
  password_hash: string;
  name: ColumnType<string, string | undefined, string>;
  locale: ColumnType<"fr" | "en", "fr" | "en" | undefined, "fr" | "en">;
  is_admin: ColumnType<boolean, boolean | undefined, boolean>;
  /** Where replies to the report e-mails they send go (Reply-To); null when not known. */
  email: ColumnType<string | null, string | null | undefined, string | null>;
  created_at: CreatedAt;
}

export interface GrantTable {
  id: Generated<number>;
  user_id: number;
  account_number: number | null;
  billing_number: string | null;
}

export interface SessionTable {
  /** SHA-256 of the session token, hex: the token itself is never stored. */
  id: string;
  user_id: number;
  expires_at: Timestamp;
  created_at: CreatedAt;
}

export interface SignInAttemptTable {
  id: Generated<number>;
  username: string;
  address: string;
  succeeded: boolean;
  at: CreatedAt;
}

/** Throttling counters, per `account:<name>` and per `address:<ip>` (server/auth/throttle.ts). */
export interface SignInThrottleTable {
  key: string;
  failures: ColumnType<number, number | undefined, number>;
  window_start: ColumnType<Date, Date | string | undefined, Date | string>;
  next_at: ColumnType<Date, Date | string | undefined, Date | string>;
}

export interface AuditLogTable {
  id: Generated<number>;
  user_id: number;
  call_number: number;
  action: "play" | "download";
  first_at: Timestamp;
  last_at: Timestamp;
  requests: number;
  bytes_sent: number;
  /** The byte ranges served, merged, as `a-b` strings. */
  ranges: string[];
}

export interface SentEmailTable {
  id: Generated<number>;
  user_id: number;
  section: string;
  recipients: string[];
  subject: string;
  /** The client it was sent from: the sender's billing numbers, for the per-client limit. */
  billing_numbers: ColumnType<string[], string[] | undefined, string[]>;
  status: "pending" | "sent" | "failed";
  error: string | null;
  sent_at: CreatedAt;
}

export interface ChangeRequestTable {
  id: ColumnType<number, number | undefined, never>;
  /** `CR-2026-000123`: what the user quotes to the service. */
  reference: string;
  user_id: number;
  account_number: number;
  page_title: ColumnType<string, string | undefined, string>;
  body: string;
  contact: ColumnType<string, string | undefined, string>;
  status: ColumnType<"pending" | "sent" | "failed", "pending" | "sent" | "failed" | undefined, "pending" | "sent" | "failed">;
  emailed_at: Timestamp | null;
  error: string | null;
  created_at: CreatedAt;
}

/** A token the service's switch sends to /ingest (docs/ingest.md); only its SHA-256 is kept. */
export interface ApiTokenTable {
  id: Generated<number>;
  name: string;
  /** SHA-256 of the token, hex. */
  token_hash: string;
  created_at: CreatedAt;
  last_used_at: Timestamp | null;
}

/** A recording sent before its call's record: the record takes it when it arrives. */
export interface PendingRecordingTable {
  call_number: number;
  recording_file: string;
  recording_type: string;
  recording_bytes: number;
  received_at: ColumnType<Date, Date | string | undefined, Date | string>;
}

/** One item of a live event: a message or a call that was just inserted. */
export interface LiveItem {
  account: number;
  /** The message id or the call number. */
  id: number;
  /** When it was taken / started, ISO. */
  at: string;
  /** Messages only. */
  title?: string;
  /** Calls only. */
  outcome?: CallOutcome | null;
}

/** What one statement inserted, written by triggers (migration 2026-12-01-12-02), announced by NOTIFY. */
export interface LiveEventTable {
  id: ColumnType<number, never, never>;
  at: CreatedAt;
  kind: "message" | "call";
  accounts: number[];
  items: JSONColumnType<LiveItem[]>;
  pushed_at: Timestamp | null;
}

export type AcknowledgementAction = "viewed" | "acknowledged";

/** A message opened or acknowledged in the portal, once per user and action. */
export interface MessageAcknowledgementTable {
  id: ColumnType<number, never, never>;
  message_id: number;
  account_number: number;
  user_id: number;
  /** The user's name (or user name) when it happened. */
  user_name: string;
  action: AcknowledgementAction;
  at: CreatedAt;
}

/** The portal's one VAPID key pair (base64url), made once (server/push/vapid-keys.ts). */
export interface VapidKeyTable {
  id: ColumnType<boolean, boolean | undefined, never>;
  public_key: string;
  private_key: string;
  created_at: CreatedAt;
}

/** One device's Web Push subscription, owned by the session that made it (docs/notifications.md). */
export interface PushSubscriptionTable {
  id: ColumnType<number, never, never>;
  user_id: number;
  session_id: string;
  /** The push service's URL for this device: unique, a secret capability. */
  endpoint: string;
  /** The device's P-256 public key and auth secret (base64url), for RFC 8291 encryption. */
  p256dh: string;
  auth: string;
  /** The accounts chosen (each one the user could see when chosen; checked again at each send). */
  accounts: number[];
  /** New messages. */
  messages: ColumnType<boolean, boolean | undefined, boolean>;
  /** Calls of these outcomes (none: no call notifications). */
  call_outcomes: ColumnType<CallOutcome[], CallOutcome[] | undefined, CallOutcome[]>;
  /** The message's title line in the notification: only if the user opted in. */
  include_title: ColumnType<boolean, boolean | undefined, boolean>;
  created_at: CreatedAt;
  updated_at: ColumnType<Date, Date | string | undefined, Date | string>;
}
