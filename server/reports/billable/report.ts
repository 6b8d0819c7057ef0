import { type BillableFilters, billableFilters } from "../../../shared/filters/billable";
import type { Dictionary } from "../../../shared/i18n/dictionary";
import { fieldColumns, type ReportDefinition } from "../report-definition";
import { fromWithinWindow } from "../../../shared/filters/within-window";
import { firstKeptDay } from "../../../shared/retention-window";
import { type BillableRow, type BillableTotals, billableCalls } from "./query";

export const billableReport: ReportDefinition<BillableFilters, BillableRow, BillableTotals> = {
  section: "billable",
  title: (d) => d.sections.billable.title,
  filters: billableFilters,
  filtersWithin: (ctx) => fromWithinWindow(billableFilters, firstKeptDay(ctx)),
  run: (ctx, filters) => billableCalls(ctx, filters),
  page: billableCalls,
  columns: fieldColumns<BillableRow, Dictionary["sections"]["billable"]>((d) => d.sections.billable, [
    ["at", "dateTime", "datetime", 20],
    ["accountNumber", "account", "integer", 10],
    ["description", "descriptionHeader", "text", 28],
    ["number", "number", "text", 16],
    ["callerName", "callerName", "text", 24],
    ["agent", "agent", "text", 8],
    ["statSeconds", "statistic", "mmss", 10],
  ]),
  totals(result, d) {
    const t = result.totals;
    return [
      { label: d.sections.billable.totalCalls, value: t.calls, kind: "integer" },
      { label: d.sections.billable.totalStats, value: Number(t.totalMinutes), kind: "decimal2" },
      { label: d.sections.billable.averageStat, value: Number(t.averageMinutes), kind: "decimal2" },
    ];
  },
  describeFilters(filters, d) {
    return [
      { label: d.sections.billable.from, value: filters.from, kind: "date" },
      { label: d.sections.billable.to, value: filters.to, kind: "date" },
      {
        label: d.header.accountNumber,
        value: filters.account ?? d.sections.billable.allAccounts,
        kind: filters.account === undefined ? "text" : "integer",
      },
    ];
  },
  cliFlags: { from: "day", to: "day", account: "number" },
};
