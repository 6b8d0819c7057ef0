import { mkdir, writeFile } from "node:fs/promises";
import net from "node:net";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDatabase, type TestDatabase } from "../../db/testing/test-database";
import { createApp } from "../app";
import type { Config } from "../config";
import { alice, seedTwoCompanies, testConfig } from "../testing/fixtures";
import { TestBrowser } from "../testing/http-client";
import { startLoopbackServer } from "../testing/loopback-server";
import { insertCalls } from "../testing/seed-calls";
import { bodyLimits } from "./body-limits";

let t: TestDatabase;
let config: Config;
let app: ReturnType<typeof createApp>;
let browser: TestBrowser;

beforeAll(async () => {
  t = await createTestDatabase();
  await seedTwoCompanies(t.db);
  config = testConfig();
  await mkdir(config.recordingsDir, { recursive: true });
  await writeFile(path.join(config.recordingsDir, "a.wav"), Buffer.alloc(100, 1));
  await insertCalls(t.db, [{ call_number: 1, account_number: 5201, started_at: new Date(Date.now() - 3_600_000), recording_file: "a.wav" }]);
  app = createApp({ db: t.db, config });
  browser = new TestBrowser(app);
  await browser.signIn(alice.username, alice.password);
});
afterAll(() => t.drop());

const expectSecurityHeaders = (res: Response, what: string) => {
  expect(res.headers.get("content-security-policy"), what).toContain("default-src 'self'");
  expect(res.headers.get("x-content-type-options"), what).toBe("nosniff");
  expect(res.headers.get("x-frame-options"), what).toBe("DENY");
  expect(res.headers.get("referrer-policy"), what).toBe("same-origin");
};

describe("security headers", () => {
  it("are on every answer: data, errors, 404s, recordings", async () => {
    const answers: [string, Response][] = [
      ["healthz", await browser.request("/healthz")],
      ["trpc data", await browser.request("/trpc/session.me")],
      ["trpc 401", await new TestBrowser(app).request("/trpc/session.me")],
      ["trpc 404", await browser.request("/trpc/nothing.here")],
      ["recording 404", await browser.request("/recordings/999")],
      ["recording 200", await browser.request("/recordings/1")],
      ["recording 206", await browser.request("/recordings/1", { headers: { range: "bytes=0-9" } })],
      ["export 400", await browser.request("/exports/recordings.xlsx?filters=nope")],
      ["origin 403", await browser.request("/trpc/session.setLocale", { method: "POST", headers: { origin: "https://evil.example" } })],
      ["login 413", await browser.request("/auth/login", { method: "POST", headers: { "content-type": "application/json" }, body: "x".repeat(bodyLimits.auth + 1) })],
    ];
    for (const [what, res] of answers) expectSecurityHeaders(res, what);
  });

  it("the recording written straight to the socket has them too", async () => {
    const server = await startLoopbackServer(app);
    try {
      const res = await fetch(`${server.url}/recordings/1`, { headers: { cookie: browser.cookie } });
      expect(res.status).toBe(200);
      expectSecurityHeaders(res, "recording over a socket");
    } finally {
      await server.close();
    }
  });

  it("tRPC answers and exports are private, no-store", async () => {
    expect((await browser.request("/trpc/session.me")).headers.get("cache-control")).toBe("private, no-store");
    expect((await new TestBrowser(app).request("/trpc/session.me")).headers.get("cache-control")).toBe("private, no-store");
    const today = new Date().toISOString().slice(0, 10);
    const xlsx = await browser.request(`/exports/billing.xlsx?filters=${encodeURIComponent(JSON.stringify({ account: 5201 }))}`);
    expect(xlsx.status).toBe(200);
    expect(xlsx.headers.get("cache-control")).toBe("private, no-store");
    await xlsx.arrayBuffer();
    void today;
  });
});

