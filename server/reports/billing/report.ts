import { billingDescription } from "../../../shared/billing-description";
import { type BillingFilters, billingFilters } from "../../../shared/filters/billing";
import { pageOf, type ReportDefinition } from "../report-definition";
import { type BillingRow, type BillingTotals, billingHistory } from "./query";

export const billingReport: ReportDefinition<BillingFilters, BillingRow, BillingTotals> = {
  section: "billing",
  title: (d) => d.sections.billing.title,
  filters: billingFilters,
  // The whole history: not limited by the retention window.
  filtersWithin: () => billingFilters,
  run: billingHistory,
  // The page shows the whole history; a slice of it is for a caller that wants one.
  page: async (ctx, filters, page) => pageOf(await billingHistory(ctx, filters), page),
  columns: [
    { key: "date", header: (d) => d.sections.billing.date, kind: "date", value: (r) => r.date, width: 12 },
    { key: "description", header: (d) => d.sections.billing.descriptionHeader, kind: "text", value: (r, d) => billingDescription(r.description, d), width: 48 },
    { key: "amount", header: (d) => d.sections.billing.amount, kind: "money", value: (r) => r.amount, width: 14 },
  ],
  totals(result, d) {
    const t = result.totals;
    if (!t.found) return [{ label: d.sections.billing.nothingFound, value: null }];
    return [
      { label: d.header.billingNumber, value: t.billingNumber, kind: "text" },
      { label: d.sections.billing.company, value: t.companyName, kind: "text" },
      ...(t.accountNumber === null ? [] : [{ label: d.header.accountNumber, value: t.accountNumber, kind: "integer" as const }]),
      { label: d.sections.billing.entries, value: t.entries, kind: "integer" },
    ];
  },
  describeFilters(filters, d) {
    return filters.account !== undefined
      ? [{ label: d.header.accountNumber, value: filters.account, kind: "integer" }]
      : [{ label: d.header.billingNumber, value: filters.billing ?? "", kind: "text" }];
  },
  cliFlags: { account: "number", billing: "text" },
};

