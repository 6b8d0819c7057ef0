import path from "node:path";
import { serveStatic } from "@hono/node-server/serve-static";
import { Hono } from "hono";
import type { AppEnv } from "./app-env";

/**
 * The built client. Hashed files under /assets never change, so browsers keep them a year;
 * everything else (index.html, the service worker, the manifest) is revalidated each time, so
 * a new version reaches users at once. Paths the client router owns fall back to index.html.
 */
export function staticFiles(clientDir: string) {
  const root = path.relative(process.cwd(), clientDir) || ".";
  const app = new Hono<AppEnv>();
  app.use(
    "*",
    serveStatic({
      root,
      onFound: (file, c) => {
        c.header(
          "Cache-Control",
          file.includes(`${path.sep}assets${path.sep}`) || file.includes("/assets/")
            ? "public, max-age=31536000, immutable"
            : "no-cache",
        );
      },
    }),
  );
  app.get(
    "*",
    serveStatic({
      root,
      rewriteRequestPath: () => "/index.html",
      onFound: (_file, c) => {
        c.header("Cache-Control", "no-cache");
      },
    }),
  );
  return app;
}
