import { RESPONSE_ALREADY_SENT } from "@hono/node-server/utils/response";
import type { Context, MiddlewareHandler } from "hono";
import type { Config } from "../config";
import { clientConnection } from "./client-connection";

const contentSecurityPolicy = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "media-src 'self' blob:",
  "connect-src 'self'",
  "worker-src 'self'",
  "manifest-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "frame-ancestors 'none'",
  "form-action 'self'",
].join("; ");

const always: Record<string, string> = {
  "Content-Security-Policy": contentSecurityPolicy,
  "X-Content-Type-Options": "nosniff",
  "X-Frame-Options": "DENY",
  "Referrer-Policy": "same-origin",
  "Cross-Origin-Opener-Policy": "same-origin",
  "Cross-Origin-Resource-Policy": "same-origin",
  "Permissions-Policy": "camera=(), microphone=(), geolocation=(), payment=()",
  "X-Permitted-Cross-Domain-Policies": "none",
};

/** HSTS only where the browser came over HTTPS: over plain HTTP it means nothing. */
const overHttps: Record<string, string> = { ...always, "Strict-Transport-Security": "max-age=63072000; includeSubDomains" };

/**
 * The security headers of an answer, by whether the browser came over HTTPS (see
 * clientConnection). A route that writes its answer to the socket itself adds them itself.
 */
export function securityHeaderSet(https: boolean): Readonly<Record<string, string>> {
  return https ? overHttps : always;
}

function securityHeadersFor(c: Context, config: Pick<Config, "secureCookies" | "trustProxy">) {
  return securityHeaderSet(clientConnection(c, config).https);
}

/** Adds them to every answer that went through Hono, errors and 404s included. */
export function securityHeaders(config: Pick<Config, "secureCookies" | "trustProxy">): MiddlewareHandler {
  // Named, so that server/app.test.ts can tell it in the app's list of middleware.
  return async function securityHeaders(c, next) {
    await next();
    // Written to Node's response by the route itself, with these headers (a recording's bytes):
    // nothing left to add, and eight lookups in a web Headers a range request need not pay.
    if (c.res === RESPONSE_ALREADY_SENT) return;
    for (const [name, value] of Object.entries(securityHeadersFor(c, config))) {
      if (!c.res.headers.has(name)) c.res.headers.set(name, value);
    }
  };
}
