import { mkdirSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDatabase, type TestDatabase } from "../../db/testing/test-database";
import { addDays, fromLocal, today } from "../../shared/time-zone";
import { createApp } from "../app";
import { addToken } from "../ingest/api-tokens";
import { LiveEvents } from "../live/live-events";
import { readEvents } from "../live/testing/sse-reader";
import { flagName } from "../cli/filter-flags";
import { portal } from "../testing/portal-command";
import { readXlsx } from "../exports/testing/read-xlsx";
import { reports } from "../reports/registry";
import { alice, bob, seedTwoCompanies, testConfig } from "../testing/fixtures";
import { TestBrowser } from "../testing/http-client";
import { insertCalls } from "../testing/seed-calls";
import { appRouter } from "../trpc/app-router";

/**
 * The isolation matrix: every tRPC procedure (read from the router itself: a procedure without
 * a row here fails the first test), every HTTP route (read from the Hono app: a route without
 * a row in `httpRoutes` fails too), the live events, the switch's `/ingest`, every export, the
 * e-mail and `portal report`, called by
 * Bob of the second client company with the identifiers of Alice's (account 5201, billing
 * 120045, her call and message numbers) — and nothing of hers comes back. Each read row first
 * checks that Alice herself gets her data with the same input, so that "nothing" is never an
 * empty database passing for isolation.
 *
 * A new procedure: add a row to `matrix` — its kind, an input naming Alice's identifiers, and
 * `shows: true` if Alice's own answer contains her data (a marker below).
 */
const config = testConfig();
const zone = config.timeZone;
const yesterday = addDays(today(zone), -1);
const from = addDays(yesterday, -7);
const A = { account: 5201, billing: "120045", call: 900001, message: 700001 };
/** Texts only Alice's company's data contains. */
const markers = ["MARKER-A", "Plomberie"];

interface Row {
  kind: "query" | "mutation";
  input: unknown;
  /** Alice's own answer to the same input contains her data. */
  shows?: boolean;
}

const statisticsInput = { from, to: yesterday, account: A.account };
const matrix: Record<string, Row> = {
  "session.me": { kind: "query", input: undefined, shows: true },
  "session.setLocale": { kind: "mutation", input: { locale: "fr" } },
  "session.changePassword": { kind: "mutation", input: { current: alice.password, next: "taken-over-1234" } },
  "recordings.search": { kind: "query", input: { from: `${from}T00:00`, to: `${yesterday}T23:59`, account: A.account, call: A.call }, shows: true },
  "statistics.figures": { kind: "query", input: statisticsInput, shows: true },
  "statistics.charts": { kind: "query", input: statisticsInput },
  "statistics.options": { kind: "query", input: undefined },
  "statistics.calls": { kind: "query", input: { filters: statisticsInput, figure: "totalInbound" }, shows: true },
  "account.pages": { kind: "query", input: { account: A.account }, shows: true },
  "account.requestChange": { kind: "mutation", input: { account: A.account, body: "MARKER-B wants in" } },
  "account.requests": { kind: "query", input: undefined },
  "billing.history": { kind: "query", input: { billing: A.billing }, shows: true },
  "billable.page": { kind: "query", input: { filters: { from, to: yesterday, account: A.account } }, shows: true },
  "billable.cycleMeter": { kind: "query", input: { account: A.account } },
  "exports.email": {
    kind: "mutation",
    input: { section: "messages", filters: { from, to: yesterday, account: A.account }, recipients: ["bob@example.test"] },
  },
  "messages.search": { kind: "query", input: { filters: { from, to: yesterday, account: A.account, call: A.call } }, shows: true },
  "messages.byId": { kind: "query", input: { messageId: A.message }, shows: true },
  "messages.acknowledge": { kind: "mutation", input: { messageId: A.message, action: "acknowledged" } },
  "push.publicKey": { kind: "query", input: undefined },
  "push.device": { kind: "query", input: { endpoint: "https://push.example/alice-phone" } },
  "push.subscribe": {
    kind: "mutation",
    input: { endpoint: "https://push.example/bob-phone", keys: { p256dh: "BPbob", auth: "bob" }, accounts: [A.account], messages: true, callOutcomes: ["answered"], includeTitle: true },
  },
  "push.update": { kind: "mutation", input: { endpoint: "https://push.example/alice-phone", accounts: [A.account], messages: true, callOutcomes: [], includeTitle: true } },
  "push.unsubscribe": { kind: "mutation", input: { endpoint: "https://push.example/alice-phone" } },
  // A link's filters checked by their schema: it reads no account, so Bob naming Alice's gets back
  // only what he sent (and billable.page above, which that link would open, shows him nothing of hers).
  "links.check": { kind: "query", input: { section: "billable", named: { from, to: yesterday, account: A.account } } },
};

