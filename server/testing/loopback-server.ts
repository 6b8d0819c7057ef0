import type { AddressInfo } from "node:net";
import { serve } from "@hono/node-server";
import type { Hono } from "hono";

/**
 * The app behind a real HTTP server on 127.0.0.1 (a free port): for what `app.request()`
 * cannot show — the peer's address, bodies sent in pieces, answers written straight to the socket.
 */
export async function startLoopbackServer(app: Hono<any>) {
  const server = serve({ fetch: app.fetch, port: 0, hostname: "127.0.0.1" });
  if (!server.address()) await new Promise<void>((resolve) => server.once("listening", () => resolve()));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    port,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
