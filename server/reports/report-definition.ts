import type { Kysely } from "kysely";
import type { ZodMiniType } from "zod/mini";
import type { Database } from "../../db/database";
import type { Dictionary, Locale } from "../../shared/i18n/dictionary";
import type { Access } from "../access";
import type { Config } from "../config";

/**
 * One report, many outputs. A section describes its report once, here; the tRPC router, the
 * xlsx export, the e-mail and the operator's `portal report` all run the same `run`, so the
 * page, the spreadsheet and the e-mail can never disagree.
 */

/** What every report runs with: whose data it may read, and the service's clock and zone. */
export interface ReportContext {
  db: Kysely<Database>;
  access: Access;
  timeZone: string;
  retentionDays: number;
  now: Date;
}

/**
 * The one place a `ReportContext` is made: by `protectedProcedure` for tRPC, and by the two
 * callers outside it (the xlsx route, `portal report`). One `now` for everything a request runs.
 */
export function reportContext(
  db: Kysely<Database>,
  access: Access,
  config: Pick<Config, "timeZone" | "retentionDays">,
  now = new Date(),
): ReportContext {
  return { db, access, timeZone: config.timeZone, retentionDays: config.retentionDays, now };
}

/**
 * How a column's values are typed in a spreadsheet and formatted in text:
 * `datetime` — an ISO instant string, shown in the service's zone (a real date cell in xlsx);
 * `date` — a `YYYY-MM-DD` calendar day; `money` — a decimal string; `minutes1` — a number of
 * minutes with one decimal; `decimal2` — two decimals; `mmss` — seconds shown as mm:ss;
 * `percent` — 0–100, one decimal; `number` — any number, in the general format.
 */
export type CellKind = "text" | "integer" | "number" | "minutes1" | "decimal2" | "datetime" | "date" | "money" | "mmss" | "percent";

export type CellValue = string | number | null;

export interface ReportColumn<Row> {
  key: string;
  header: (d: Dictionary) => string;
  kind: CellKind;
  /** `d`: the reader's dictionary, for values that are words (a statistic's label). */
  value: (row: Row, d: Dictionary) => CellValue;
  /** Width in characters in the spreadsheet. */
  width?: number;
}

/** The keys of a section's strings that are plain strings (a column's header). */
type StringKeys<Strings> = { [K in keyof Strings]: Strings[K] extends string ? K : never }[keyof Strings];

/**
 * Columns that each show one field of the row as it is, headed by one of the section's strings:
 * `[field, label, kind, width?]`. What most columns are; a computed one is written out.
 */
export function fieldColumns<Row, Strings>(
  strings: (d: Dictionary) => Strings,
  fields: readonly (readonly [field: keyof Row & string, label: StringKeys<Strings>, kind: CellKind, width?: number])[],
): ReportColumn<Row>[] {
  return fields.map(([field, label, kind, width]) => ({
    key: field,
    header: (d) => strings(d)[label] as string,
    kind,
    value: (row) => row[field] as CellValue,
    width,
  }));
}

/** A slice of a report's rows: the page shows one at a time, its totals still over every row. */
export interface PageRequest {
  offset: number;
  limit: number;
}

export interface ReportResult<Row, Totals> {
  rows: Row[];
  totals: Totals;
}

/** A page cut from a whole result, for a report whose rows are few (a history, the 16 figures). */
export function pageOf<Row, Totals>(result: ReportResult<Row, Totals>, page: PageRequest): ReportResult<Row, Totals> {
  return { rows: result.rows.slice(page.offset, page.offset + page.limit), totals: result.totals };
}

/**
 * The same rows as `run`'s, read from PostgreSQL in batches as they are written, and the totals
 * of all of them (from SQL, as `run`'s).
 */
export interface ReportStream<Row, Totals> {
  rows: AsyncIterable<Row>;
  /** Final once `rows` has been read to the end. */
  totals: Totals;
}

/** A further sheet of the workbook (delivery events, chart data, …). */
export interface ReportSheet<Row = any> {
  name: (d: Dictionary) => string;
  columns: ReportColumn<Row>[];
  rows: Row[];
}

/** A labelled line: a filter used, or a total. */
export interface LabelledValue {
  label: string;
  value: CellValue;
  kind?: CellKind;
}

/**
 * How one flag's value reads: `text` as typed; `number`; `numbers`, comma-separated; `day`, a
 * `YYYY-MM-DD` (an ISO instant with an offset: its local day); `start`/`end`, the recorder's
 * local date-time (a bare day: its first or last minute); `weekday`, `mon`…`sun` or `all`.
 */
export type FlagKind = "text" | "number" | "numbers" | "day" | "start" | "end" | "weekday";

export interface ReportDefinition<Filters = any, Row = any, Totals = any> {
  section: string;
  title: (d: Dictionary) => string;
  /** The filters' schema, shared with the page (`shared/filters/<section>.ts`). */
  filters: ZodMiniType<Filters, any>;
  /**
   * `filters` with the retention window's check (shared/retention-window.ts): what every output
   * validates untrusted filters with, so a period reaching past the window is refused alike.
   */
  filtersWithin(ctx: ReportContext): ZodMiniType<Filters, any>;
  run(ctx: ReportContext, filters: Filters): Promise<ReportResult<Row, Totals>>;
  /** The page's view: `run`'s rows from `offset`, at most `limit` of them, and `run`'s totals. */
  page(ctx: ReportContext, filters: Filters, page: PageRequest): Promise<ReportResult<Row, Totals>>;
  /**
   * For outputs written row by row (the xlsx route, `portal report --format xlsx`): the rows of
   * `run` in the same order, never all in memory at once. A report that has it computes its
   * `totals` lines and `extraSheets` from `result.totals` only: they get no rows.
   */
  stream?(ctx: ReportContext, filters: Filters): Promise<ReportStream<Row, Totals>>;
  columns: ReportColumn<Row>[];
  /** The lines under the table (Total duration, Total calls, …). */
  totals(result: ReportResult<Row, Totals>, d: Dictionary, locale: Locale): LabelledValue[];
  /** The filters as a reader of the export should see them. */
  describeFilters(filters: Filters, d: Dictionary, locale: Locale, timeZone: string): LabelledValue[];
  extraSheets?(result: ReportResult<Row, Totals>, d: Dictionary, locale: Locale): ReportSheet[];
  /**
   * The operator command's filter flags: which keys of the filters `portal report` takes, each
   * as `--` and the key in kebab-case (`minMinutes` → `--min-minutes`, docs/operator.md), and
   * how its value reads. server/cli/filter-flags.ts reads them the same for every section.
   */
  cliFlags: { [K in keyof Filters]?: FlagKind };
  /** Filters the command always sets (the recorder's custom period). */
  cliFixed?: Partial<Filters>;
  /** What `--format json` prints; `{rows, totals}` when absent. */
  toJson?(result: ReportResult<Row, Totals>): unknown;
}
