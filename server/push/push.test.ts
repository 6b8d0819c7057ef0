import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDatabase, type TestDatabase } from "../../db/testing/test-database";
import { createApp } from "../app";
import { LiveEvents } from "../live/live-events";
import { alice, bob, seedTwoCompanies, testConfig } from "../testing/fixtures";
import { TestBrowser } from "../testing/http-client";
import { insertCalls } from "../testing/seed-calls";
import { PushSender, type SendReport } from "./push-sender";
import { decryptPush, type DeviceKeys, makeDeviceKeys } from "./testing/push-decryption";
import { startPushService } from "./testing/push-service";

let t: TestDatabase;
let push: Awaited<ReturnType<typeof startPushService>>;
// Two portal processes on one database: each hears every event, one sends it.
let liveA: LiveEvents;
let liveB: LiveEvents;
const reports: SendReport[] = [];
let senders: PushSender[];
let app: ReturnType<typeof createApp>;
let aliceBrowser: TestBrowser;
let bobBrowser: TestBrowser;
let ids: { aliceId: number; bobId: number };

beforeAll(async () => {
  t = await createTestDatabase();
  ids = await seedTwoCompanies(t.db);
  push = await startPushService();
  const config = testConfig({ pushAllowHttp: true });
  liveA = new LiveEvents(t.db, t.url);
  liveB = new LiveEvents(t.db, t.url);
  await Promise.all([liveA.start(), liveB.start()]);
  senders = [new PushSender(t.db, config, (r) => reports.push(r)), new PushSender(t.db, config, (r) => reports.push(r))];
  senders[0]!.attach(liveA);
  senders[1]!.attach(liveB);
  app = createApp({ db: t.db, config, live: liveA });
  aliceBrowser = new TestBrowser(app);
  bobBrowser = new TestBrowser(app);
  expect((await aliceBrowser.signIn(alice.username, alice.password)).status).toBe(200);
  expect((await bobBrowser.signIn(bob.username, bob.password)).status).toBe(200);
});
afterAll(async () => {
  await liveA.close();
  await liveB.close();
  await push.close();
  await t.drop();
});

let nextId = 7_000_000;
async function addMessage(account: number, title = "Rappeler M. Gagnon") {
  const id = nextId++;
  await t.db
    .insertInto("messages")
    .values({ message_id: id, account_number: account, call_number: null, taken_at: new Date(), agent: "MCL", title, fields: JSON.stringify([]), history: JSON.stringify([]) })
    .execute();
  return id;
}

const choices = { accounts: [5201], messages: true, callOutcomes: [] as string[], includeTitle: false };
async function subscribe(browser: TestBrowser, device: string, keys: DeviceKeys, options: Partial<typeof choices> = {}) {
  return browser.trpc("push.subscribe", { ...choices, ...options, endpoint: push.endpoint(device), keys: { p256dh: keys.p256dh, auth: keys.auth } }, "mutation");
}
const payloadOf = (body: Buffer, keys: DeviceKeys) => JSON.parse(decryptPush(body, keys));

