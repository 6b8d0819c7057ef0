import type { Kysely } from "kysely";
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import type { Database } from "../../db/database";
import { createTestDatabase, type TestDatabase } from "../../db/testing/test-database";
import { createApp } from "../app";
import { alice, bob, seedTwoCompanies, testConfig } from "../testing/fixtures";
import { TestBrowser } from "../testing/http-client";
import { createSession, invalidateSession, type SessionPolicy } from "./session";
import { SessionCache } from "./session-cache";

let t: TestDatabase;
let ids: { aliceId: number; bobId: number };
const policy: SessionPolicy = { idleMinutes: 60, maxDays: 1 };

beforeAll(async () => {
  t = await createTestDatabase();
  ids = await seedTwoCompanies(t.db);
});
afterAll(() => t.drop());
afterEach(() => vi.useRealTimers());

/** The test database, counting the statements it answers. */
function counted(): { db: Kysely<Database>; statements: () => number } {
  let n = 0;
  const db = t.db.withPlugin({
    transformQuery: (args) => args.node,
    transformResult: async (args) => {
      n += 1;
      return args.result;
    },
  });
  return { db, statements: () => n };
}

describe("the session cache", () => {
  it("reads the session and the user's accounts in one statement, each for its own user", async () => {
    const { db, statements } = counted();
    const cache = new SessionCache(db, policy);
    const a = await createSession(t.db, ids.aliceId, policy);
    const b = await createSession(t.db, ids.bobId, policy);
    expect((await cache.get(a.token))?.access).toEqual({ userId: ids.aliceId, accountNumbers: [5201, 5202] });
    expect(statements()).toBe(1);
    expect((await cache.get(b.token))?.access).toEqual({ userId: ids.bobId, accountNumbers: [6101] });
  });

  it("asks once for concurrent requests of one token", async () => {
    const { db, statements } = counted();
    const cache = new SessionCache(db, policy);
    const { token } = await createSession(t.db, ids.aliceId, policy);
    const found = await Promise.all(Array.from({ length: 16 }, () => cache.get(token)));
    expect(found.every((s) => s?.user.username === alice.username)).toBe(true);
    expect(statements()).toBe(1);
  });

  it("checks a token in use again before its second ends, without making it wait", async () => {
    vi.useFakeTimers({ toFake: ["Date"] });
    const { db, statements } = counted();
    const cache = new SessionCache(db, policy);
    const { token } = await createSession(t.db, ids.aliceId, policy);
    await cache.get(token);
    vi.setSystemTime(Date.now() + 600);
    // Answered from the entry at once (no statement waited for); a check begins behind it.
    expect(await cache.get(token)).not.toBeNull();
    expect(statements()).toBe(1);
    // 1.05 s after the first check: the second one's entry answers (or its statement, if still
    // under way), not a third.
    vi.setSystemTime(Date.now() + 450);
    expect(await cache.get(token)).not.toBeNull();
    expect(statements()).toBe(2);
  });

  it("never keeps what a check begun before a sign-out found", async () => {
    const cache = new SessionCache(t.db, policy);
    const { token } = await createSession(t.db, ids.bobId, policy);
    const session = (await cache.get(token))!;
    // A check under way when the session ends (here, one running into the cache's renewal).
    vi.useFakeTimers({ toFake: ["Date"] });
    vi.setSystemTime(Date.now() + 1001);
    const underWay = cache.get(token);
    cache.forgetSession(session.id);
    await invalidateSession(t.db, session.id);
    await underWay;
    expect(await cache.get(token)).toBeNull();
  });

  it("refuses a token it does not know, and keeps no refusal", async () => {
    const cache = new SessionCache(t.db, policy);
    expect(await cache.get("a".repeat(32))).toBeNull();
    expect(await cache.get("not a token")).toBeNull();
  });
});

describe("through the app", () => {
  it("speaks the user's new language at once after they change it", async () => {
    const app = createApp({ db: t.db, config: testConfig() });
    const browser = new TestBrowser(app);
    await browser.signIn(bob.username, bob.password);
    expect((await browser.trpc("session.me")).body.result.data.user.locale).toBe("en");
    expect((await browser.trpc("session.setLocale", { locale: "fr" }, "mutation")).status).toBe(200);
    expect((await browser.trpc("session.me")).body.result.data.user.locale).toBe("fr");
    await browser.trpc("session.setLocale", { locale: "en" }, "mutation");
  });
});
