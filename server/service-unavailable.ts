import type { Context } from "hono";
import { dictionaries, type Locale } from "../shared/i18n";

/**
 * The answer while the database is unreachable: 503, `Retry-After`, and the reason in the
 * user's language. tRPC paths get tRPC's error envelope (one per call of a batch), so that
 * the client reads `SERVICE_UNAVAILABLE` like any other tRPC error code.
 */
export function serviceUnavailable(c: Context, locale: Locale = requestLocale(c.req.header("accept-language"))) {
  c.header("Retry-After", "5");
  c.header("Cache-Control", "no-store");
  const message = dictionaries[locale].common.serviceUnavailable;
  if (!c.req.path.startsWith("/trpc/")) return c.json({ error: "service_unavailable", message }, 503);
  const error = { error: { message, code: -32603, data: { code: "SERVICE_UNAVAILABLE", httpStatus: 503, fieldErrors: null } } };
  if (c.req.query("batch") === undefined) return c.json(error, 503);
  const calls = c.req.path.slice("/trpc/".length).split(",");
  return c.json(calls.map(() => error), 503);
}

/** The visitor's language when no session says it (the database is what would): French unless the browser prefers English. */
export function requestLocale(acceptLanguage: string | undefined): Locale {
  const first = acceptLanguage?.split(",")[0]?.trim().toLowerCase() ?? "";
  return first.startsWith("en") ? "en" : "fr";
}
