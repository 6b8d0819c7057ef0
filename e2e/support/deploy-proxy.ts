import http from "node:http";
import type { AddressInfo } from "node:net";

/**
 * The portal as seen through a front server that can "deploy a new version": every request is
 * passed to the real portal unchanged (Host kept, so cookies and the Origin check hold), except
 * `/sw.js`, which after `deploy()` carries one more line — the byte difference a new build makes,
 * and all the browser looks at to install a new service worker. (Playwright's routing does not
 * see the browser's own update check of the worker script, so the change is made here.)
 */
export async function startDeployProxy(upstream: string) {
  const target = new URL(upstream);
  let version = 1;
  const server = http.createServer((req, res) => {
    const headers = { ...req.headers };
    if (req.url?.split("?")[0] === "/sw.js") {
      // Asked for whole and uncompressed, so that a line can be added to it: the portal would
      // answer the browser's ETag with a 304, as the script did not change on its disk.
      delete headers["accept-encoding"];
      delete headers["if-none-match"];
      delete headers["if-modified-since"];
    }
    const forward = http.request(
      { host: target.hostname, port: target.port, method: req.method, path: req.url, headers },
      (answer) => {
        if (req.url?.split("?")[0] !== "/sw.js" || version === 1) {
          res.writeHead(answer.statusCode ?? 502, answer.headers);
          answer.pipe(res);
          return;
        }
        const chunks: Buffer[] = [];
        answer.on("data", (c: Buffer) => chunks.push(c));
        answer.on("end", () => {
          const body = Buffer.concat([...chunks, Buffer.from(`\n// deployed version ${version}\n`)]);
          const headers = { ...answer.headers, "content-length": String(body.length) };
          delete headers.etag;
          delete headers["last-modified"];
          res.writeHead(answer.statusCode ?? 502, headers);
          res.end(body);
        });
      },
    );
    forward.on("error", () => {
      res.writeHead(502).end();
    });
    req.pipe(forward);
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    deploy() {
      version++;
    },
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
