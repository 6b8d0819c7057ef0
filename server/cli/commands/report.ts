import { createWriteStream } from "node:fs";
import { writeFile } from "node:fs/promises";
import { PassThrough } from "node:stream";
import { finished } from "node:stream/promises";
import { sql } from "kysely";
import { loadAccess } from "../../access";
import { reportCsv } from "../../exports/csv";
import { runReport, streamReport } from "../../exports/report-request";
import { writeReportWorkbook } from "../../exports/workbook";
import { type ReportResult, type ReportStream, reportContext } from "../../reports/report-definition";
import { reports, reportFor } from "../../reports/registry";
import type { Command } from "../command";
import { filtersFromFlags, refusal } from "../filter-flags";
import { CommandError, UsageError } from "../command";

const usage =
  "report <section> [--<filter> <value> …] --user <username> [--format json|csv|xlsx] [--out <file>] " +
  "(xlsx: --out <file>, or standard output when it is not a terminal)";

/**
 * `report <section> …`: the same report the web page shows that user, with the same access
 * rules. Filters are `--key value` options read by the one parser of every section's flags
 * (../filter-flags.ts), then the section's schema validates them; any refusal is one line.
 */
export const report: Command = {
  name: "report",
  usage,
  async run(args, { db, config, print }) {
    const { positionals, options } = parseOptions(args);
    const [section, ...extra] = positionals;
    if (section === undefined) throw new UsageError(`report needs a section: ${Object.keys(reports).join(", ")} (usage: ${usage})`);
    if (extra.length > 0) throw new UsageError(`unexpected argument ${JSON.stringify(extra[0])} (usage: ${usage})`);
    const definition = reportFor(section);
    if (!definition) throw new UsageError(`unknown section ${JSON.stringify(section)} (sections: ${Object.keys(reports).join(", ")})`);

    const { user, format: formatOption, out: outOption, ...filterOptions } = options;
    const username = commandOption("user", user);
    if (username === undefined) throw new UsageError(`report needs --user <username> (usage: ${usage})`);
    const out = commandOption("out", outOption);
    const format = commandOption("format", formatOption) ?? "json";
    if (format !== "json" && format !== "csv" && format !== "xlsx") {
      throw new UsageError(`--format must be json, csv or xlsx, not ${JSON.stringify(format)}`);
    }
    const raw = filtersFromFlags(definition, filterOptions, config.timeZone);

    const found = await db
      .selectFrom("users")
      .select(["id", "locale"])
      .where(sql<string>`lower(username)`, "=", username.toLowerCase())
      .executeTakeFirst();
    if (!found) throw new CommandError(`unknown user ${JSON.stringify(username)}`);
    const ctx = reportContext(db, await loadAccess(db, found.id), config);
    const { now } = ctx;
    // xlsx is written row by row: the report's rows are read in batches when it can stream them.
    const outcome = await (format === "xlsx" ? streamReport : runReport)(definition, raw, ctx);
    if (!outcome.ok) throw new CommandError(refusal(definition, outcome.error, ctx));
    const { result, filters } = outcome;
    const locale = found.locale;

    if (format === "json") {
      const json = definition.toJson?.(whole(result)) ?? { rows: result.rows, totals: result.totals };
      if (out) await writeFile(out, JSON.stringify(json) + "\n");
      else print(json);
      return;
    }
    if (format === "csv") {
      const csv = reportCsv(definition, whole(result), { locale, timeZone: config.timeZone });
      if (out) await writeFile(out, csv);
      else process.stdout.write(csv);
      return;
    }
    if (!out && process.stdout.isTTY) {
      throw new UsageError("--format xlsx writes binary: give --out <file>, or redirect standard output to a file");
    }
    const written = { locale, timeZone: config.timeZone, now };
    if (out) {
      await writeReportWorkbook(definition, result, filters, written, createWriteStream(out));
      return;
    }
    // Standard output is never ended by us (the dispatcher still writes to it).
    const pipe = new PassThrough();
    pipe.pipe(process.stdout, { end: false });
    const drained = finished(pipe);
    await writeReportWorkbook(definition, result, filters, written, pipe);
    await drained;
  },
};

/** One of the command's own options: refused with no value, as the filters' flags are. */
function commandOption(flag: string, value: string | true | undefined): string | undefined {
  if (value === true) throw new UsageError(`--${flag} needs a value`);
  return value;
}

/** json and csv ran `run`: their rows are all there. */
function whole(result: ReportResult<unknown, unknown> | ReportStream<unknown, unknown>): ReportResult<unknown, unknown> {
  if (!Array.isArray(result.rows)) throw new Error("a streamed report has no rows to print whole");
  return result as ReportResult<unknown, unknown>;
}

/** `--key value`, `--key=value` and `--flag` options, and the positionals, in order. */
export function parseOptions(args: string[]) {
  const positionals: string[] = [];
  const options: Record<string, string | true> = {};
  for (let i = 0; i < args.length; i++) {
    const arg = args[i]!;
    if (!arg.startsWith("--") || arg === "--") {
      positionals.push(arg);
      continue;
    }
    const eq = arg.indexOf("=");
    if (eq > 2) {
      options[arg.slice(2, eq)] = arg.slice(eq + 1);
      continue;
    }
    const next = args[i + 1];
    if (next !== undefined && !next.startsWith("--")) {
      options[arg.slice(2)] = next;
      i++;
    } else {
      options[arg.slice(2)] = true;
    }
  }
  return { positionals, options };
}
