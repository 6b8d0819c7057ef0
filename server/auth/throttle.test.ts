import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { createTestDatabase, type TestDatabase } from "../../db/testing/test-database";
import { createApp } from "../app";
import { alice, bob, seedTwoCompanies, testConfig } from "../testing/fixtures";
import { TestBrowser } from "../testing/http-client";
import { startLoopbackServer } from "../testing/loopback-server";
import { admit, type Counter, delayFor, throttlePolicy } from "./throttle";

describe("the schedule (no clock: the time is given)", () => {
  it("lets four failures through, then waits 1, 2, 4, 8, 8 s: each attempt its own delay", () => {
    let counter: Counter = { failures: 0, windowStart: 0, nextAt: 0 };
    let now = 1_000_000_000;
    const waits: number[] = [];
    for (let i = 0; i < 10; i++) {
      const a = admit([counter], now);
      if (!a.admitted) throw new Error("refused");
      waits.push(a.waitMs);
      counter = a.next[0]!;
      now += a.waitMs; // a client that waits its turn, then tries again at once
    }
    expect(waits).toEqual([0, 0, 0, 0, 0, 1000, 2000, 4000, 8000, 8000]);
    expect(delayFor(4)).toBe(0);
    expect(delayFor(20)).toBe(throttlePolicy.maxDelayMs);
  });

  it("queues parallel attempts behind one another, and refuses those that would wait too long", () => {
    let counter: Counter = { failures: 6, windowStart: 0, nextAt: 0 };
    const now = 60_000;
    const outcomes = [];
    for (let i = 0; i < 12; i++) {
      const a = admit([counter], now); // twelve at the same instant
      outcomes.push(a.admitted ? a.waitMs : "refused");
      if (a.admitted) counter = a.next[0]!;
    }
    expect(outcomes).toEqual([2000, 6000, 14000, 22000, 30000, ...Array(7).fill("refused")]);
  });

  it("takes the longer wait of the account's and the address's", () => {
    const account = { failures: 0, windowStart: 0, nextAt: 0 };
    const address = { failures: 7, windowStart: 0, nextAt: 0 };
    const a = admit([account, address], 60_000);
    expect(a).toMatchObject({ admitted: true, waitMs: 4000 });
  });

  it("forgets failures older than the window", () => {
    const old = { failures: 9, windowStart: 0, nextAt: 0 };
    const a = admit([old], throttlePolicy.windowMinutes * 60_000 + 1);
    expect(a).toMatchObject({ admitted: true, waitMs: 0, next: [{ failures: 1 }] });
  });
});

let t: TestDatabase;
beforeAll(async () => {
  t = await createTestDatabase();
  await seedTwoCompanies(t.db);
});
afterAll(() => t.drop());
beforeEach(() => t.db.deleteFrom("sign_in_throttle").execute());

/** An app whose throttled checks note how long they would have waited, and do not wait. */
function appNotingWaits() {
  const waits: number[] = [];
  const app = createApp({ db: t.db, config: { ...testConfig(), trustProxy: true }, wait: async (ms) => void waits.push(ms) });
  return { app, waits };
}

/** Sign-ins through a real loopback server, each from the address `from` (via a trusted proxy header). */
async function signInFrom(url: string, from: string, username: string, password: string) {
  const res = await fetch(`${url}/auth/login`, {
    method: "POST",
    headers: { "content-type": "application/json", "x-forwarded-for": from },
    body: JSON.stringify({ username, password }),
  });
  await res.arrayBuffer();
  return res.status;
}