/**
 * Every route and middleware of the app (`app.routes`: method and path), and the test below
 * that calls it as Bob. A new route fails "has a row for every HTTP route" until it has one.
 */
const httpRoutes: Record<string, string> = {
  "ALL /*": "middleware of every answer (each test below goes through it)",
  "ALL /auth/*": "POST /auth (body limit, then 404 for unknown paths)",
  "POST /auth/login": "POST /auth",
  "POST /auth/logout": "POST /auth",
  "ALL /trpc/*": "the tRPC procedures (one test each)",
  "GET /recordings/:callNumber": "GET /recordings",
  "HEAD /recordings/:callNumber": "GET /recordings",
  "ALL /ingest/*": "/ingest",
  "POST /ingest": "/ingest",
  "PUT /ingest/recordings/:callNumber": "/ingest",
  "GET /ingest/acknowledgements": "/ingest",
  "GET /healthz": "GET /healthz and the client's files",
  "GET /exports/:file": "GET /exports (one test a section)",
  "ALL /exports/*": "GET /exports (one test a section)",
  "GET /events": "GET /events",
  "ALL /events/*": "GET /events",
  "GET /*": "GET /healthz and the client's files",
  "HEAD /*": "GET /healthz and the client's files",
};

/** Each section's export filters, naming Alice's account or billing number. */
const exportFilters: Record<string, unknown> = {
  recordings: { from: `${from}T00:00`, to: `${yesterday}T23:59`, account: A.account },
  messages: { from, to: yesterday, account: A.account },
  billing: { billing: A.billing },
  billable: { from, to: yesterday, account: A.account },
  statistics: statisticsInput,
};

let t: TestDatabase;
let app: ReturnType<typeof createApp>;
let aliceBrowser: TestBrowser;
let bobBrowser: TestBrowser;

beforeAll(async () => {
  t = await createTestDatabase();
  await seedTwoCompanies(t.db);
  const at = fromLocal(yesterday, "10:00:00", zone);
  mkdirSync(config.recordingsDir, { recursive: true });
  writeFileSync(path.join(config.recordingsDir, "900001-a.wav"), Buffer.alloc(4000, 1));
  await insertCalls(t.db, [
    { call_number: A.call, account_number: A.account, started_at: at, caller_name: "MARKER-A caller", recording_file: "900001-a.wav", recording_type: "audio/wav", recording_bytes: 4000 },
  ]);
  await t.db
    .insertInto("messages")
    .values({ message_id: A.message, account_number: A.account, call_number: A.call, taken_at: at, agent: "ELD", title: "MARKER-A message", fields: JSON.stringify([{ label: "Nom", value: "MARKER-A person" }]), history: JSON.stringify([]) })
    .execute();
  await t.db.insertInto("billing_entries").values({ billing_number: A.billing, entry_id: "A-1", date: yesterday, description: "MARKER-A invoice", amount: "12.50", account_number: A.account }).execute();
  await t.db.insertInto("billable_calls").values({ account_number: A.account, call_number: A.call, at, description: "MARKER-A billable", number: "5145550100", caller_name: "MARKER-A caller", agent: "ELD", stat_seconds: 60 }).execute();
  await t.db.updateTable("accounts").set({ info_pages: JSON.stringify([{ title: "MARKER-A page", body: "MARKER-A body" }]) }).where("account_number", "=", A.account).execute();

  app = createApp({ db: t.db, config });
  aliceBrowser = new TestBrowser(app);
  bobBrowser = new TestBrowser(app);
  expect((await aliceBrowser.signIn(alice.username, alice.password)).status).toBe(200);
  expect((await bobBrowser.signIn(bob.username, bob.password)).status).toBe(200);
  expect((await aliceBrowser.trpc("account.requestChange", { account: A.account, body: "MARKER-A change" }, "mutation")).status).toBe(200);
});
afterAll(async () => {
  await live?.close();
  await t.drop();
});
let live: LiveEvents | undefined;

const leaked = (text: string) => markers.filter((m) => text.includes(m));

