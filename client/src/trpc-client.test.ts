import { mkdtempSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { createTRPCClient, httpLink } from "@trpc/client";
import { sql } from "kysely";
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import { createTestDatabase, type TestDatabase } from "../../db/testing/test-database";
import { createApp } from "../../server/app";
import { alice, seedTwoCompanies, testConfig } from "../../server/testing/fixtures";
import { TestBrowser } from "../../server/testing/http-client";
import { startLoopbackServer } from "../../server/testing/loopback-server";
import type { AppRouter } from "../../server/trpc/app-router";
import { CallError, createClient, httpSend } from "./trpc-client";

/**
 * The client against the real app over real HTTP. What a browser adds by itself (the session
 * cookie, `Origin` on a POST) is this test's fetch's job; every request it makes is noted.
 */

let t: TestDatabase;
let app: ReturnType<typeof createApp>;
let server: Awaited<ReturnType<typeof startLoopbackServer>>;
let cookie: string;
const sent: { url: string; method: string; contentType: string | null; body: unknown; credentials: unknown }[] = [];
const realFetch = globalThis.fetch;

beforeAll(async () => {
  t = await createTestDatabase();
  await seedTwoCompanies(t.db);
  // A built client of one page: what every path outside the API answers.
  const clientDir = mkdtempSync(path.join(os.tmpdir(), "portal-test-client-"));
  writeFileSync(path.join(clientDir, "index.html"), "<!doctype html><title>Portail</title>");
  app = createApp({ db: t.db, config: testConfig({ clientDir }) });
  server = await startLoopbackServer(app);
  cookie = await signedIn();
});
afterAll(async () => {
  await server.close();
  await t.drop();
});
afterEach(() => {
  vi.unstubAllGlobals();
  sent.length = 0;
});

async function signedIn() {
  const browser = new TestBrowser(app);
  expect((await browser.signIn(alice.username, alice.password)).status).toBe(200);
  return browser.cookie;
}

/** fetch as the browser sends it for this session, every request noted in `sent`. */
function asBrowser(session: string) {
  vi.stubGlobal("fetch", async (url: string, init: RequestInit = {}) => {
    const method = init.method ?? "GET";
    sent.push({
      url,
      method,
      contentType: new Headers(init.headers).get("content-type"),
      body: init.body,
      credentials: init.credentials,
    });
    const headers = new Headers(init.headers);
    if (session) headers.set("cookie", session);
    if (method !== "GET") headers.set("origin", server.url);
    return realFetch(url, { ...init, headers });
  });
}

function client(url = `${server.url}/trpc`, onUnauthorized = () => {}) {
  return createClient(httpSend(url, onUnauthorized));
}

async function failure(call: Promise<unknown>): Promise<CallError> {
  const error = await call.then(
    () => expect.unreachable("the call succeeded"),
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(CallError);
  return error as CallError;
}

const today = new Date().toISOString().slice(0, 10);

describe("the requests", () => {
  it("are the ones @trpc/client's httpLink made: GET with ?input only when there is one, POST with JSON", async () => {
    asBrowser(cookie);
    const calls = async (trpc: ReturnType<typeof client>) => {
      await trpc.session.me.query();
      await trpc.messages.search.query({ filters: { from: today, to: today, keyword: "fuite & « eau »" }, offset: 0 });
      await trpc.session.setLocale.mutate({ locale: "fr" });
    };
    await calls(client());
    const ours = sent.splice(0);
    await calls(createTRPCClient<AppRouter>({ links: [httpLink({ url: `${server.url}/trpc`, fetch: (url, init) => fetch(url, { ...init, credentials: "same-origin" }) })] }));
    const theirs = sent.splice(0);

    expect(ours).toEqual(theirs);
    expect(ours.map((r) => [r.method, r.url.slice(server.url.length), r.contentType, r.credentials])).toEqual([
      ["GET", "/trpc/session.me", null, "same-origin"],
      ["GET", expect.stringMatching(/^\/trpc\/messages\.search\?input=%7B%22filters%22/), null, "same-origin"],
      ["POST", "/trpc/session.setLocale", "application/json", "same-origin"],
    ]);
    expect(ours[2]!.body).toBe('{"locale":"fr"}');
  });

  it("resolve with the procedure's data", async () => {
    asBrowser(cookie);
    const me = await client().session.me.query();
    expect(me.user.username).toBe(alice.username);
    expect(await client().session.setLocale.mutate({ locale: "en" })).toEqual({ locale: "en" });
  });
});

describe("a failed call", () => {
  it("BAD_REQUEST: the server's data, with the fields' message keys", async () => {
    asBrowser(cookie);
    const error = await failure(client().messages.search.query({ filters: { from: today, to: today, keyword: "a\u0000b" } }));
    expect(error.data).toMatchObject({ code: "BAD_REQUEST", httpStatus: 400 });
    expect(Object.values(error.data?.fieldErrors ?? {}).flat()).toContain("invalidCharacter");
    expect(error.message).toBe("invalid_input");
  });

  it("UNAUTHORIZED: the handler is called", async () => {
    asBrowser("");
    const onUnauthorized = vi.fn();
    const error = await failure(client(undefined, onUnauthorized).session.me.query());
    expect(error.data?.code).toBe("UNAUTHORIZED");
    expect(onUnauthorized).toHaveBeenCalledTimes(1);
  });

  it("a 500 that is not tRPC's: no data, and no network TypeError", async () => {
    // A session no cache holds: it is read, before tRPC runs, from a table that is not there.
    asBrowser(await signedIn());
    const onUnauthorized = vi.fn();
    await sql`alter table grants rename to grants_hidden`.execute(t.db);
    try {
      const error = await failure(client(undefined, onUnauthorized).session.me.query());
      expect(error.data).toBeUndefined();
      expect(error.cause).not.toBeInstanceOf(TypeError);
    } finally {
      await sql`alter table grants_hidden rename to grants`.execute(t.db);
    }
    expect(onUnauthorized).not.toHaveBeenCalled();
  });

  it("HTML where JSON was expected (a page, as a proxy would answer): no data", async () => {
    asBrowser(cookie);
    const error = await failure(client(`${server.url}/no-such-page`).session.me.query());
    expect(error.data).toBeUndefined();
    // JSON.parse's, not the network's.
    expect(error.cause).toBeInstanceOf(SyntaxError);
  });

  it("the network down: fetch's TypeError as the cause, no data", async () => {
    const closed = await startLoopbackServer(app);
    await closed.close();
    asBrowser(cookie);
    const error = await failure(client(`${closed.url}/trpc`).session.me.query());
    expect(error.data).toBeUndefined();
    expect(error.cause).toBeInstanceOf(TypeError);
  });
});
