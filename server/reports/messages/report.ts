import type { MessageField } from "../../../db/database";
import { type MessagesFilters, messagesFilters, messagesFiltersWithin } from "../../../shared/filters/messages";
import { translateDeliveryEvent } from "../../../shared/delivery-event";
import { formatNumber } from "../../../shared/format/number";
import type { Dictionary } from "../../../shared/i18n/dictionary";
import { today } from "../../../shared/time-zone";
import { type MessageRow, type MessagesTotals, searchMessages } from "./query";
import type { PortalAcknowledgement } from "../../acknowledgements/acknowledgements";
import { fieldColumns, type ReportColumn, type ReportContext, type ReportDefinition, type ReportSheet } from "../report-definition";

/**
 * Text messages (issue 4): the messages agents took, newest first, searched by period, account,
 * billing number, call, agent and keyword. The page reads them a page at a time through
 * `searchMessages`; the workbook, the e-mail and `portal report messages` get them all (up to
 * `exportLimit`) through `run`, which is the same query.
 */

/** Beyond this many messages an export says how many it left out (the count is still exact). */
export const exportLimit = 10_000;

/** A label on at least this share of the messages gets its own column in the workbook's Fields sheet. */
const ownColumnShare = 0.5;

const s = (d: Dictionary) => d.sections.messages;

/** `label: value` lines, the fields of a message as one cell or one line of text. */
export function fieldsText(fields: MessageField[]): string {
  return fields.map((f) => `${f.label}: ${f.value}`).join("\n");
}

const columns: ReportColumn<MessageRow>[] = [
  ...fieldColumns<MessageRow, Dictionary["sections"]["messages"]>(s, [
    ["messageId", "messageId", "integer", 12],
    ["takenAt", "taken", "datetime"],
    ["accountNumber", "account", "integer", 10],
    ["callNumber", "call", "integer", 12],
    ["agent", "agent", "text", 8],
    ["title", "messageTitle", "text", 24],
  ]),
  { key: "fields", header: (d) => s(d).fields, kind: "text", value: (r) => fieldsText(r.fields), width: 60 },
];

/**
 * The fields sheet: a column for each label that most messages of the result share (in the
 * order they first appear), and the remaining fields as `label: value` lines.
 */
export function fieldsSheet(rows: MessageRow[]): ReportSheet<MessageRow> {
  const counts = new Map<string, number>();
  for (const row of rows) {
    for (const label of new Set(row.fields.map((f) => f.label))) counts.set(label, (counts.get(label) ?? 0) + 1);
  }
  const common = [...counts].filter(([, n]) => n >= rows.length * ownColumnShare).map(([label]) => label);
  const isCommon = new Set(common);
  const valueOf = (row: MessageRow, label: string) =>
    row.fields
      .filter((f) => f.label === label)
      .map((f) => f.value)
      .join("\n");
  return {
    name: (d) => s(d).fields,
    rows,
    columns: [
      columns[0]!,
      columns[1]!,
      columns[5]!,
      ...common.map(
        (label, i): ReportColumn<MessageRow> => ({
          key: `field${i}`,
          header: () => label,
          kind: "text",
          value: (r) => valueOf(r, label),
          width: 22,
        }),
      ),
      {
        key: "otherFields",
        header: (d) => s(d).otherFields,
        kind: "text",
        value: (r) => fieldsText(r.fields.filter((f) => !isCommon.has(f.label))),
        width: 40,
      },
    ],
  };
}

interface HistoryLine {
  messageId: number;
  at: string;
  /** The switch's event, as it sent it… */
  event?: string;
  /** …or what a user did in the portal. */
  acknowledgement?: PortalAcknowledgement;
}

/** The switch's events and the portal's acknowledgements, oldest first, put in words in the workbook's language. */
function historySheet(rows: MessageRow[]): ReportSheet<HistoryLine> {
  return {
    name: (d) => s(d).history,
    rows: rows.flatMap((r) =>
      [
        ...r.history.map((h): HistoryLine => ({ messageId: r.messageId, at: h.at, event: h.event })),
        ...r.acknowledgements.map((a): HistoryLine => ({ messageId: r.messageId, at: a.at, acknowledgement: a })),
      ].sort((a, b) => Date.parse(a.at) - Date.parse(b.at)),
    ),
    columns: [
      { key: "messageId", header: (d) => s(d).messageId, kind: "integer", value: (h) => h.messageId, width: 12 },
      { key: "at", header: (d) => s(d).eventTime, kind: "datetime", value: (h) => h.at },
      {
        key: "event",
        header: (d) => s(d).event,
        kind: "text",
        value: (h, d) =>
          h.acknowledgement ? d.acknowledgements[h.acknowledgement.action](h.acknowledgement.by) : translateDeliveryEvent(h.event!, d),
        width: 50,
      },
    ],
  };
}

export const messagesReport: ReportDefinition<MessagesFilters, MessageRow, MessagesTotals> = {
  section: "messages",
  title: (d) => s(d).title,
  filters: messagesFilters,
  filtersWithin: (ctx) => messagesFiltersWithin({ today: today(ctx.timeZone, ctx.now), retentionDays: ctx.retentionDays }),
  async run(ctx: ReportContext, filters) {
    return searchMessages(ctx, filters, { limit: exportLimit, offset: 0 });
  },
  page: searchMessages,
  columns,
  totals(result, d, locale) {
    const { count, more } = result.totals;
    const lines: { label: string; value: string | number; kind: "integer" | "text" }[] = [
      more
        ? { label: s(d).totalMessages, value: s(d).moreThan(formatNumber(count, locale)), kind: "text" }
        : { label: s(d).totalMessages, value: count, kind: "integer" },
    ];
    if (result.rows.length < count || more) {
      lines.push({ label: s(d).exportedMessages, value: result.rows.length, kind: "integer" });
    }
    return lines;
  },
  describeFilters(filters, d) {
    const f = s(d);
    const lines: { label: string; value: string | number | null; kind?: "text" | "integer" | "date" }[] = [
      { label: f.from, value: filters.from, kind: "date" },
      { label: f.to, value: filters.to, kind: "date" },
      { label: f.account, value: filters.account ?? f.allAccounts },
    ];
    if (filters.billing) lines.push({ label: f.billing, value: filters.billing });
    if (filters.call !== undefined) lines.push({ label: f.call, value: filters.call, kind: "integer" });
    if (filters.agent) lines.push({ label: f.agent, value: filters.agent });
    if (filters.keyword) lines.push({ label: f.keyword, value: filters.keyword });
    return lines;
  },
  extraSheets(result) {
    return [fieldsSheet(result.rows), historySheet(result.rows)];
  },
  cliFlags: { from: "day", to: "day", account: "number", billing: "text", call: "number", agent: "text", keyword: "text" },
};
