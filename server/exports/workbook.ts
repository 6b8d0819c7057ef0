import type { Writable } from "node:stream";
import type ExcelJS from "exceljs";
import { dictionaries, type Locale } from "../../shared/i18n";
import type { CellKind, CellValue, ReportColumn, ReportDefinition, ReportResult, ReportStream } from "../reports/report-definition";
import { spreadsheetCell } from "./cell-format";

export interface WorkbookOptions {
  locale: Locale;
  timeZone: string;
  /** The export time written at the top, and the file's created/modified dates. */
  now: Date;
}

type Sheet = ExcelJS.Worksheet;

/**
 * The report as an `.xlsx`, streamed: the title, the filters used and the export time on top,
 * then the table (header frozen, autofilter over it), the totals under it, and the
 * definition's extra sheets. Rows are committed as they are written, so a large report never
 * sits whole in memory as a workbook (exceljs's WorkbookWriter zips as it goes); given a
 * `ReportStream` (the definition's `stream`), the rows never sit whole in memory either.
 * Resolves once the whole file has been written to `stream`.
 */
export async function writeReportWorkbook<F, R, T>(
  definition: ReportDefinition<F, R, T>,
  result: ReportResult<R, T> | ReportStream<R, T>,
  filters: F,
  { locale, timeZone, now }: WorkbookOptions,
  stream: Writable,
): Promise<void> {
  const d = dictionaries[locale];
  // Loaded on the first export, not at start: exceljs is the largest module the server uses.
  const { default: excel } = await import("exceljs");
  const workbook = new excel.stream.xlsx.WorkbookWriter({
    stream,
    useStyles: true,
    // Inline strings: shared strings would keep every distinct text in memory until the end.
    useSharedStrings: false,
  });
  // Dated by the export, not the clock: the same report at the same `now` is the same bytes.
  workbook.created = now;
  workbook.modified = now;
  workbook.creator = d.common.appName;
  workbook.lastModifiedBy = d.common.appName;
  const finished = new Promise<void>((resolve, reject) => {
    stream.once("finish", resolve);
    stream.once("error", reject);
  });

  const title = definition.title(d);
  const top: { label: string; value: CellValue; kind?: CellKind }[] = [
    ...definition.describeFilters(filters, d, locale, timeZone),
    { label: d.report.exportedAt, value: now.toISOString(), kind: "datetime" },
  ];
  // Title, the labelled lines, a blank row, then the header.
  const headerRow = 1 + top.length + 2;
  const sheet = workbook.addWorksheet(sheetName(title, new Set()), {
    views: [{ state: "frozen", xSplit: 0, ySplit: headerRow, topLeftCell: `A${headerRow + 1}`, activeCell: `A${headerRow + 1}` }],
  });
  setWidths(sheet, definition.columns, Math.max(...top.map((l) => l.label.length)) + 2);

  const titleRow = sheet.addRow([title]);
  titleRow.font = { bold: true, size: 14 };
  titleRow.commit();
  for (const line of top) labelledRow(sheet, line, locale, timeZone);
  sheet.addRow([]).commit();

  await writeTable(sheet, definition.columns, result.rows, headerRow, locale, timeZone);

  // A streamed report's totals and extra sheets come from its totals alone (see `stream`).
  const whole: ReportResult<R, T> = Array.isArray(result.rows) ? (result as ReportResult<R, T>) : { rows: [], totals: result.totals };
  const totals = definition.totals(whole, d, locale);
  if (totals.length > 0) {
    sheet.addRow([]).commit();
    for (const total of totals) labelledRow(sheet, total, locale, timeZone, true);
  }
  sheet.commit();

  const names = new Set([sheetName(title, new Set())]);
  for (const extra of definition.extraSheets?.(whole, d, locale) ?? []) {
    const name = sheetName(extra.name(d), names);
    names.add(name);
    const other = workbook.addWorksheet(name, {
      views: [{ state: "frozen", xSplit: 0, ySplit: 1, topLeftCell: "A2", activeCell: "A2" }],
    });
    setWidths(other, extra.columns);
    await writeTable(other, extra.columns, extra.rows, 1, locale, timeZone);
    other.commit();
  }

  await workbook.commit();
  await finished;
}

