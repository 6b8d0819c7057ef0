import { TRPCError } from "@trpc/server";
import { checkFilters } from "../exports/report-request";
import type { ReportContext, ReportDefinition } from "../reports/report-definition";

/**
 * A page's filters checked as the exports and the CLI check them (the definition's schema with
 * the retention window); invalid ones are the page's field errors.
 */
export function reportFilters<Filters>(definition: ReportDefinition<Filters>, ctx: ReportContext, raw: unknown): Filters {
  const parsed = checkFilters(definition, raw, ctx);
  // Same shape as an input error, so the page shows the message next to the field.
  if (!parsed.success) throw new TRPCError({ code: "BAD_REQUEST", message: "invalid_filters", cause: parsed.error });
  return parsed.data as Filters;
}
