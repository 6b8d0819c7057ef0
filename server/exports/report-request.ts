import type { z } from "zod";
import { storable } from "../../shared/filters/storable-text";
import { validationMessage } from "../../shared/filters/validation";
import type { Locale } from "../../shared/i18n";
import type { ReportContext, ReportDefinition, ReportResult, ReportStream } from "../reports/report-definition";

/**
 * The one path from untrusted filters to a report's result, for the xlsx route, the e-mail
 * and the operator command: validate with the definition's own schema, then `run` under the
 * caller's access (which is what keeps another client's accounts out, whatever the filters).
 */
export type ReportOutcome =
  | { ok: true; filters: unknown; result: ReportResult<unknown, unknown> }
  | { ok: false; error: z.core.$ZodError };

/**
 * Untrusted filters checked as every output checks them: the definition's schema with the
 * retention window (`filtersWithin`), and text the database can store.
 */
export function checkFilters(definition: ReportDefinition, raw: unknown, ctx: ReportContext) {
  return storable(definition.filtersWithin(ctx)).safeParse(raw);
}

export async function runReport(definition: ReportDefinition, raw: unknown, ctx: ReportContext): Promise<ReportOutcome> {
  const parsed = checkFilters(definition, raw, ctx);
  if (!parsed.success) return { ok: false, error: parsed.error };
  return { ok: true, filters: parsed.data, result: await definition.run(ctx, parsed.data) };
}

/**
 * The same, for an output that writes rows one by one (the xlsx route and command): the
 * definition's `stream` when it has one, so its rows are read in batches as they are written.
 */
export async function streamReport(
  definition: ReportDefinition,
  raw: unknown,
  ctx: ReportContext,
): Promise<{ ok: true; filters: unknown; result: ReportResult<unknown, unknown> | ReportStream<unknown, unknown> } | { ok: false; error: z.core.$ZodError }> {
  if (!definition.stream) return runReport(definition, raw, ctx);
  const parsed = checkFilters(definition, raw, ctx);
  if (!parsed.success) return { ok: false, error: parsed.error };
  return { ok: true, filters: parsed.data, result: await firstRowRead(await definition.stream(ctx, parsed.data)) };
}

/**
 * The stream with its first row already read: its query has then run, so a failure (the
 * database unavailable, say) is an error answer (503) rather than a file cut short after 200.
 */
async function firstRowRead<R, T>(stream: ReportStream<R, T>): Promise<ReportStream<R, T>> {
  const rows = stream.rows[Symbol.asyncIterator]();
  const first = await rows.next();
  async function* all() {
    try {
      if (first.done) return;
      yield first.value;
      for (let next = await rows.next(); !next.done; next = await rows.next()) yield next.value;
    } finally {
      // Left before the end: the cursor underneath is closed, its connection given back.
      await rows.return?.();
    }
  }
  return { rows: all(), totals: stream.totals };
}

/** The first problem of invalid filters, as the user reads it: `to: The end must be after the start.` */
export function filtersErrorMessage(error: z.core.$ZodError, locale: Locale): string {
  const issue = error.issues[0];
  if (!issue) return validationMessage("invalidFilters", locale);
  const message = validationMessage(issue.message, locale);
  return issue.path.length > 0 ? `${issue.path.join(".")}: ${message}` : message;
}

/** Every problem by field, messages translated (for a 400's JSON body). */
export function filtersFieldErrors(error: z.core.$ZodError, locale: Locale): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  for (const issue of error.issues) {
    const key = issue.path.join(".") || "_";
    (out[key] ??= []).push(validationMessage(issue.message, locale));
  }
  return out;
}
