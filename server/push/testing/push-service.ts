import { createServer, type IncomingHttpHeaders } from "node:http";
import type { AddressInfo } from "node:net";

export interface ReceivedPush {
  path: string;
  headers: IncomingHttpHeaders;
  body: Buffer;
}

/**
 * A push service on 127.0.0.1 for tests: it receives the portal's real Web Push requests
 * (encrypted body, VAPID header) and answers 201, or whatever status a path is told to answer
 * (410 for a subscription that is gone).
 */
export async function startPushService() {
  const received: ReceivedPush[] = [];
  const waiting: (() => void)[] = [];
  const statuses = new Map<string, number>();
  const server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on("data", (c: Buffer) => chunks.push(c));
    req.on("end", () => {
      received.push({ path: req.url ?? "", headers: req.headers, body: Buffer.concat(chunks) });
      res.writeHead(statuses.get(req.url ?? "") ?? 201).end();
      waiting.splice(0).forEach((wake) => wake());
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    /** A new device's endpoint on this service. */
    endpoint: (device: string) => `http://127.0.0.1:${port}/push/${device}`,
    answer(device: string, status: number) {
      statuses.set(`/push/${device}`, status);
    },
    received,
    /** The pushes to a device, waiting up to `ms` for `count` of them. */
    async pushesTo(device: string, count = 1, ms = 3000): Promise<ReceivedPush[]> {
      const mine = () => received.filter((r) => r.path === `/push/${device}`);
      const end = Date.now() + ms;
      while (mine().length < count && Date.now() < end) {
        await new Promise<void>((resolve) => {
          const timer = setTimeout(resolve, end - Date.now());
          waiting.push(() => {
            clearTimeout(timer);
            resolve();
          });
        });
      }
      return mine();
    },
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