describe("the isolation matrix", () => {
  it("has a row for every tRPC procedure of the router", () => {
    const procedures = Object.keys(appRouter._def.procedures).sort();
    expect(Object.keys(matrix).sort()).toEqual(procedures);
  });

  for (const [procedure, row] of Object.entries(matrix)) {
    it(`${procedure}: nothing of the first company for the second company's user`, async () => {
      if (row.shows) {
        const own = await aliceBrowser.trpc(procedure, row.input, row.kind);
        expect(own.status, JSON.stringify(own.body)).toBe(200);
        expect(leaked(JSON.stringify(own.body)).length, `${procedure}: Alice's own answer has her data`).toBeGreaterThan(0);
      }
      const theirs = await bobBrowser.trpc(procedure, row.input, row.kind);
      expect(theirs.status).toBeLessThan(500);
      expect(leaked(JSON.stringify(theirs.body))).toEqual([]);
    });
  }

  it("billable.page: the totals (from the rollup, which holds every account's sums) count none of Alice's calls for Bob", async () => {
    const totals = async (browser: TestBrowser, filters: object) => {
      const res = await browser.trpc("billable.page", { filters: { from, to: yesterday, ...filters } }, "query");
      return res.status === 200 ? res.body.result.data.totals : null;
    };
    expect(await totals(aliceBrowser, {})).toMatchObject({ calls: 1, statSeconds: 60 });
    expect(await totals(aliceBrowser, { account: A.account })).toMatchObject({ calls: 1, statSeconds: 60 });
    expect(await totals(bobBrowser, {})).toMatchObject({ calls: 0, statSeconds: 0 });
    const named = await totals(bobBrowser, { account: A.account });
    if (named !== null) expect(named).toMatchObject({ calls: 0, statSeconds: 0 });
  });

  it("Bob's mutations changed nothing of Alice's: her password, her locale, her requests", async () => {
    expect((await new TestBrowser(app).signIn(alice.username, alice.password)).status).toBe(200);
    const requests = await t.db.selectFrom("change_requests").selectAll().where("account_number", "=", A.account).execute();
    expect(requests.map((r) => JSON.stringify(r)).join()).not.toContain("MARKER-B");
    // The report Bob e-mailed (the outbox's .eml files: no SMTP_URL here) has nothing of hers.
    const mails = readdirSync(config.outboxDir)
      .filter((name) => name.endsWith(".eml"))
      .map((name) => readFileSync(path.join(config.outboxDir, name), "utf8"))
      .filter((text) => /^To: bob@example\.test/m.test(text));
    expect(mails).toHaveLength(1);
    expect(leaked(mails[0]!)).toEqual([]);
  });

  it("has a row for every HTTP route of the app", () => {
    const routes = [...new Set(app.routes.map((r) => `${r.method} ${r.path}`))].sort();
    expect(Object.keys(httpRoutes).sort()).toEqual(routes);
  });

  it("GET /recordings/<Alice's call>: her file for her, 404 for Bob", async () => {
    expect((await aliceBrowser.request(`/recordings/${A.call}`)).status).toBe(200);
    const theirs = await bobBrowser.request(`/recordings/${A.call}`);
    expect(theirs.status).toBe(404);
    expect((await bobBrowser.request(`/recordings/${A.call}?download=1`)).status).toBe(404);
    expect((await aliceBrowser.request(`/recordings/${A.call}`, { method: "HEAD" })).status).toBe(200);
    expect((await bobBrowser.request(`/recordings/${A.call}`, { method: "HEAD" })).status).toBe(404);
  });

  it("POST /auth: Bob signing out ends his session only; Alice's stays", async () => {
    const bobAgain = new TestBrowser(app);
    expect((await bobAgain.signIn(bob.username, bob.password)).status).toBe(200);
    expect((await bobAgain.request("/auth/logout", { method: "POST" })).status).toBeLessThan(300);
    const me = await aliceBrowser.trpc("session.me", undefined, "query");
    expect(me.status).toBe(200);
    expect(JSON.stringify(me.body)).toContain(alice.username);
    expect((await bobAgain.request("/auth/whatever", { method: "POST" })).status).toBe(404);
  });

  it("GET /healthz and the client's files: no data of anyone", async () => {
    for (const url of ["/healthz", `/recordings-page/${A.call}`, `/messages/${A.message}`]) {
      for (const method of ["GET", "HEAD"]) {
        const res = await bobBrowser.request(url, { method });
        expect(res.status).toBeLessThan(500);
        expect(leaked(await res.text())).toEqual([]);
      }
    }
  });

  it("GET /events: Alice hears of her account's new message; Bob hears nothing of it, only of his", async () => {
    live = new LiveEvents(t.db, t.url);
    await live.start();
    const liveApp = createApp({ db: t.db, config, live });
    const aliceLive = new TestBrowser(liveApp);
    const bobLive = new TestBrowser(liveApp);
    expect((await aliceLive.signIn(alice.username, alice.password)).status).toBe(200);
    expect((await bobLive.signIn(bob.username, bob.password)).status).toBe(200);
    const token = await addToken(t.db, "isolation-switch");
    const ingest = (accountNumber: number, messageId: number) =>
      liveApp.request("http://portal.test/ingest", {
        method: "POST",
        headers: { authorization: `Bearer ${token}` },
        body: JSON.stringify({ type: "message", messageId, accountNumber, callNumber: null, takenAt: new Date().toISOString(), title: "MARKER-A live", fields: [], history: [] }),
      });
    const aliceEvents = readEvents(await aliceLive.request("/events"));
    const bobEvents = readEvents(await bobLive.request("/events"));
    expect((await aliceEvents.next())?.event).toBe("ready");
    expect((await bobEvents.next())?.event).toBe("ready");
    expect((await ingest(A.account, 700101)).status).toBe(200);
    const hers = await aliceEvents.next(2000);
    expect(JSON.parse(hers!.data)).toMatchObject({ accounts: { [A.account]: 1 } });
    // Bob's next event is about his own account: nothing of Alice's came before it.
    expect((await ingest(6101, 700102)).status).toBe(200);
    const his = await bobEvents.next(2000);
    expect(JSON.parse(his!.data)).toEqual({ kind: "message", accounts: { "6101": 1 } });
    expect(leaked(his!.data)).toEqual([]);
    expect((await bobLive.request("/events/anything")).status).toBe(404);
    aliceEvents.close();
    bobEvents.close();
  });

  it("/ingest: a user's session is never enough, and the switch's token opens no user page", async () => {
    const token = await addToken(t.db, "isolation-token");
    const before = await t.db.selectFrom("messages").select("message_id").execute();
    const body = JSON.stringify({ type: "message", messageId: 700201, accountNumber: A.account, callNumber: null, takenAt: new Date().toISOString(), title: "MARKER-B", fields: [], history: [] });
    for (const browser of [aliceBrowser, bobBrowser]) {
      expect((await browser.request("/ingest", { method: "POST", body })).status).toBe(401);
      expect((await browser.request(`/ingest/recordings/${A.call}`, { method: "PUT", headers: { "content-type": "audio/wav" }, body: "RIFF" })).status).toBe(401);
      const acks = await browser.request("/ingest/acknowledgements");
      expect(acks.status).toBe(401);
      expect(leaked(await acks.text())).toEqual([]);
    }
    expect(await t.db.selectFrom("messages").select("message_id").execute()).toEqual(before);
    const bearer = { authorization: `Bearer ${token}` };
    const userPages = [
      "/trpc/session.me",
      `/trpc/messages.byId?input=${encodeURIComponent(JSON.stringify({ messageId: A.message }))}`,
      `/recordings/${A.call}`,
      `/exports/messages.xlsx?filters=${encodeURIComponent(JSON.stringify(exportFilters.messages))}`,
      "/events",
    ];
    for (const url of userPages) {
      const res = await app.request(`http://portal.test${url}`, { headers: bearer });
      expect([401, 404], url).toContain(res.status);
      expect(leaked(await res.text())).toEqual([]);
    }
  });

  for (const section of Object.keys(reports)) {
    it(`GET /exports/${section}.xlsx with Alice's identifiers: none of her rows for Bob`, async () => {
      const filters = exportFilters[section];
      expect(filters, `add ${section}'s export filters to exportFilters`).toBeDefined();
      const url = `/exports/${section}.xlsx?filters=${encodeURIComponent(JSON.stringify(filters))}`;
      const sheetsText = async (browser: TestBrowser) => {
        const res = await browser.request(url);
        if (res.status !== 200) return { status: res.status, text: await res.text() };
        const file = path.join(config.outboxDir, `${section}-${Math.random()}.xlsx`);
        mkdirSync(config.outboxDir, { recursive: true });
        writeFileSync(file, Buffer.from(await res.arrayBuffer()));
        return { status: 200, text: JSON.stringify(readXlsx(file)) };
      };
      const own = await sheetsText(aliceBrowser);
      expect(own.status).toBe(200);
      if (section !== "statistics") expect(leaked(own.text).length).toBeGreaterThan(0);
      const theirs = await sheetsText(bobBrowser);
      expect(theirs.status).toBeLessThan(500);
      expect(leaked(theirs.text)).toEqual([]);
    });
  }

  for (const section of Object.keys(reports)) {
    it(`portal report ${section} --user bob with Alice's identifiers: none of her rows`, { timeout: 60_000 }, async () => {
      const filters = exportFilters[section] as Record<string, unknown>;
      const flags = Object.entries(filters).flatMap(([key, value]) => [`--${flagName(key)}`, String(value)]);
      const env = { DATABASE_URL: t.url, PORTAL_TIMEZONE: zone, PORTAL_DATA_DIR: path.join(config.outboxDir, "cli-data") };
      const run = (user: string) => portal(["report", section, ...flags, "--user", user], env);
      if (section !== "statistics") {
        const own = await run(alice.username);
        expect(own.code, own.stderr).toBe(0);
        expect(leaked(own.stdout).length, `portal report ${section}: Alice's own report has her data`).toBeGreaterThan(0);
      }
      const theirs = await run(bob.username);
      expect(leaked(theirs.stdout + theirs.stderr)).toEqual([]);
    });
  }
});