async function writeTable<R>(
  sheet: Sheet,
  columns: ReportColumn<R>[],
  rows: Iterable<R> | AsyncIterable<R>,
  headerRow: number,
  locale: Locale,
  timeZone: string,
) {
  const d = dictionaries[locale];
  const header = sheet.addRow(columns.map((c) => c.header(d)));
  header.font = { bold: true };
  header.eachCell((cell) => {
    cell.fill = { type: "pattern", pattern: "solid", fgColor: { argb: "FFDCEFEE" } };
    cell.border = { bottom: { style: "thin" } };
  });
  header.commit();
  let count = 0;
  const styles = new SharedStyles();
  for await (const row of rows) {
    const line = sheet.addRow([]);
    columns.forEach((column, i) => {
      const { value, numFmt } = spreadsheetCell(column.kind, column.value(row, d), locale, timeZone);
      const cell = line.getCell(i + 1);
      cell.value = value;
      cell.style = styles.of(numFmt, value);
    });
    line.commit();
    if (++count % 200 === 0) await zipCaughtUp(sheet);
  }
  // Written when the sheet is committed, so it can be set after the rows.
  sheet.autoFilter = {
    from: { row: headerRow, column: 1 },
    to: { row: headerRow + Math.max(count, 1), column: Math.max(columns.length, 1) },
  };
}

/**
 * One style object per number format (and, without one, per kind of value), shared by the
 * table's cells: exceljs gives every cell a fresh style and works out its id from its XML,
 * a sixth of the export's time; a style object it has seen before it finds in a WeakMap. The
 * ids, so the file, are the same. Never modified (exceljs only reads a cell's style).
 */
class SharedStyles {
  private styles = new Map<string, Partial<ExcelJS.Style>>();

  of(numFmt: string | undefined, value: unknown): Partial<ExcelJS.Style> {
    // Without a format exceljs picks one by the value's type (General for a number, none for text).
    const key = numFmt === undefined ? `\u0000${value === null ? "null" : typeof value}` : numFmt;
    let style = this.styles.get(key);
    if (!style) {
      style = numFmt === undefined ? {} : { numFmt };
      this.styles.set(key, style);
    }
    return style;
  }
}

/**
 * Backpressure exceljs lacks: a committed row's XML goes to the zip's entry stream whatever
 * that stream's backlog (exceljs 4.4's StreamBuf ignores `write()`'s answer), so a long loop
 * would pile the whole sheet up in memory before deflate reads it. Wait until it has.
 */
async function zipCaughtUp(sheet: Sheet) {
  const pipes = (sheet as unknown as { stream?: { pipes?: { _writableState?: { length: number } }[] } }).stream?.pipes ?? [];
  const backlog = () => pipes.reduce((sum, p) => sum + (p._writableState?.length ?? 0), 0);
  do await new Promise((resolve) => setImmediate(resolve));
  while (backlog() > 1 << 20);
}

function labelledRow(
  sheet: Sheet,
  line: { label: string; value: CellValue; kind?: CellKind },
  locale: Locale,
  timeZone: string,
  bold = false,
) {
  const row = sheet.addRow([line.label]);
  row.getCell(1).font = { bold: true };
  const kind = line.kind ?? (typeof line.value !== "number" ? "text" : Number.isInteger(line.value) ? "integer" : "decimal2");
  const { value, numFmt } = spreadsheetCell(kind, line.value, locale, timeZone);
  const cell = row.getCell(2);
  cell.value = value;
  if (numFmt) cell.numFmt = numFmt;
  if (bold) cell.font = { bold: true };
  cell.alignment = { horizontal: "left" };
  row.commit();
}

/** `firstAtLeast`: column A also holds the labels of the lines above and under the table. */
function setWidths<R>(sheet: Sheet, columns: ReportColumn<R>[], firstAtLeast = 0) {
  sheet.columns = columns.map((c, i) => {
    const width = c.width ?? defaultWidth(c.kind);
    return { key: c.key, width: i === 0 ? Math.max(width, firstAtLeast) : width };
  });
}

function defaultWidth(kind: CellKind): number {
  if (kind === "datetime") return 20;
  if (kind === "date") return 12;
  if (kind === "text") return 24;
  return 12;
}

/** Excel's rules: at most 31 characters, none of `[]:*?/\`, unique in the workbook. */
export function sheetName(wanted: string, taken: Set<string>): string {
  const base = wanted.replace(/[[\]:*?/\\]/g, " ").trim().slice(0, 31) || "Sheet";
  let name = base;
  const isTaken = (n: string) => [...taken].some((t) => t.toLowerCase() === n.toLowerCase());
  for (let i = 2; isTaken(name); i++) {
    name = `${base.slice(0, 31 - String(i).length - 1)} ${i}`;
  }
  return name;
}
