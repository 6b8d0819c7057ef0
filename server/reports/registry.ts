import { billableReport } from "./billable/report";
import { billingReport } from "./billing/report";
import { messagesReport } from "./messages/report";
import { recordingsReport } from "./recordings/report";
import type { ReportDefinition } from "./report-definition";
import { statisticsReport } from "./statistics/report";

/**
 * Every section's report, by the section's name in URLs and in `portal report <section>`.
 * A section plugs into the Excel, e-mail and operator outputs with one line here.
 */
export const reports: Record<string, ReportDefinition> = {};
reports.recordings = recordingsReport;
reports.statistics = statisticsReport;
reports.billing = billingReport;
reports.billable = billableReport;
reports.messages = messagesReport;

export function reportFor(section: string): ReportDefinition | undefined {
  return Object.hasOwn(reports, section) ? reports[section] : undefined;
}
