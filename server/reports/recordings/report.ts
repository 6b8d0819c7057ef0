import { type RecordingsFilters, recordingsFilters, recordingsFiltersWithin } from "../../../shared/filters/recordings";
import { formatDateTime } from "../../../shared/format/date-time";
import { fromLocal } from "../../../shared/time-zone";
import type { Dictionary } from "../../../shared/i18n/dictionary";
import { fieldColumns, type ReportDefinition } from "../report-definition";
import { type RecordingRow, type RecordingTotals, searchRecordings, streamRecordings } from "./query";

type Strings = Dictionary["sections"]["recordings"];
const strings = (d: Dictionary) => d.sections.recordings;

export const recordingsReport: ReportDefinition<RecordingsFilters, RecordingRow, RecordingTotals> = {
  section: "recordings",
  title: (d) => d.sections.recordings.title,
  filters: recordingsFilters,
  filtersWithin: (ctx) => recordingsFiltersWithin(ctx),
  // Every row: a `page` in the filters (the page's own) is not the export's business.
  run: (ctx, filters) => searchRecordings(ctx, { ...filters, page: undefined }),
  page: (ctx, filters, page) => searchRecordings(ctx, { ...filters, page }),
  stream: (ctx, filters) => streamRecordings(ctx, filters),
  columns: [
    ...fieldColumns<RecordingRow, Strings>(strings, [
      ["startedAt", "dateTime", "datetime", 20],
      ["accountNumber", "account", "integer", 10],
      ["accountName", "accountName", "text", 28],
      ["callerId", "callerId", "text", 16],
      ["callerName", "callerName", "text", 22],
      ["agent", "agent", "text", 8],
      ["station", "station", "integer", 8],
    ]),
    {
      key: "duration",
      header: (d) => d.sections.recordings.duration,
      kind: "minutes1",
      value: (r) => Math.round(r.durationSeconds / 6) / 10,
      width: 10,
    },
    ...fieldColumns<RecordingRow, Strings>(strings, [["callNumber", "callNumber", "integer", 12]]),
  ],
  totals(result, d) {
    return [
      { label: d.sections.recordings.totalCalls, value: result.totals.count, kind: "integer" },
      {
        label: d.sections.recordings.totalDuration,
        value: Math.round(result.totals.durationSeconds / 6) / 10,
        kind: "minutes1",
      },
    ];
  },
  describeFilters(f, d, locale, timeZone) {
    const r = d.sections.recordings;
    const lines: { label: string; value: string | number | null; kind?: "text" | "integer" }[] = [];
    if (f.period === "custom" && f.from && f.to) {
      const start = fromLocal(...(f.from.split("T") as [string, string]), timeZone);
      const end = fromLocal(...(f.to.split("T") as [string, string]), timeZone);
      lines.push({ label: r.from, value: formatDateTime(start, locale, timeZone) });
      lines.push({ label: r.to, value: formatDateTime(end, locale, timeZone) });
    } else {
      lines.push({ label: r.period, value: r.periods[f.period] });
    }
    const add = (label: string, value: string | number | undefined, kind: "text" | "integer" = "text") => {
      if (value !== undefined) lines.push({ label, value, kind });
    };
    add(r.account, f.account, "integer");
    add(r.billing, f.billing);
    add(r.callNumber, f.call, "integer");
    add(r.agent, f.agent);
    add(r.station, f.station, "integer");
    // The defaults (0 and 9999 minutes) are no choice of the user's: not listed.
    add(r.minMinutes, f.minMinutes === 0 ? undefined : f.minMinutes);
    add(r.maxMinutes, f.maxMinutes === 9999 ? undefined : f.maxMinutes);
    add(r.callerId, f.callerId);
    add(r.accountNameFilter, f.accountName);
    add(r.minQuality, f.minQuality, "integer");
    add(r.maxQuality, f.maxQuality, "integer");
    return lines;
  },
  cliFixed: { period: "custom" },
  cliFlags: {
    from: "start",
    to: "end",
    account: "number",
    billing: "text",
    call: "number",
    agent: "text",
    station: "number",
    minMinutes: "number",
    maxMinutes: "number",
    callerId: "text",
    accountName: "text",
    minQuality: "number",
    maxQuality: "number",
  },
};
