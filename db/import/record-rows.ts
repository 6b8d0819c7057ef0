import type { Insertable } from "kysely";
import type { Database } from "../database";
import type { ImportRecord, RecordType } from "./record-schemas";

/** A recording already kept in RECORDINGS_DIR: what the `calls` row says about it. */
export interface StoredRecording {
  file: string;
  type: string;
  bytes: number;
}

/** Where each record type is stored, and the columns of its key. */
export const tables = {
  billing_account: { table: "billing_accounts", key: ["billing_number"] },
  account: { table: "accounts", key: ["account_number"] },
  call: { table: "calls", key: ["call_number"] },
  message: { table: "messages", key: ["message_id"] },
  billing_entry: { table: "billing_entries", key: ["billing_number", "entry_id"] },
  billable_call: { table: "billable_calls", key: ["account_number", "call_number"] },
} as const satisfies Record<RecordType, { table: keyof Database; key: readonly string[] }>;

export type TableOf<T extends RecordType> = (typeof tables)[T]["table"];
export type RowOf<T extends RecordType> = Insertable<Database[TableOf<T>]>;

/** The record's key as one string, to find a record given twice in one batch. */
export function recordKey(record: ImportRecord): string {
  switch (record.type) {
    case "billing_account":
      return record.billingNumber;
    case "account":
      return String(record.accountNumber);
    case "call":
      return String(record.callNumber);
    case "message":
      return String(record.messageId);
    case "billing_entry":
      return `${record.billingNumber}\u0000${record.entryId}`;
    case "billable_call":
      return `${record.accountNumber}\u0000${record.callNumber}`;
  }
}

export function billingAccountRow(r: ImportRecord<"billing_account">): RowOf<"billing_account"> {
  return { billing_number: r.billingNumber, name: r.name };
}

export function accountRow(r: ImportRecord<"account">): RowOf<"account"> {
  return {
    account_number: r.accountNumber,
    billing_number: r.billingNumber,
    name: r.name,
    account_group: r.group,
    info_pages: JSON.stringify(r.infoPages),
  };
}

/** A call's row; `recording` is where its recording file was kept (null when it has none). */
export function callRow(r: ImportRecord<"call">, recording: StoredRecording | null): RowOf<"call"> {
  return {
    call_number: r.callNumber,
    account_number: r.accountNumber,
    started_at: r.startedAt,
    kind: r.kind,
    duration_seconds: r.durationSeconds,
    caller_id: r.callerId,
    caller_name: r.callerName,
    agent: r.agent,
    station: r.station,
    outcome: r.outcome,
    answer_delay_seconds: r.answerDelaySeconds,
    agent_seconds: r.agentSeconds,
    hold_seconds: r.holdSeconds,
    work_seconds: r.workSeconds,
    transferred: r.transferred,
    transfer_seconds: r.transferSeconds,
    distribution_group: r.distributionGroup,
    quality: r.quality,
    recording_file: recording?.file ?? null,
    recording_type: recording?.type ?? null,
    recording_bytes: recording?.bytes ?? null,
  };
}

export function messageRow(r: ImportRecord<"message">): RowOf<"message"> {
  return {
    message_id: r.messageId,
    account_number: r.accountNumber,
    call_number: r.callNumber,
    taken_at: r.takenAt,
    agent: r.agent,
    title: r.title,
    fields: JSON.stringify(r.fields),
    history: JSON.stringify(r.history),
  };
}

export function billingEntryRow(r: ImportRecord<"billing_entry">): RowOf<"billing_entry"> {
  return {
    billing_number: r.billingNumber,
    entry_id: r.entryId,
    date: r.date,
    description: r.description,
    amount: r.amount,
    account_number: r.accountNumber,
  };
}

export function billableCallRow(r: ImportRecord<"billable_call">): RowOf<"billable_call"> {
  return {
    account_number: r.accountNumber,
    call_number: r.callNumber,
    at: r.at,
    description: r.description,
    number: r.number,
    caller_name: r.callerName,
    agent: r.agent,
    stat_seconds: r.statSeconds,
  };
}
