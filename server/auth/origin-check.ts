import type { MiddlewareHandler } from "hono";

/**
 * Refuses a state-changing request that a browser sent from another site (CSRF). Browsers send
 * `Origin` on every non-GET request; it must name this host. Requests without one come from
 * scripts, not browsers: they may sign in and out (no cookie is spent), nothing else.
 */
export function originCheck(): MiddlewareHandler {
  // Named, so that server/app.test.ts can tell it in the app's list of middleware.
  return async function originCheck(c, next) {
    const method = c.req.method;
    if (method === "GET" || method === "HEAD" || method === "OPTIONS") return next();
    const origin = c.req.header("origin");
    const host = c.req.header("host");
    if (origin) {
      let originHost: string | null = null;
      try {
        originHost = new URL(origin).host;
      } catch {}
      if (!host || originHost !== host) return c.json({ error: "forbidden_origin" }, 403);
    } else if (!c.req.path.startsWith("/auth/") || c.req.header("sec-fetch-site") === "cross-site") {
      return c.json({ error: "forbidden_origin" }, 403);
    }
    return next();
  };
}
