import type { Server } from "node:http";

/**
 * Stops an HTTP server the way SIGTERM asks: it accepts no new connection, closes idle
 * keep-alive ones at once (and each one as soon as its request is answered), and gives the
 * requests and recording streams in flight until `graceMs` to finish; then it cuts what is
 * left. Resolves once every connection is gone, saying whether any had to be cut.
 */
export function closeGracefully(server: Server, graceMs: number): Promise<{ cut: boolean }> {
  return new Promise((resolve) => {
    let cut = false;
    // A keep-alive connection becomes idle when its response ends; Node does not close it by
    // itself while closing, so look again a few times a second.
    const sweep = setInterval(() => server.closeIdleConnections(), 100);
    const deadline = setTimeout(() => {
      cut = true;
      server.closeAllConnections();
    }, graceMs);
    server.close(() => {
      clearInterval(sweep);
      clearTimeout(deadline);
      resolve({ cut });
    });
    server.closeIdleConnections();
  });
}
