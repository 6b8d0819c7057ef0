import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDatabase, type TestDatabase } from "../../db/testing/test-database";
import { createApp } from "../app";
import { addToken } from "../ingest/api-tokens";
import { alice, bob, seedTwoCompanies, testConfig } from "../testing/fixtures";
import { TestBrowser } from "../testing/http-client";
import { LiveEvents } from "./live-events";
import { readEvents } from "./testing/sse-reader";

let t: TestDatabase;
// Two portal processes on one database, each with its own LISTEN connection.
let liveA: LiveEvents;
let liveB: LiveEvents;
let appA: ReturnType<typeof createApp>;
let appB: ReturnType<typeof createApp>;
let token: string;
let aliceOnB: TestBrowser;
let bobOnB: TestBrowser;

beforeAll(async () => {
  t = await createTestDatabase();
  await seedTwoCompanies(t.db);
  const config = testConfig();
  liveA = new LiveEvents(t.db, t.url);
  liveB = new LiveEvents(t.db, t.url);
  await Promise.all([liveA.start(), liveB.start()]);
  appA = createApp({ db: t.db, config, live: liveA });
  appB = createApp({ db: t.db, config, live: liveB });
  token = await addToken(t.db, "switch");
  aliceOnB = new TestBrowser(appB);
  bobOnB = new TestBrowser(appB);
  expect((await aliceOnB.signIn(alice.username, alice.password)).status).toBe(200);
  expect((await bobOnB.signIn(bob.username, bob.password)).status).toBe(200);
});
afterAll(async () => {
  await liveA.close();
  await liveB.close();
  await t.drop();
});

let nextId = 1000;
const message = (accountNumber: number) => ({
  type: "message",
  messageId: nextId++,
  accountNumber,
  callNumber: null,
  takenAt: new Date().toISOString(),
  agent: "MCL",
  title: "Rappeler",
  fields: [],
  history: [],
});
const ingestOnA = (...records: unknown[]) =>
  appA.request("http://portal.test/ingest", {
    method: "POST",
    headers: { authorization: `Bearer ${token}` },
    body: records.map((r) => JSON.stringify(r)).join("\n"),
  });

describe("GET /events", () => {
  it("tells a page on another process within a second, only about its user's accounts", async () => {
    const aliceEvents = readEvents(await aliceOnB.request("/events"));
    const bobEvents = readEvents(await bobOnB.request("/events"));
    expect((await aliceEvents.next())?.event).toBe("ready");
    expect((await bobEvents.next())?.event).toBe("ready");

    const started = Date.now();
    expect((await ingestOnA(message(5201), message(5201), message(5202))).status).toBe(200);
    const seen = await aliceEvents.next(1000);
    expect(Date.now() - started).toBeLessThan(1000);
    expect(seen?.event).toBe("records");
    expect(JSON.parse(seen!.data)).toEqual({ kind: "message", accounts: { "5201": 2, "5202": 1 } });
    // Bob sees nothing of Alice's accounts; his own account's message is the next thing he hears.
    expect((await ingestOnA(message(6101))).status).toBe(200);
    const bobs = await bobEvents.next(1000);
    expect(JSON.parse(bobs!.data)).toEqual({ kind: "message", accounts: { "6101": 1 } });
    expect(await aliceEvents.next(300)).toBeNull();
    aliceEvents.close();
    bobEvents.close();
  });

  it("a record sent again is not new: no event", async () => {
    const events = readEvents(await aliceOnB.request("/events"));
    await events.next();
    const same = message(5201);
    await ingestOnA(same);
    expect((await events.next(1000))?.event).toBe("records");
    await ingestOnA(same);
    expect(await events.next(500)).toBeNull();
    events.close();
  });

  it("resumes after Last-Event-ID with what was missed, still filtered", async () => {
    const first = readEvents(await aliceOnB.request("/events"));
    const ready = await first.next();
    first.close();
    await ingestOnA(message(6101));
    await ingestOnA(message(5202));
    const again = readEvents(await aliceOnB.request("/events", { headers: { "last-event-id": ready!.id! } }));
    expect((await again.next())?.event).toBe("ready");
    const missed = await again.next();
    expect(JSON.parse(missed!.data)).toEqual({ kind: "message", accounts: { "5202": 1 } });
    expect(await again.next(300)).toBeNull();
    again.close();
  });

  it("needs a session: none, or an API token, is 401", async () => {
    expect((await appB.request("http://portal.test/events")).status).toBe(401);
    expect((await appB.request("http://portal.test/events", { headers: { authorization: `Bearer ${token}` } })).status).toBe(401);
  });
});