describe("Web Push", () => {
  it("makes the VAPID keys once and keeps them", async () => {
    const first = await aliceBrowser.trpc("push.publicKey");
    expect(first.status).toBe(200);
    expect(first.body.result.data.publicKey).toMatch(/^[A-Za-z0-9_-]{87}$/);
    expect((await bobBrowser.trpc("push.publicKey")).body.result.data.publicKey).toBe(first.body.result.data.publicKey);
    expect(await t.db.selectFrom("vapid_keys").select("public_key").execute()).toEqual([{ public_key: first.body.result.data.publicKey }]);
  });

  it("sends 'Nouveau message — compte 5201', no more, encrypted for the device; the message opens on a tap", async () => {
    const keys = makeDeviceKeys();
    expect((await subscribe(aliceBrowser, "alice-phone", keys)).status).toBe(200);
    const device = await aliceBrowser.trpc("push.device", { endpoint: push.endpoint("alice-phone") });
    expect(device.body.result.data).toEqual(choices);

    const id = await addMessage(5201, "Fuite d'eau au sous-sol");
    const [received] = await push.pushesTo("alice-phone");
    expect(received!.headers["content-encoding"]).toBe("aes128gcm");
    const publicKey = (await aliceBrowser.trpc("push.publicKey")).body.result.data.publicKey;
    expect(received!.headers.authorization).toMatch(new RegExp(`^vapid t=[\\w-]+\\.[\\w-]+\\.[\\w-]+, k=${publicKey}$`));
    expect(Number(received!.headers.ttl)).toBeGreaterThan(0);
    // The title line is not there: Alice did not opt in.
    expect(payloadOf(received!.body, keys)).toEqual({ title: "Nouveau message — compte 5201", url: `/messages/${id}`, tag: `message-${id}` });
    expect(received!.body.toString("latin1")).not.toContain("Fuite");
    // Two processes heard it; one sent it.
    await new Promise((r) => setTimeout(r, 200));
    expect(await push.pushesTo("alice-phone", 2, 0)).toHaveLength(1);
    expect(reports.filter((r) => r.sent > 0 && r.event === reports.at(-1)!.event)).toHaveLength(1);
  });

  it("adds the title line once opted in, and says several messages in one notification", async () => {
    const keys = makeDeviceKeys();
    await subscribe(aliceBrowser, "alice-tablet", keys, { accounts: [5201, 5202], includeTitle: true });
    await addMessage(5202, "Chauffe-eau");
    let [received] = await push.pushesTo("alice-tablet");
    expect(payloadOf(received!.body, keys)).toMatchObject({ title: "Nouveau message — compte 5202", body: "Chauffe-eau" });

    await t.db
      .insertInto("messages")
      .values([5201, 5202].map((account) => ({ message_id: nextId++, account_number: account, call_number: null, taken_at: new Date(), agent: "MCL", title: `Rappel ${account}`, fields: "[]", history: "[]" })))
      .execute();
    const both = await push.pushesTo("alice-tablet", 2);
    received = both[1];
    expect(payloadOf(received!.body, keys)).toMatchObject({ title: "2 nouveaux messages — comptes 5201, 5202", body: "Rappel 5201\nRappel 5202", url: "/messages" });
  });

  it("calls only of the outcomes chosen, in the user's language", async () => {
    const keys = makeDeviceKeys();
    expect((await subscribe(bobBrowser, "bob-phone", keys, { accounts: [6101], messages: false, callOutcomes: ["unanswered"] })).status).toBe(200);
    await insertCalls(t.db, [{ call_number: 8_000_001, account_number: 6101, started_at: new Date(), outcome: "answered" }]);
    await insertCalls(t.db, [{ call_number: 8_000_002, account_number: 6101, started_at: new Date(), outcome: "unanswered" }]);
    await addMessage(6101);
    const [received, ...more] = await push.pushesTo("bob-phone");
    expect(payloadOf(received!.body, keys)).toEqual({ title: "Unanswered call — account 6101", url: "/recordings?period=recent&call=8000002", tag: "call-8000002" });
    await new Promise((r) => setTimeout(r, 300));
    expect(more).toEqual([]);
    expect(await push.pushesTo("bob-phone", 2, 0)).toHaveLength(1);
  });

  it("another client's user: refused the first client's accounts, and told nothing of them", async () => {
    const keys = makeDeviceKeys();
    const refused = await subscribe(bobBrowser, "bob-laptop", keys, { accounts: [5201] });
    expect(refused.status).toBe(403);
    expect(refused.body.error.message).toBe("account_not_allowed");
    expect((await subscribe(bobBrowser, "bob-laptop", keys, { accounts: [6101, 5201] })).status).toBe(403);
    // Alice's device is not Bob's to read, change or remove.
    const aliceEndpoint = push.endpoint("alice-phone");
    expect((await bobBrowser.trpc("push.device", { endpoint: aliceEndpoint })).body.result.data).toBeNull();
    expect((await bobBrowser.trpc("push.update", { ...choices, accounts: [6101], endpoint: aliceEndpoint }, "mutation")).status).toBe(404);
    await bobBrowser.trpc("push.unsubscribe", { endpoint: aliceEndpoint }, "mutation");
    expect(await t.db.selectFrom("push_subscriptions").select("user_id").where("endpoint", "=", aliceEndpoint).executeTakeFirst()).toEqual({ user_id: ids.aliceId });

    // Bob's own device (6101) hears nothing of Alice's message.
    await subscribe(bobBrowser, "bob-laptop", keys, { accounts: [6101] });
    await addMessage(5201);
    await push.pushesTo("alice-phone", 3);
    expect(await push.pushesTo("bob-laptop", 1, 300)).toEqual([]);
  });

  it("a grant taken away stops the notifications of its accounts", async () => {
    const keys = makeDeviceKeys();
    const carol = await t.db.insertInto("users").values({ username: "carol", password_hash: (await t.db.selectFrom("users").select("password_hash").where("id", "=", ids.aliceId).executeTakeFirstOrThrow()).password_hash, name: "Carol", locale: "fr" }).returning("id").executeTakeFirstOrThrow();
    await t.db.insertInto("grants").values({ user_id: carol.id, account_number: 5202 }).execute();
    const carolBrowser = new TestBrowser(app);
    expect((await carolBrowser.signIn("carol", alice.password)).status).toBe(200);
    expect((await subscribe(carolBrowser, "carol-phone", keys, { accounts: [5202] })).status).toBe(200);
    await t.db.deleteFrom("grants").where("user_id", "=", carol.id).execute();
    await addMessage(5202);
    await push.pushesTo("alice-tablet", 4);
    expect(await push.pushesTo("carol-phone", 1, 300)).toEqual([]);
  });

  it("a subscription the push service says is gone (410) is removed", async () => {
    const keys = makeDeviceKeys();
    await subscribe(aliceBrowser, "alice-old-phone", keys);
    push.answer("alice-old-phone", 410);
    await addMessage(5201);
    await push.pushesTo("alice-old-phone");
    await expect.poll(() => t.db.selectFrom("push_subscriptions").select("id").where("endpoint", "=", push.endpoint("alice-old-phone")).execute()).toEqual([]);
    expect(reports.some((r) => r.removed === 1)).toBe(true);
  });

  it("signing out removes this device's subscription", async () => {
    const keys = makeDeviceKeys();
    const browser = new TestBrowser(app);
    await browser.signIn(alice.username, alice.password);
    await subscribe(browser, "alice-shared-pc", keys);
    expect((await browser.request("/auth/logout", { method: "POST" })).status).toBeLessThan(300);
    expect(await t.db.selectFrom("push_subscriptions").select("id").where("endpoint", "=", push.endpoint("alice-shared-pc")).execute()).toEqual([]);
    // Her other devices keep theirs.
    expect(await t.db.selectFrom("push_subscriptions").select("id").where("endpoint", "=", push.endpoint("alice-phone")).execute()).toHaveLength(1);
  });

  it("at start, sends what was committed while no process was running", async () => {
    const keys = makeDeviceKeys();
    await subscribe(aliceBrowser, "alice-watch", keys);
    await Promise.all([liveA.close(), liveB.close(), ...senders.map((s) => s.close())]);
    const id = await addMessage(5201);
    await new Promise((r) => setTimeout(r, 200));
    expect(await push.pushesTo("alice-watch", 1, 0)).toEqual([]);
    // A process starting now: its sender catches up.
    liveA = new LiveEvents(t.db, t.url);
    await liveA.start();
    new PushSender(t.db, testConfig({ pushAllowHttp: true })).attach(liveA);
    const [received] = await push.pushesTo("alice-watch");
    expect(payloadOf(received!.body, keys)).toMatchObject({ url: `/messages/${id}` });
  });

  it("refuses an endpoint that is not HTTPS unless configured, and bad keys", async () => {
    const strict = new TestBrowser(createApp({ db: t.db, config: testConfig() }));
    await strict.signIn(alice.username, alice.password);
    const keys = makeDeviceKeys();
    expect((await subscribe(strict, "plain-http", keys)).status).toBe(400);
    const bad = await aliceBrowser.trpc("push.subscribe", { ...choices, endpoint: "https://push.example/x", keys: { p256dh: "not base64!", auth: keys.auth } }, "mutation");
    expect(bad.status).toBe(400);
  });
});
