import { sql } from "kysely";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDatabase, type TestDatabase } from "../../db/testing/test-database";
import { createApp } from "../app";
import { alice, seedTwoCompanies, testConfig } from "../testing/fixtures";
import { TestBrowser } from "../testing/http-client";

let t: TestDatabase;
let app: ReturnType<typeof createApp>;
let browser: TestBrowser;

beforeAll(async () => {
  t = await createTestDatabase();
  await seedTwoCompanies(t.db);
  app = createApp({ db: t.db, config: testConfig() });
  browser = new TestBrowser(app);
  await browser.signIn(alice.username, alice.password);
});
afterAll(() => t.drop());

const nul = "ab\u0000cd";
const today = new Date().toISOString().slice(0, 10);
/** What PostgreSQL says of a NUL, and what a stack trace looks like: neither may reach a client. */
const leaks = /0x00|invalid byte sequence|unsupported Unicode|postgres|\bat .*\.ts|internal_error/i;

describe("text the database refuses (NUL)", () => {
  const procedures: [string, unknown, "query" | "mutation"][] = [
    ["billing.history", { billing: nul }, "query"],
    ["recordings.search", { from: `${today}T00:00`, to: `${today}T23:59`, callerId: nul }, "query"],
    ["messages.search", { filters: { from: today, to: today, keyword: nul } }, "query"],
    ["statistics.figures", { from: today, to: today, agent: nul }, "query"],
    ["account.requestChange", { account: 5201, body: nul }, "mutation"],
    ["exports.email", { section: "recordings", filters: {}, recipients: ["a@example.com"], note: nul }, "mutation"],
    ["session.changePassword", { current: nul, next: "a-new-password" }, "mutation"],
    ["session.setLocale", { locale: "fr", [nul]: 1 }, "mutation"],
  ];
  for (const [path, input, kind] of procedures) {
    it(`${path}: 400 with the field's message, nothing from the database`, async () => {
      const res = await browser.trpc(path, input, kind);
      expect(res.status).toBe(400);
      expect(JSON.stringify(res.body)).not.toMatch(leaks);
      expect(Object.values(res.body.error.data.fieldErrors).flat()).toContain("invalidCharacter");
    });
  }

  it("/exports: 400 with the field's message", async () => {
    const filters = encodeURIComponent(JSON.stringify({ from: `${today}T00:00`, to: `${today}T23:59`, callerId: nul }));
    const res = await browser.request(`/exports/recordings.xlsx?filters=${filters}`);
    expect(res.status).toBe(400);
    const body = await res.json();
    expect(JSON.stringify(body)).not.toMatch(leaks);
    expect(body.fieldErrors.callerId).toEqual(["Ce texte contient un caractère non permis."]);
  });

  it("/auth/login: 400 with the field's message, JSON and form alike", async () => {
    const json = await new TestBrowser(app).signIn(nul, "whatever-password");
    expect(json.status).toBe(400);
    expect(await json.json()).toEqual({ error: "invalid_input", fieldErrors: { username: ["invalidCharacter"] } });
    const form = await new TestBrowser(app).request("/auth/login", {
      method: "POST",
      headers: { "content-type": "application/x-www-form-urlencoded", "accept-language": "en-CA" },
      body: new URLSearchParams({ username: "alice", password: nul }).toString(),
    });
    expect(form.status).toBe(400);
    expect(await form.text()).toBe("This text contains a character that is not allowed.");
  });
});

describe("an unexpected error", () => {
  it("answers 500 internal_error, never the database's own message", async () => {
    // Every procedure reads the user's grants: without the table, PostgreSQL's error is thrown.
    // A session signed in but not yet used, so that no cache holds its grants (server/auth/session-cache.ts).
    const unread = new TestBrowser(app);
    expect((await unread.signIn(alice.username, alice.password)).status).toBe(200);
    await sql`alter table grants rename to grants_hidden`.execute(t.db);
    try {
      const res = await unread.trpc("session.me");
      expect(res.status).toBe(500);
      // The session is read before tRPC runs (one statement, cached a second): the app's own 500.
      expect(res.body).toEqual({ error: "internal_error" });
      expect(JSON.stringify(res.body)).not.toMatch(/grants|relation|does not exist/);
    } finally {
      await sql`alter table grants_hidden rename to grants`.execute(t.db);
    }
  });
});