describe("sign-in throttling, in the database", () => {
  it("counts each attempt before its password is checked: after five failures the right password waits, then works", async () => {
    const { app, waits } = appNotingWaits();
    const browser = new TestBrowser(app);
    for (let i = 0; i < 5; i++) expect((await browser.signIn(alice.username, `wrong-${i}`)).status).toBe(401);
    expect((await browser.signIn(alice.username, alice.password)).status).toBe(200);
    expect(waits).toEqual([0, 0, 0, 0, 0, 1000]);
    const attempts = await t.db.selectFrom("sign_in_attempts").select("succeeded").where("username", "=", alice.username).orderBy("id").execute();
    expect(attempts.map((a) => a.succeeded).slice(-6)).toEqual([false, false, false, false, false, true]);
  });

  it("holds against 12 parallel guesses after 6 failures: they queue, and those past 30 s are refused unchecked", async () => {
    const { app, waits } = appNotingWaits();
    const server = await startLoopbackServer(app);
    try {
      for (let i = 0; i < 6; i++) expect(await signInFrom(server.url, "198.51.100.7", "bob", `wrong-${i}`)).toBe(401);
      const checkedBefore = await t.db.selectFrom("sign_in_attempts").select(({ fn }) => fn.countAll<number>().as("n")).executeTakeFirstOrThrow();
      waits.length = 0;
      const statuses = await Promise.all(
        Array.from({ length: 12 }, (_, i) => signInFrom(server.url, "198.51.100.7", "bob", `guess-${i}`)),
      );
      // Four fit in the 30 s of queue at 2, 6, 14, 22 s (a fifth if the clock moved a second
      // since the sixth failure); all the others are refused, their passwords never checked.
      const admitted = statuses.filter((s) => s === 401).length;
      expect(admitted).toBeGreaterThanOrEqual(4);
      expect(admitted).toBeLessThanOrEqual(5);
      expect(statuses.filter((s) => s === 429)).toHaveLength(12 - admitted);
      // Each admitted guess waits its own delay (2, 4, 8, 8 s) more than the one before it,
      // however they arrived: never two on the same turn. (The schedule's exact figures are
      // tested above without a clock; here the database's clock moves between attempts.)
      const sorted = [...waits].sort((a, b) => a - b);
      const gaps = sorted.slice(1).map((w, i) => w - sorted[i]!);
      expect(gaps.every((g) => g > 1000)).toBe(true);
      expect(sorted.at(-1)).toBeGreaterThan(20_000);
      const checkedAfter = await t.db.selectFrom("sign_in_attempts").select(({ fn }) => fn.countAll<number>().as("n")).executeTakeFirstOrThrow();
      expect(checkedAfter.n - checkedBefore.n).toBe(admitted);
    } finally {
      await server.close();
    }
  });

  it("keeps the account's and the address's counters apart", async () => {
    const { app, waits } = appNotingWaits();
    const server = await startLoopbackServer(app);
    try {
      // Six failures on bob from one address...
      for (let i = 0; i < 6; i++) await signInFrom(server.url, "198.51.100.7", "bob", `wrong-${i}`);
      waits.length = 0;
      // ...slow bob down from any address (his account's counter)...
      expect(await signInFrom(server.url, "203.0.113.50", "bob", "wrong-again")).toBe(401);
      // ...and slow that address down for any account (its own counter), but not others.
      expect(await signInFrom(server.url, "198.51.100.7", "nobody", "whatever-1")).toBe(401);
      expect(await signInFrom(server.url, "203.0.113.99", "nobody-else", "whatever-1")).toBe(401);
      expect(waits.map((w) => w > 0)).toEqual([true, true, false]);
    } finally {
      await server.close();
    }
  });

  it("never lets one account's success clear another's failures", async () => {
    const { app, waits } = appNotingWaits();
    const server = await startLoopbackServer(app);
    try {
      for (let i = 0; i < 6; i++) await signInFrom(server.url, "198.51.100.7", "bob", `wrong-${i}`);
      // The attacker signs in to an account of their own from the same address...
      expect(await signInFrom(server.url, "198.51.100.7", alice.username, alice.password)).toBe(200);
      waits.length = 0;
      // ...and bob's next guess is no faster, from there or elsewhere.
      expect(await signInFrom(server.url, "198.51.100.7", "bob", "wrong-7")).toBe(401);
      expect(await signInFrom(server.url, "203.0.113.50", "bob", "wrong-8")).toBe(401);
      expect(waits.every((w) => w >= 2000)).toBe(true);
      // Bob's own success clears his account's failures (not the address's).
      expect(await signInFrom(server.url, "203.0.113.50", "bob", bob.password)).toBe(200);
      waits.length = 0;
      expect(await signInFrom(server.url, "203.0.113.51", "bob", "typo")).toBe(401);
      expect(waits).toEqual([0]);
    } finally {
      await server.close();
    }
  });
});

describe("session.changePassword", () => {
  it("is throttled like a sign-in, on the same counters", async () => {
    const { app, waits } = appNotingWaits();
    const browser = new TestBrowser(app);
    expect((await browser.signIn(bob.username, bob.password)).status).toBe(200);
    waits.length = 0;
    for (let i = 0; i < 5; i++) {
      const wrong = await browser.trpc("session.changePassword", { current: `guess-${i}`, next: "a-new-password" }, "mutation");
      expect(wrong.body.error.message).toBe("wrong_password");
    }
    const flood = await Promise.all(
      Array.from({ length: 10 }, (_, i) => browser.trpc("session.changePassword", { current: `flood-${i}`, next: "a-new-password" }, "mutation")),
    );
    expect(flood.filter((r) => r.status === 429).length).toBeGreaterThan(0);
    expect(flood.filter((r) => r.status === 429).every((r) => r.body.error.message === "throttled")).toBe(true);
    expect(waits.slice(0, 6)).toEqual([0, 0, 0, 0, 0, 1000]);
    // The password was never changed by a guess.
    expect((await new TestBrowser(app).signIn(bob.username, bob.password)).status).not.toBe(401);
  });
});
