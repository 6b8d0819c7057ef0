import { mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import http from "node:http";
import type { AddressInfo } from "node:net";
import os from "node:os";
import path from "node:path";
import zlib from "node:zlib";
import { serve } from "@hono/node-server";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { precompressFolder } from "../client/build/precompress";
import { staticFiles } from "./static-files";

const outside = mkdtempSync(path.join(os.tmpdir(), "portal-static-"));
const dir = path.join(outside, "client");
const script = `export function greet(name) { return "bonjour " + name; }\n`.repeat(200);
const page = `<!doctype html><html lang="fr"><head><title>Portail</title></head><body>${"<p>Portail client</p>".repeat(50)}</body></html>`;
let written: string[];
const app = staticFiles(dir);

beforeAll(async () => {
  mkdirSync(path.join(dir, "assets"), { recursive: true });
  mkdirSync(path.join(dir, "icons"));
  writeFileSync(path.join(dir, "index.html"), page);
  writeFileSync(path.join(dir, "assets", "app-abc123.js"), script);
  writeFileSync(path.join(dir, "icons", "icon.png"), Buffer.from([0x89, 0x50, 0x4e, 0x47, 1, 2, 3, 4]));
  writeFileSync(path.join(outside, "secret.txt"), "not for the web");
  written = await precompressFolder(dir);
});

const get = (urlPath: string, headers: Record<string, string> = {}, method = "GET") =>
  app.request(`http://portal.test${urlPath}`, { method, headers });

describe("precompressFolder", () => {
  it("writes a brotli and a gzip copy of the text files, none of the images", () => {
    expect(written.map((f) => path.relative(dir, f))).toEqual([
      path.join("assets", "app-abc123.js.br"),
      path.join("assets", "app-abc123.js.gz"),
      "index.html.br",
      "index.html.gz",
    ]);
    expect(zlib.brotliDecompressSync(readFileSync(path.join(dir, "assets", "app-abc123.js.br"))).toString()).toBe(script);
    expect(zlib.gunzipSync(readFileSync(path.join(dir, "index.html.gz"))).toString()).toBe(page);
  });
});

describe("staticFiles", () => {
  it("sends the brotli copy to a browser that takes it, with its own length and ETag", async () => {
    const res = await get("/assets/app-abc123.js", { "accept-encoding": "gzip, deflate, br, zstd" });
    expect(res.status).toBe(200);
    expect(res.headers.get("content-encoding")).toBe("br");
    expect(res.headers.get("vary")).toBe("Accept-Encoding");
    expect(res.headers.get("content-type")).toBe("text/javascript; charset=utf-8");
    expect(res.headers.get("cache-control")).toBe("public, max-age=31536000, immutable");
    const body = Buffer.from(await res.arrayBuffer());
    expect(Number(res.headers.get("content-length"))).toBe(body.length);
    expect(body.length).toBe(statSync(path.join(dir, "assets", "app-abc123.js.br")).size);
    expect(zlib.brotliDecompressSync(body).toString()).toBe(script);
    expect(res.headers.get("etag")).toMatch(/^"[0-9a-f]+-[0-9a-f]+-br"$/);
  });

  it("follows the client's weights: gzip when br is refused or weighed lower, plain without Accept-Encoding", async () => {
    const cases: [string | undefined, string | null][] = [
      ["gzip", "gzip"],
      ["br;q=0, gzip", "gzip"],
      ["gzip;q=0.9, br;q=0.5", "gzip"],
      ["gzip;q=0.5, br;q=0.8", "br"],
      ["*", "br"],
      ["identity", null],
      ["gzip;q=0, br;q=0", null],
      [undefined, null],
    ];
    for (const [accept, expected] of cases) {
      const res = await get("/assets/app-abc123.js", accept === undefined ? {} : { "accept-encoding": accept });
      expect(res.headers.get("content-encoding"), String(accept)).toBe(expected);
      // Every answer for a file with copies says it varies, so no cache hands one to the wrong client.
      expect(res.headers.get("vary")).toBe("Accept-Encoding");
      const body = Buffer.from(await res.arrayBuffer());
      expect(Number(res.headers.get("content-length"))).toBe(body.length);
      const plain = expected === "br" ? zlib.brotliDecompressSync(body) : expected === "gzip" ? zlib.gunzipSync(body) : body;
      expect(plain.toString()).toBe(script);
    }
  });

  it("answers 304 to the ETag of the copy the browser holds, and the other copy when its encoding differs", async () => {
    const first = await get("/index.html", { "accept-encoding": "br" });
    const etag = first.headers.get("etag")!;
    expect(first.headers.get("cache-control")).toBe("no-cache");
    const again = await get("/index.html", { "accept-encoding": "br", "if-none-match": etag });
    expect(again.status).toBe(304);
    expect(await again.text()).toBe("");
    expect(again.headers.get("etag")).toBe(etag);
    const otherEncoding = await get("/index.html", { "accept-encoding": "gzip", "if-none-match": etag });
    expect(otherEncoding.status).toBe(200);
    expect(otherEncoding.headers.get("content-encoding")).toBe("gzip");
    expect(otherEncoding.headers.get("etag")).not.toBe(etag);
  });

  it("answers HEAD with the length of what GET would send", async () => {
    const res = await get("/assets/app-abc123.js", { "accept-encoding": "gzip" }, "HEAD");
    expect(res.status).toBe(200);
    expect(res.headers.get("content-encoding")).toBe("gzip");
    expect(Number(res.headers.get("content-length"))).toBe(statSync(path.join(dir, "assets", "app-abc123.js.gz")).size);
    expect(await res.text()).toBe("");
  });

  it("sends images as they are, without Vary", async () => {
    const res = await get("/icons/icon.png", { "accept-encoding": "br, gzip" });
    expect(res.headers.get("content-type")).toBe("image/png");
    expect(res.headers.get("content-encoding")).toBeNull();
    expect(res.headers.get("vary")).toBeNull();
    expect(Buffer.from(await res.arrayBuffer()).length).toBe(8);
  });

  it("answers the client router's paths with index.html, a missing asset with 404", async () => {
    const route = await get("/recordings", { "accept-encoding": "br" });
    expect(route.status).toBe(200);
    expect(route.headers.get("content-type")).toBe("text/html; charset=utf-8");
    expect(route.headers.get("cache-control")).toBe("no-cache");
    expect(zlib.brotliDecompressSync(Buffer.from(await route.arrayBuffer())).toString()).toBe(page);
    expect((await get("/assets/app-old999.js")).status).toBe(404);
  });

  it("never serves a file outside its folder", async () => {
    for (const attempt of ["/../secret.txt", "/%2e%2e/secret.txt", "/assets/%2e%2e/%2e%2e/secret.txt", "/..%2fsecret.txt", "/%5c..%5csecret.txt", "/%00"]) {
      const res = await get(attempt);
      expect(await res.text(), attempt).not.toContain("not for the web");
    }
  });

  it("over real HTTP, sends the compressed bytes with a matching Content-Length", async () => {
    const server = serve({ fetch: app.fetch, port: 0, hostname: "127.0.0.1" });
    await new Promise((resolve) => server.once("listening", resolve));
    try {
      const { port } = server.address() as AddressInfo;
      const { headers, body } = await new Promise<{ headers: http.IncomingHttpHeaders; body: Buffer }>((resolve, reject) => {
        http
          .get({ host: "127.0.0.1", port, path: "/assets/app-abc123.js", headers: { "accept-encoding": "gzip, deflate, br" } }, (res) => {
            const chunks: Buffer[] = [];
            res.on("data", (chunk: Buffer) => chunks.push(chunk));
            res.on("end", () => resolve({ headers: res.headers, body: Buffer.concat(chunks) }));
          })
          .on("error", reject);
      });
      expect(headers["content-encoding"]).toBe("br");
      expect(headers["transfer-encoding"]).toBeUndefined();
      expect(Number(headers["content-length"])).toBe(body.length);
      expect(zlib.brotliDecompressSync(body).toString()).toBe(script);
    } finally {
      await new Promise((resolve) => server.close(resolve));
    }
  });
});

afterAll(() => rmSync(outside, { recursive: true, force: true }));
