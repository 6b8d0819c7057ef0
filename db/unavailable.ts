/**
 * True when `error` says the database cannot be reached right now — the server stopped or
 * restarting, the connection refused, cut or timed out — rather than that a query was wrong.
 * The portal answers those with 503 (the service is briefly unavailable); pg's pool opens new
 * connections by itself once PostgreSQL is back. Follows `cause` (tRPC wraps what a procedure
 * threw) and AggregateError (a refused connection to both of localhost's addresses).
 */
export function isDatabaseUnavailable(error: unknown): boolean {
  for (let e = error, depth = 0; e && depth < 5; e = (e as { cause?: unknown }).cause, depth++) {
    if (e instanceof AggregateError && e.errors.some(isDatabaseUnavailable)) return true;
    const { code, message } = e as { code?: unknown; message?: unknown };
    if (typeof code === "string" && (networkCodes.has(code) || unavailableStates.has(code) || code.startsWith("08"))) return true;
    if (typeof message === "string" && lostConnection.test(message)) return true;
  }
  return false;
}

/** Node's socket errors on connecting to, or talking with, the server. */
const networkCodes = new Set(["ECONNREFUSED", "ECONNRESET", "ETIMEDOUT", "EHOSTUNREACH", "ENETUNREACH", "EPIPE", "ENOTFOUND", "EAI_AGAIN"]);

/**
 * SQLSTATEs of a server going away or not ready (class 08, connection exception, is matched
 * by its prefix): admin_shutdown, crash_shutdown, cannot_connect_now, too_many_connections.
 */
const unavailableStates = new Set(["57P01", "57P02", "57P03", "53300"]);

/** pg's own words for a connection that ended or never came. */
const lostConnection = /^(Connection terminated|timeout exceeded when trying to connect|Client has encountered a connection error)/;
