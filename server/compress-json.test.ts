import http from "node:http";
import type { AddressInfo } from "node:net";
import zlib from "node:zlib";
import { serve } from "@hono/node-server";
import { Hono } from "hono";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDatabase, type TestDatabase } from "../db/testing/test-database";
import { createApp } from "./app";
import { compressJson, compressThreshold } from "./compress-json";
import { alice, seedTwoCompanies, testConfig } from "./testing/fixtures";
import { TestBrowser } from "./testing/http-client";
import { insertCalls } from "./testing/seed-calls";

const big = { rows: Array.from({ length: 200 }, (_, i) => ({ callNumber: i, caller: "Plomberie Laval" })) };
const spreadsheet = Buffer.alloc(4096, 7);

const app = new Hono();
app.use("*", compressJson());
app.get("/big", (c) => c.json(big));
app.get("/small", (c) => c.json({ ok: true }));
app.get("/xlsx", (c) => c.body(spreadsheet, 200, { "content-type": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet" }));
app.get("/events", (c) => c.body("data: x\n\n".repeat(500), 200, { "content-type": "text/event-stream" }));
app.get("/no-transform", (c) => c.json(big, 200, { "cache-control": "no-transform" }));

const get = (path: string, acceptEncoding?: string) =>
  app.request(`http://portal.test${path}`, { headers: acceptEncoding ? { "accept-encoding": acceptEncoding } : {} });

function decode(encoding: string | null, body: Buffer): string {
  if (encoding === "br") return zlib.brotliDecompressSync(body).toString();
  if (encoding === "gzip") return zlib.gunzipSync(body).toString();
  return body.toString();
}

describe("compressJson", () => {
  it("compresses a large JSON answer in the encoding the client prefers, with the compressed length", async () => {
    for (const [accept, expected] of [
      ["gzip, deflate, br", "br"],
      ["gzip", "gzip"],
      ["br;q=0.1, gzip", "gzip"],
      [undefined, null],
    ] as const) {
      const res = await get("/big", accept);
      expect(res.headers.get("content-encoding"), String(accept)).toBe(expected);
      expect(res.headers.get("vary")).toBe("Accept-Encoding");
      const body = Buffer.from(await res.arrayBuffer());
      if (expected) {
        expect(Number(res.headers.get("content-length"))).toBe(body.length);
        expect(body.length).toBeLessThan(JSON.stringify(big).length / 5);
      }
      expect(JSON.parse(decode(expected, body))).toEqual(big);
    }
  });

  it("leaves small JSON, spreadsheets, event streams and no-transform answers as they are", async () => {
    const small = await get("/small", "br");
    expect(JSON.stringify({ ok: true }).length).toBeLessThan(compressThreshold);
    expect(small.headers.get("content-encoding")).toBeNull();
    expect(await small.json()).toEqual({ ok: true });
    for (const path of ["/xlsx", "/events", "/no-transform"]) {
      const res = await get(path, "br, gzip");
      expect(res.headers.get("content-encoding"), path).toBeNull();
      expect(res.headers.get("vary"), path).toBeNull();
    }
    expect(Buffer.from(await (await get("/xlsx", "br")).arrayBuffer()).equals(spreadsheet)).toBe(true);
  });
});

describe("the portal's tRPC answers", () => {
  let t: TestDatabase;
  let portal: ReturnType<typeof createApp>;

  beforeAll(async () => {
    t = await createTestDatabase();
    await seedTwoCompanies(t.db);
    portal = createApp({ db: t.db, config: testConfig() });
    const now = Date.now();
    await insertCalls(
      t.db,
      Array.from({ length: 40 }, (_, i) => ({ call_number: 100 + i, account_number: 5201, started_at: new Date(now - i * 60_000) })),
    );
  });
  afterAll(() => t.drop());

  it("are compressed over real HTTP, and the same data once decoded", async () => {
    const browser = new TestBrowser(portal);
    await browser.signIn(alice.username, alice.password);
    const path = `/trpc/recordings.search?input=${encodeURIComponent(JSON.stringify({ period: "hours12" }))}`;
    const plain = await (await browser.request(path)).text();
    expect(plain.length).toBeGreaterThan(compressThreshold);

    const server = serve({ fetch: portal.fetch, port: 0, hostname: "127.0.0.1" });
    await new Promise((resolve) => server.once("listening", resolve));
    try {
      const { port } = server.address() as AddressInfo;
      const { headers, body } = await new Promise<{ headers: http.IncomingHttpHeaders; body: Buffer }>((resolve, reject) => {
        http
          .get({ host: "127.0.0.1", port, path, headers: { "accept-encoding": "gzip, deflate, br", cookie: browser.cookie } }, (res) => {
            const chunks: Buffer[] = [];
            res.on("data", (chunk: Buffer) => chunks.push(chunk));
            res.on("end", () => resolve({ headers: res.headers, body: Buffer.concat(chunks) }));
          })
          .on("error", reject);
      });
      expect(headers["content-encoding"]).toBe("br");
      expect(headers.vary).toMatch(/Accept-Encoding/);
      expect(Number(headers["content-length"])).toBe(body.length);
      expect(body.length).toBeLessThan(plain.length / 3);
      // "The last 12 hours" moved on between the two calls: the rows are what must match.
      expect(JSON.parse(decode("br", body)).result.data.rows).toEqual(JSON.parse(plain).result.data.rows);
      // The security headers are still on the compressed answer.
      expect(headers["x-content-type-options"]).toBe("nosniff");
    } finally {
      await new Promise((resolve) => server.close(resolve));
    }
  });
});
