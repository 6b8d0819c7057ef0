import { PassThrough, Readable } from "node:stream";
import { Hono } from "hono";
import { validationMessage } from "../../shared/filters/validation";
import type { AppEnv } from "../app-env";
import { reportFor } from "../reports/registry";
import { reportContext } from "../reports/report-definition";
import { contentDisposition, exportFileName } from "./file-name";
import { filtersErrorMessage, filtersFieldErrors, streamReport } from "./report-request";
import { writeReportWorkbook } from "./workbook";

export const xlsxType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

/**
 * `GET /exports/<section>.xlsx?filters=<JSON>`: the section's report as the page shows it to
 * this user, as a spreadsheet in their language. Any section in the registry is served; the
 * report's own `run` restricts it to the user's accounts.
 */
export function exportRoutes() {
  const app = new Hono<AppEnv>();

  app.get("/:file", async (c) => {
    const session = c.get("session");
    if (!session) return c.json({ error: "signed_out" }, 401);
    const section = /^([a-z][a-z0-9-]*)\.xlsx$/.exec(c.req.param("file"))?.[1];
    const definition = section ? reportFor(section) : undefined;
    if (!definition) return c.json({ error: "not_found" }, 404);

    const locale = session.user.locale;
    let raw: unknown = {};
    const given = c.req.query("filters");
    if (given !== undefined) {
      try {
        raw = JSON.parse(given);
      } catch {
        return c.json({ error: "invalid_filters", message: validationMessage("invalidFilters", locale) }, 400);
      }
    }

    const { db, config } = c.var;
    const ctx = reportContext(db, session.access, config);
    const { now } = ctx;
    const outcome = await streamReport(definition, raw, ctx);
    if (!outcome.ok) {
      return c.json(
        {
          error: "invalid_filters",
          message: filtersErrorMessage(outcome.error, locale),
          fieldErrors: filtersFieldErrors(outcome.error, locale),
        },
        400,
      );
    }

    const body = new PassThrough();
    writeReportWorkbook(definition, outcome.result, outcome.filters, { locale, timeZone: config.timeZone, now }, body).catch(
      (error: unknown) => {
        console.error(`export ${definition.section}:`, error);
        body.destroy(error instanceof Error ? error : new Error(String(error)));
      },
    );
    const fileName = exportFileName(definition, { locale, timeZone: config.timeZone, now });
    return new Response(Readable.toWeb(body) as ReadableStream<Uint8Array>, {
      headers: {
        "content-type": xlsxType,
        "content-disposition": contentDisposition(fileName),
        "cache-control": "private, no-store",
      },
    });
  });

  // Never falls through to the client's index.html.
  app.all("*", (c) => c.json({ error: "not_found" }, 404));
  return app;
}
