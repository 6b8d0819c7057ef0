import { mkdir, writeFile } from "node:fs/promises";
import path from "node:path";
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import { createTestDatabase, type TestDatabase } from "../../db/testing/test-database";
import { createApp } from "../app";
import type { Config } from "../config";
import { alice, bob, seedTwoCompanies, testConfig } from "../testing/fixtures";
import { TestBrowser } from "../testing/http-client";
import { insertCalls } from "../testing/seed-calls";
import { sessionIdOf } from "./session";
import { SessionCache } from "./session-cache";

let t: TestDatabase;
let config: Config;
let app: ReturnType<typeof createApp>;

beforeAll(async () => {
  t = await createTestDatabase();
  await seedTwoCompanies(t.db);
  config = testConfig();
  await mkdir(config.recordingsDir, { recursive: true });
  await writeFile(path.join(config.recordingsDir, "a.wav"), Buffer.alloc(100, 1));
  await writeFile(path.join(config.recordingsDir, "b.wav"), Buffer.alloc(100, 2));
  await insertCalls(t.db, [
    { call_number: 1, account_number: 5201, started_at: new Date(Date.now() - 3_600_000), recording_file: "a.wav" },
    { call_number: 2, account_number: 6101, started_at: new Date(Date.now() - 3_600_000), recording_file: "b.wav" },
  ]);
  app = createApp({ db: t.db, config });
});
afterAll(() => t.drop());
afterEach(() => vi.useRealTimers());

const sessionOf = (browser: TestBrowser) => sessionIdOf(browser.cookie.split("=")[1]!);

describe("the absolute session lifetime (SESSION_MAX_DAYS)", () => {
  it("gives the cookie the session's own end", async () => {
    const browser = new TestBrowser(app);
    const res = await browser.signIn(alice.username, alice.password);
    const expires = Date.parse(/Expires=([^;]+)/i.exec(res.headers.get("set-cookie")!)![1]!);
    const row = await t.db.selectFrom("sessions").select("created_at").where("id", "=", sessionOf(browser)).executeTakeFirstOrThrow();
    expect(Math.abs(expires - (row.created_at.getTime() + config.sessionMaxDays * 86_400_000))).toBeLessThan(2000);
  });

  it("ends a session that is used all the time, once it is that old", async () => {
    const browser = new TestBrowser(app);
    await browser.signIn(alice.username, alice.password);
    const id = sessionOf(browser);
    // Used a minute ago (far from idle), but begun a minute more than SESSION_MAX_DAYS ago.
    await t.db
      .updateTable("sessions")
      .set({ created_at: new Date(Date.now() - config.sessionMaxDays * 86_400_000 - 60_000), expires_at: new Date(Date.now() + 86_400_000) } as never)
      .where("id", "=", id)
      .execute();
    expect((await browser.trpc("session.me")).status).toBe(401);
    expect((await browser.request("/recordings/1")).status).toBe(404);
    expect(await t.db.selectFrom("sessions").select("id").where("id", "=", id).executeTakeFirst()).toBeUndefined();
  });

  it("never pushes the idle end past the absolute one", async () => {
    const browser = new TestBrowser(app);
    await browser.signIn(alice.username, alice.password);
    const id = sessionOf(browser);
    const created = new Date(Date.now() - config.sessionMaxDays * 86_400_000 + 3_600_000); // ends in an hour
    await t.db.updateTable("sessions").set({ created_at: created, expires_at: new Date(Date.now() + 60_000) } as never).where("id", "=", id).execute();
    expect((await browser.trpc("session.me")).status).toBe(200);
    const row = await t.db.selectFrom("sessions").select("expires_at").where("id", "=", id).executeTakeFirstOrThrow();
    expect(row.expires_at.getTime()).toBe(created.getTime() + config.sessionMaxDays * 86_400_000);
  });
});

describe("recordings stop at once", () => {
  it("after sign-out, in this process", async () => {
    const browser = new TestBrowser(app);
    await browser.signIn(alice.username, alice.password);
    expect((await browser.request("/recordings/1")).status).toBe(200);
    const cookie = browser.cookie;
    expect((await browser.request("/auth/logout", { method: "POST" })).status).toBe(200);
    browser.cookie = cookie; // a copy of the cookie kept (a second tab, a thief)
    expect((await browser.request("/recordings/1")).status).toBe(404);
  });

  it("after a password change, on every other device of this process", async () => {
    const phone = new TestBrowser(app);
    const desk = new TestBrowser(app);
    await phone.signIn(bob.username, bob.password);
    await desk.signIn(bob.username, bob.password);
    expect((await phone.request("/recordings/2")).status).toBe(200);
    const changed = await desk.trpc("session.changePassword", { current: bob.password, next: "another-password" }, "mutation");
    expect(changed.status).toBe(200);
    expect((await phone.request("/recordings/2")).status).toBe(404);
    expect((await desk.request("/recordings/2")).status).toBe(200);
    await desk.trpc("session.changePassword", { current: "another-password", next: bob.password }, "mutation");
  });

  it("in another process, within a second (its cache's lifetime)", async () => {
    const other = createApp({ db: t.db, config }); // another server process on the same database
    const browser = new TestBrowser(app);
    await browser.signIn(alice.username, alice.password);
    const there = new TestBrowser(other);
    there.cookie = browser.cookie;
    vi.useFakeTimers({ toFake: ["Date"] });
    expect((await there.request("/recordings/1")).status).toBe(200);
    await browser.request("/auth/logout", { method: "POST" });
    vi.setSystemTime(Date.now() + 1001);
    expect((await there.request("/recordings/1")).status).toBe(404);
  });

  it("no cache may trust a session for more than a second", () => {
    expect(() => new SessionCache(t.db, { idleMinutes: 1, maxDays: 1 }, 5_000)).toThrow();
  });
});
