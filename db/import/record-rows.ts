import type { Insertable } from "kysely";
import type { Database } from "../database";
import type { ImportRecord, RecordType } from "./record-schemas";

/** A recording already kept in RECORDINGS_DIR: what the `calls` row says about it. */
export interface StoredRecording {
  file: string;
  type: string;
  bytes: number;
}

/** Where each record type is stored: its table, the columns of its key, and every column's SQL type. */
export const tables = {
  billing_account: {
    table: "billing_accounts",
    key: ["billing_number"],
    columns: { billing_number: "text", name: "text" },
  },
  account: {
    table: "accounts",
    key: ["account_number"],
    columns: { account_number: "int4", billing_number: "text", name: "text", account_group: "int4", info_pages: "jsonb" },
  },
  call: {
    table: "calls",
    key: ["call_number"],
    columns: {
      call_number: "int8",
      account_number: "int4",
      started_at: "timestamptz",
      kind: "text",
      duration_seconds: "int4",
      caller_id: "text",
      caller_name: "text",
      agent: "text",
      station: "int4",
      outcome: "text",
      answer_delay_seconds: "int4",
      agent_seconds: "int4",
      hold_seconds: "int4",
      work_seconds: "int4",
      transferred: "bool",
      transfer_seconds: "int4",
      distribution_group: "int4",
      quality: "int4",
      recording_file: "text",
      recording_type: "text",
      recording_bytes: "int8",
    },
  },
  message: {
    table: "messages",
    key: ["message_id"],
    columns: {
      message_id: "int8",
      account_number: "int4",
      call_number: "int8",
      taken_at: "timestamptz",
      agent: "text",
      title: "text",
      fields: "jsonb",
      history: "jsonb",
    },
  },
  billing_entry: {
    table: "billing_entries",
    key: ["billing_number", "entry_id"],
    columns: {
      billing_number: "text",
      entry_id: "text",
      date: "date",
      description: "text",
      amount: "numeric",
      account_number: "int4",
    },
  },
  billable_call: {
    table: "billable_calls",
    key: ["account_number", "call_number"],
    columns: {
      account_number: "int4",
      call_number: "int8",
      at: "timestamptz",
      description: "text",
      number: "text",
      caller_name: "text",
      agent: "text",
      stat_seconds: "int4",
    },
  },
} as const satisfies Record<
  RecordType,
  { table: keyof Database; key: readonly string[]; columns: Readonly<Record<string, string>> }
>;

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
