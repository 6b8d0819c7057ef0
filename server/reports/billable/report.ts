import { type BillableFilters, billableFilters } from "../../../shared/filters/billable";
import type { ReportDefinition } from "../report-definition";
import { firstKeptDay, fromWithinWindow } from "../../../shared/retention-window";
import { type BillableRow, type BillableTotals, billableCalls } from "./query";

export const billableReport: ReportDefinition<BillableFilters, BillableRow, BillableTotals> = {
  section: "billable",
  title: (d) => d.sections.billable.title,
  filters: billableFilters,
  filtersWithin: (ctx) => fromWithinWindow(billableFilters, firstKeptDay(ctx)),
  run: (ctx, filters) => billableCalls(ctx, filters),
  page: billableCalls,
  columns: [
    { key: "at", header: (d) => d.sections.billable.dateTime, kind: "datetime", value: (r) => r.at, width: 20 },
    { key: "accountNumber", header: (d) => d.sections.billable.account, kind: "integer", value: (r) => r.accountNumber, width: 10 },
    { key: "description", header: (d) => d.sections.billable.descriptionHeader, kind: "text", value: (r) => r.description, width: 28 },
    { key: "number", header: (d) => d.sections.billable.number, kind: "text", value: (r) => r.number, width: 16 },
    { key: "callerName", header: (d) => d.sections.billable.callerName, kind: "text", value: (r) => r.callerName, width: 24 },
    { key: "agent", header: (d) => d.sections.billable.agent, kind: "text", value: (r) => r.agent, width: 8 },
    { key: "statSeconds", header: (d) => d.sections.billable.statistic, kind: "mmss", value: (r) => r.statSeconds, width: 10 },
  ],
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
