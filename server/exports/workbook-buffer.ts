import { PassThrough } from "node:stream";
import type { ReportDefinition, ReportResult } from "../reports/report-definition";
import { type WorkbookOptions, writeReportWorkbook } from "./workbook";

/** The workbook whole, in memory: for an e-mail attachment, which nodemailer needs complete. */
export async function reportWorkbookBuffer(
  definition: ReportDefinition,
  result: ReportResult<unknown, unknown>,
  filters: unknown,
  options: WorkbookOptions,
): Promise<Buffer> {
  const sink = new PassThrough();
  const chunks: Buffer[] = [];
  sink.on("data", (chunk: Buffer) => chunks.push(chunk));
  await writeReportWorkbook(definition, result, filters, options, sink);
  return Buffer.concat(chunks);
}