describe("behind a TLS proxy on loopback (TRUST_PROXY)", () => {
  const signIn = (url: string, headers: Record<string, string>) =>
    fetch(`${url}/auth/login`, {
      method: "POST",
      headers: { "content-type": "application/json", ...headers },
      body: JSON.stringify({ username: alice.username, password: alice.password }),
    });

  it("with it, X-Forwarded-Proto: https gives Secure cookies and HSTS", async () => {
    const server = await startLoopbackServer(createApp({ db: t.db, config: { ...config, trustProxy: true } }));
    try {
      const res = await signIn(server.url, { "x-forwarded-proto": "https", "x-forwarded-for": "203.0.113.9" });
      expect(res.status).toBe(200);
      expect(res.headers.get("set-cookie")).toMatch(/; Secure/);
      expect(res.headers.get("strict-transport-security")).toMatch(/^max-age=\d+/);
      const plain = await signIn(server.url, {});
      expect(plain.headers.get("set-cookie")).not.toMatch(/Secure/);
      expect(plain.headers.get("strict-transport-security")).toBeNull();
      const attempts = await t.db.selectFrom("sign_in_attempts").select("address").orderBy("id", "desc").limit(2).execute();
      expect(attempts.map((a) => a.address)).toEqual(["127.0.0.1", "203.0.113.9"]);
    } finally {
      await server.close();
    }
  });

  it("without it, the same headers are ignored", async () => {
    const server = await startLoopbackServer(createApp({ db: t.db, config: { ...config, trustProxy: false } }));
    try {
      const res = await signIn(server.url, { "x-forwarded-proto": "https", "x-forwarded-for": "203.0.113.9" });
      expect(res.status).toBe(200);
      expect(res.headers.get("set-cookie")).not.toMatch(/Secure/);
      expect(res.headers.get("strict-transport-security")).toBeNull();
    } finally {
      await server.close();
    }
  });
});

/** Sends headers and the first `sent` bytes of a body announced as `announced` bytes; resolves with the status line. */
function partialPost(port: number, target: string, announced: number, sent: number, extra = ""): Promise<string> {
  return new Promise((resolve, reject) => {
    const socket = net.connect(port, "127.0.0.1", () => {
      socket.write(
        `POST ${target} HTTP/1.1\r\nHost: 127.0.0.1:${port}\r\nOrigin: http://127.0.0.1:${port}\r\nContent-Type: application/json\r\n${extra}Content-Length: ${announced}\r\n\r\n`,
      );
      socket.write(Buffer.alloc(sent, 0x20));
    });
    let answer = "";
    socket.on("data", (chunk) => {
      answer += chunk.toString("latin1");
      if (answer.includes("\r\n")) {
        socket.destroy();
        resolve(answer.split("\r\n")[0]!);
      }
    });
    socket.on("error", reject);
  });
}

describe("request bodies", () => {
  it("over the limit are 413 before being read: a 200 MB sign-in is refused after its first megabyte", async () => {
    const server = await startLoopbackServer(app);
    try {
      expect(await partialPost(server.port, "/auth/login", 200 * 1024 * 1024, 1024 * 1024)).toBe("HTTP/1.1 413 Payload Too Large");
      expect(await partialPost(server.port, "/trpc/session.setLocale", 200 * 1024 * 1024, 1024 * 1024)).toBe("HTTP/1.1 413 Payload Too Large");
    } finally {
      await server.close();
    }
  });

  it("/auth and /trpc have their own limits, chunked bodies included", async () => {
    const post = (target: string, body: string | ReadableStream) =>
      browser.request(target, { method: "POST", headers: { "content-type": "application/json" }, body, duplex: "half" } as RequestInit);
    expect((await post("/auth/login", JSON.stringify({ username: "a", password: "b".repeat(bodyLimits.auth) }))).status).toBe(413);
    const big = JSON.stringify({ locale: "fr", padding: "x".repeat(bodyLimits.trpc) });
    const tooBig = await post("/trpc/session.setLocale", big);
    expect(tooBig.status).toBe(413);
    expect(await tooBig.json()).toEqual({ error: "payload_too_large", maxBytes: bodyLimits.trpc });
    const chunks = new ReadableStream({
      start(controller) {
        for (let i = 0; i < 40; i++) controller.enqueue(new TextEncoder().encode("x".repeat(10_000)));
        controller.close();
      },
    });
    expect((await post("/trpc/session.setLocale", chunks)).status).toBe(413);
    // A sensible call still goes through.
    expect((await post("/trpc/session.setLocale", JSON.stringify({ locale: "fr" }))).status).toBe(200);
  });

  it("a tRPC batch of more than 10 calls is refused whole", async () => {
    const paths = Array.from({ length: 11 }, () => "session.me").join(",");
    const res = await browser.request(`/trpc/${paths}?batch=1&input=${encodeURIComponent(JSON.stringify({}))}`);
    expect(res.status).toBe(400);
    const ten = Array.from({ length: 10 }, () => "session.me").join(",");
    expect((await browser.request(`/trpc/${ten}?batch=1&input=${encodeURIComponent(JSON.stringify({}))}`)).status).toBe(200);
  });
});
