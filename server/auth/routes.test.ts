import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { createTestDatabase, type TestDatabase } from "../../db/testing/test-database";
import { createApp } from "../app";
import { alice, bob, seedTwoCompanies, testConfig } from "../testing/fixtures";
import { TestBrowser } from "../testing/http-client";
import { sessionIdOf } from "./session";

let t: TestDatabase;
let app: ReturnType<typeof createApp>;

beforeAll(async () => {
  t = await createTestDatabase();
  await seedTwoCompanies(t.db);
  app = createApp({ db: t.db, config: testConfig() });
});
afterAll(() => t.drop());

describe("POST /auth/login", () => {
  it("signs in with JSON and sets an HttpOnly, SameSite=Lax session cookie", async () => {
    const browser = new TestBrowser(app);
    const res = await browser.signIn(alice.username, alice.password);
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ ok: true, locale: "fr" });
    const cookie = res.headers.get("set-cookie")!;
    expect(cookie).toMatch(/^portal_session=[a-z2-7]{32};/);
    expect(cookie).toContain("HttpOnly");
    expect(cookie).toContain("SameSite=Lax");
  });

  it("stores only the token's hash", async () => {
    const browser = new TestBrowser(app);
    await browser.signIn(alice.username, alice.password);
    const token = browser.cookie.split("=")[1]!;
    const ids = (await t.db.selectFrom("sessions").select("id").execute()).map((r) => r.id);
    expect(ids).toContain(sessionIdOf(token));
    expect(ids).not.toContain(token);
  });

  it("accepts a form post and redirects home", async () => {
    const browser = new TestBrowser(app);
    const res = await browser.request("/auth/login", {
      method: "POST",
      headers: { "content-type": "application/x-www-form-urlencoded" },
      body: new URLSearchParams({ username: "ALICE", password: alice.password }).toString(),
    });
    expect(res.status).toBe(303);
    expect(res.headers.get("location")).toBe("/");
  });

  it("answers 401 alike for a wrong password and an unknown user", async () => {
    const wrong = await new TestBrowser(app).signIn(bob.username, "not the password");
    const unknown = await new TestBrowser(app).signIn("nobody-here", "whatever-1");
    expect([wrong.status, unknown.status]).toEqual([401, 401]);
    expect(await wrong.text()).toBe(await unknown.text());
    expect(wrong.headers.get("set-cookie")).toBeNull();
  });
});

describe("sessions", () => {
  beforeEach(() => t.db.deleteFrom("sign_in_throttle").execute());
  it("lets a signed-in user call protected procedures, and logout ends the session", async () => {
    const browser = new TestBrowser(app);
    expect((await browser.trpc("session.me")).status).toBe(401);
    await browser.signIn(alice.username, alice.password);
    const me = await browser.trpc("session.me");
    expect(me.status).toBe(200);
    expect(me.body.result.data.accounts.map((a: any) => a.accountNumber)).toEqual([5201, 5202]);
    const stolen = browser.cookie;
    expect((await browser.request("/auth/logout", { method: "POST" })).status).toBe(200);
    browser.cookie = stolen;
    expect((await browser.trpc("session.me")).status).toBe(401);
  });

  it("ends a session that went unused past the inactivity timeout", async () => {
    const browser = new TestBrowser(app);
    await browser.signIn(alice.username, alice.password);
    await t.db
      .updateTable("sessions")
      .set({ expires_at: new Date(Date.now() - 1000) })
      .where("id", "=", sessionIdOf(browser.cookie.split("=")[1]!))
      .execute();
    const me = await browser.trpc("session.me");
    expect(me.status).toBe(401);
    expect(JSON.stringify(me.body)).not.toMatch(/stack|at .*\.ts/);
  });

  it("shows a user only the accounts of their own company", async () => {
    const browser = new TestBrowser(app);
    await browser.signIn(bob.username, bob.password);
    const me = await browser.trpc("session.me");
    expect(me.body.result.data.accounts).toEqual([
      { accountNumber: 6101, name: "Clinique Rosemont", billingNumber: "130077", companyName: "Clinique dentaire Rosemont", group: 3 },
    ]);
    expect(JSON.stringify(me.body)).not.toContain("Plomberie");
  });

  it("changes the password, and signs the user's other devices out", async () => {
    const phone = new TestBrowser(app);
    const desk = new TestBrowser(app);
    await phone.signIn(bob.username, bob.password);
    await desk.signIn(bob.username, bob.password);
    const tooShort = await desk.trpc("session.changePassword", { current: bob.password, next: "short" }, "mutation");
    expect(tooShort.body.error.message).toBe("too_short");
    const wrong = await desk.trpc("session.changePassword", { current: "nope", next: "a-new-password" }, "mutation");
    expect(wrong.body.error.message).toBe("wrong_password");
    const ok = await desk.trpc("session.changePassword", { current: bob.password, next: "a-new-password" }, "mutation");
    expect(ok.status).toBe(200);
    expect((await phone.trpc("session.me")).status).toBe(401);
    expect((await desk.trpc("session.me")).status).toBe(200);
    expect((await new TestBrowser(app).signIn(bob.username, "a-new-password")).status).toBe(200);
    await desk.trpc("session.changePassword", { current: "a-new-password", next: bob.password }, "mutation");
  });
});

describe("requests from other sites", () => {
  it("refuses a mutation whose Origin is another site, or that has none", async () => {
    const browser = new TestBrowser(app);
    await browser.signIn(alice.username, alice.password);
    const evil = await browser.request("/trpc/session.setLocale", {
      method: "POST",
      headers: { origin: "https://evil.example", "content-type": "application/json" },
      body: JSON.stringify({ locale: "en" }),
    });
    expect(evil.status).toBe(403);
    const res = await app.request("http://portal.test/trpc/session.setLocale", {
      method: "POST",
      headers: { host: "portal.test", cookie: browser.cookie, "content-type": "application/json" },
      body: JSON.stringify({ locale: "en" }),
    });
    expect(res.status).toBe(403);
    const same = await browser.trpc("session.setLocale", { locale: "en" }, "mutation");
    expect(same.status).toBe(200);
    await browser.trpc("session.setLocale", { locale: "fr" }, "mutation");
  });
});

describe("the server", () => {
  it("answers /healthz and sends a Content-Security-Policy", async () => {
    const res = await app.request("http://portal.test/healthz");
    expect(res.status).toBe(200);
    expect(res.headers.get("content-security-policy")).toContain("default-src 'self'");
    expect(res.headers.get("x-content-type-options")).toBe("nosniff");
  });

  it("answers unknown API paths with 404 JSON, not the client page", async () => {
    const res = await app.request("http://portal.test/trpc/nothing.here");
    expect(res.status).toBe(404);
  });
});
