import { createHash } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDatabase, type TestDatabase } from "../../../db/testing/test-database";
import { fr } from "../../../shared/i18n/fr";
import { addDays, toLocal, today } from "../../../shared/time-zone";
import { loadAccess } from "../../access";
import { createApp } from "../../app";
import { alice, bob, seedTwoCompanies, testConfig } from "../../testing/fixtures";
import { TestBrowser } from "../../testing/http-client";
import { sql } from "kysely";
import { pageSize } from "../../routers/messages";
import { countCap, findMessage } from "./query";
import { fieldsSheet, messagesReport } from "./report";
import type { ReportContext } from "../report-definition";
import { seedMessages } from "./testing/messages-seed";
import { filtersFromFlags } from "../../cli/filter-flags";

const zone = "America/Toronto";
const hour = 3600_000;
let t: TestDatabase;
let app: ReturnType<typeof createApp>;
let ids: { aliceId: number; bobId: number };
const now = new Date();
const todayLocal = today(zone, now);
const windowFrom = addDays(todayLocal, -60);
const ago = (hours: number) => new Date(now.getTime() - hours * hour);
const dayOf = (d: Date) => toLocal(d, zone).date;

beforeAll(async () => {
  t = await createTestDatabase();
  ids = await seedTwoCompanies(t.db);
  await seedMessages(t.db, now);
  app = createApp({ db: t.db, config: testConfig() });
});
afterAll(() => t.drop());

async function signedIn(user: { username: string; password: string }) {
  const browser = new TestBrowser(app);
  expect((await browser.signIn(user.username, user.password)).status).toBe(200);
  return browser;
}

const filters = (more: Record<string, unknown> = {}) => ({ from: windowFrom, to: todayLocal, ...more });

async function search(browser: TestBrowser, more: Record<string, unknown> = {}, offset = 0) {
  const res = await browser.trpc("messages.search", { filters: filters(more), offset });
  return res;
}

async function idsFound(browser: TestBrowser, more: Record<string, unknown> = {}) {
  const res = await search(browser, more);
  expect(res.status).toBe(200);
  return (res.body.result.data.rows as { messageId: number }[]).map((r) => r.messageId);
}

describe("messages.search", () => {
  it("lists the user's messages of the period, newest first, with the count", async () => {
    const browser = await signedIn(alice);
    const res = await search(browser);
    expect(res.body.result.data.rows.map((r: any) => r.messageId)).toEqual([6, 3, 2, 1]);
    expect(res.body.result.data.totals.count).toBe(4);
  });

  it.each([
    ["equipement", [2]],
    ["ÉQUIPEMENT", [2]],
    ["rendez-vous", [3, 1]],
    ["rendez vous", [3, 1]],
    ["RENDEZ VOUS", [3, 1]],
    ["H1H 1H1", [2, 1]],
    ["h1h1h1", [2, 1]],
    ["521", [1]],
    ["521-45", [1]],
    ["5214", [1]],
    ["(514) 521-4567", [1]],
    ["jean 4567", [1]],
    ["jean equipement", []],
    ["<script>", [3]],
    ["%", [6, 3, 2, 1]],
  ])("keyword %j finds %j", async (keyword, expected) => {
    const browser = await signedIn(alice);
    expect(await idsFound(browser, { keyword })).toEqual(expected);
  });

  it("does not match across two fields", async () => {
    const browser = await signedIn(alice);
    // "Jean" then "(514)…": the compact forms are "jean" and "5145214567", never "jean514".
    expect(await idsFound(browser, { keyword: "jean514" })).toEqual([]);
  });

  it("filters by period, account, billing, call and agent", async () => {
    const browser = await signedIn(alice);
    // The seed takes Alice's messages 6, 3, 2 and 1 at 5, 20, 30 and 50 hours ago: which share
    // message 2's local day depends on the hour the test runs, so the expectation is worked out.
    const day2 = dayOf(ago(30));
    const takenHoursAgo: Record<number, number> = { 6: 5, 3: 20, 2: 30, 1: 50 };
    const onDay2 = [6, 3, 2, 1].filter((id) => dayOf(ago(takenHoursAgo[id]!)) === day2);
    expect(onDay2).toContain(2);
    expect(await idsFound(browser, { from: day2, to: day2 })).toEqual(onDay2);
    expect(await idsFound(browser, { account: 5202 })).toEqual([6, 3]);
    expect(await idsFound(browser, { billing: "120045" })).toEqual([6, 3, 2, 1]);
    expect(await idsFound(browser, { billing: "130077" })).toEqual([]);
    expect(await idsFound(browser, { call: 9002 })).toEqual([2]);
    expect(await idsFound(browser, { agent: "KAL" })).toEqual([3]);
    expect(await idsFound(browser, { agent: "dom", keyword: "equipement" })).toEqual([2]);
  });

  it("never shows another client's messages, whatever the filters", async () => {
    const browser = await signedIn(bob);
    expect(await idsFound(browser)).toEqual([5]);
    expect(await idsFound(browser, { account: 5201 })).toEqual([]);
    expect(await idsFound(browser, { billing: "120045" })).toEqual([]);
    expect(await idsFound(browser, { call: 9001 })).toEqual([]);
    expect(await idsFound(browser, { keyword: "rendez-vous" })).toEqual([5]);
    const aliceBrowser = await signedIn(alice);
    expect(await idsFound(aliceBrowser, { account: 6101 })).toEqual([]);
    expect(await idsFound(aliceBrowser, { call: 9601 })).toEqual([6]);
  });

  it("links a recording only for a recorded call of the same account", async () => {
    const browser = await signedIn(alice);
    const rows = (await search(browser)).body.result.data.rows as any[];
    const byId = new Map(rows.map((r) => [r.messageId, r]));
    expect(byId.get(1).hasRecording).toBe(true);
    expect(byId.get(2).hasRecording).toBe(false);
    expect(byId.get(6).hasRecording).toBe(false);
  });

  it("gives the fields in order and the delivery history oldest first, as plain JSON", async () => {
    const browser = await signedIn(alice);
    const rows = (await search(browser, { keyword: "jean" })).body.result.data.rows as any[];
    expect(rows[0].fields.map((f: any) => f.label)).toEqual(["Prénom", "Tél", "Code postal"]);
    expect(rows[0].history.map((h: any) => h.event)).toEqual([
      "email initiated to info@compagnie.ca",
      "Delivered",
      "Taken",
    ]);
    expect(typeof rows[0].takenAt).toBe("string");
  });

  it("pages with an offset and keeps the count", async () => {
    const browser = await signedIn(alice);
    const res = await search(browser, {}, 3);
    expect(res.body.result.data.rows.map((r: any) => r.messageId)).toEqual([1]);
    expect(res.body.result.data.totals.count).toBe(4);
    const beyond = await search(browser, {}, 10);
    expect(beyond.body.result.data.rows).toEqual([]);
    expect(beyond.body.result.data.totals.count).toBe(4);
  });

  it.each([
    [{ from: "2026-02-30" }, "from", "invalidDate"],
    [{ from: "hier" }, "from", "invalidDate"],
    [{ from: todayLocal, to: addDays(todayLocal, -1) }, "to", "endBeforeStart"],
    [{ from: addDays(todayLocal, -61) }, "from", "beforeWindow"],
    [{ keyword: "x".repeat(101) }, "keyword", "tooLong"],
    [{ account: "abc" }, "account", "invalidInteger"],
  ])("rejects %j with a field message", async (more, field, key) => {
    const browser = await signedIn(alice);
    const res = await search(browser, more);
    expect(res.status).toBe(400);
    expect(res.body.error.data.fieldErrors[field]).toEqual([key]);
    expect(JSON.stringify(res.body)).not.toMatch(/at .*\.ts/);
  });

  it("asks to sign in first", async () => {
    const res = await new TestBrowser(app).trpc("messages.search", { filters: filters() });
    expect(res.status).toBe(401);
  });
});

describe("messages.byId", () => {
  it("opens one of the user's messages", async () => {
    const browser = await signedIn(alice);
    const res = await browser.trpc("messages.byId", { messageId: 1 });
    expect(res.status).toBe(200);
    expect(res.body.result.data.title).toBe("RENDEZ-VOUS");
    expect(res.body.result.data.hasRecording).toBe(true);
  });

  it("answers not found alike for another client's message, an expired one and a missing one", async () => {
    const browser = await signedIn(bob);
    for (const messageId of [1, 4, 999]) {
      const res = await browser.trpc("messages.byId", { messageId });
      expect(res.status).toBe(404);
      expect(res.body.error.message).toBe("not_found");
    }
    const aliceBrowser = await signedIn(alice);
    expect((await aliceBrowser.trpc("messages.byId", { messageId: 5 })).status).toBe(404);
    expect((await aliceBrowser.trpc("messages.byId", { messageId: 4 })).status).toBe(404);
  });
});

describe("the messages report (workbook, e-mail, operator command)", () => {
  const context = async (userId: number): Promise<ReportContext> => ({
    db: t.db,
    access: await loadAccess(t.db, userId),
    timeZone: zone,
    retentionDays: 60,
    now,
  });

  it("runs the same search for the user's accounts only", async () => {
    const result = await messagesReport.run(await context(ids.bobId), messagesReport.filters.parse(filters()));
    expect(result.rows.map((r) => r.messageId)).toEqual([5]);
    const aliceResult = await messagesReport.run(await context(ids.aliceId), messagesReport.filters.parse(filters({ keyword: "521-45" })));
    expect(aliceResult.rows.map((r) => r.messageId)).toEqual([1]);
    expect(await findMessage(await context(ids.aliceId), 5)).toBeUndefined();
  });

  it("keeps to the retention window when asked for an older period", async () => {
    const ctx = await context(ids.aliceId);
    const result = await messagesReport.run(ctx, messagesReport.filters.parse(filters({ from: addDays(todayLocal, -70) })));
    expect(result.rows.map((r) => r.messageId)).toEqual([6, 3, 2, 1]);
    expect(dayOf(new Date(result.totals.from))).toBe(windowFrom);
  });

  it("turns the operator's options into filters", () => {
    const parsed = messagesReport.filters.parse(
      filtersFromFlags(messagesReport, 
        { from: "2026-11-01", to: "2026-11-02T10:00:00Z", account: "5201", agent: "ELD", keyword: "rendez vous", call: "12" },
        zone,
      ),
    );
    expect(parsed).toEqual({ from: "2026-11-01", to: "2026-11-02", account: 5201, agent: "ELD", keyword: "rendez vous", call: 12 });
    expect(messagesReport.filters.safeParse(filtersFromFlags(messagesReport, { from: "2026-11-01", to: "2026-11-01", account: "x" }, zone)).success).toBe(false);
  });

  it("gives the labels most messages share their own columns in the Fields sheet", async () => {
    const result = await messagesReport.run(await context(ids.aliceId), messagesReport.filters.parse(filters()));
    const sheet = fieldsSheet(result.rows);
    const headers = sheet.columns.map((c) => c.header(fr));
    // Of Alice's 4 messages, "Code postal" and "Tél" appear in 1 each, "Problème"… in 1: none in half.
    expect(headers).toEqual(["No du message", "Pris le", "Titre", "Autres champs"]);
    const other = sheet.columns[sheet.columns.length - 1]!;
    expect(other.value(result.rows.find((r) => r.messageId === 3)!, fr)).toContain("Note: <script>");
    const row = (messageId: number, fields: [string, string][]) => ({
      ...result.rows[0]!,
      messageId,
      fields: fields.map(([label, value]) => ({ label, value })),
    });
    const rows = [row(1, [["Tél", "1"], ["Nom", "A"]]), row(2, [["Nom", "B"], ["Tél", "2"]]), row(3, [["Tél", "3"], ["Note", "x"]])];
    const shared = fieldsSheet(rows);
    expect(shared.columns.map((c) => c.header(fr))).toEqual(["No du message", "Pris le", "Titre", "Tél", "Nom", "Autres champs"]);
    expect(shared.columns.map((c) => c.value(rows[2]!, fr))).toEqual([3, rows[2]!.takenAt, rows[2]!.title, "3", "", "Note: x"]);
  });
});

describe("many messages", () => {
  it("counts up to the cap, says there are more, and still pages past it", async () => {
    await sql`
      insert into messages (message_id, account_number, taken_at, agent, title, fields, history)
      select 100000 + g, 5202, now() - make_interval(mins => g), 'ELD', 'LOT ' || g,
             jsonb_build_array(jsonb_build_object('label', 'Tél', 'value', '(450) 555-' || lpad(g::text, 4, '0'))), '[]'
      from generate_series(1, ${countCap + 30}) g
    `.execute(t.db);
    const browser = await signedIn(alice);
    const first = await search(browser, { account: 5202 });
    expect(first.body.result.data.totals).toMatchObject({ count: countCap, more: true });
    expect(first.body.result.data.rows).toHaveLength(pageSize);
    const far = await search(browser, { account: 5202 }, countCap);
    expect(far.body.result.data.rows.length).toBeGreaterThan(0);
    expect(far.body.result.data.totals.count).toBeGreaterThan(countCap);
    // A keyword found in a few of them: counted exactly.
    const few = await search(browser, { account: 5202, keyword: "555-000" });
    expect(few.body.result.data.totals).toMatchObject({ count: 9, more: false });
    expect(few.body.result.data.rows.map((r: any) => r.title)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9].map((g) => `LOT ${g}`));
  });
});

describe("long messages", () => {
  it("searches the messages too long for the covering index with the others: merged newest first, counted, paged", async () => {
    // Every other message has 3,200 letters and digits before the word: more than the index holds.
    await sql`
      insert into messages (message_id, account_number, taken_at, agent, title, fields, history)
      select 200000 + g, 5201, now() - make_interval(mins => g), 'ELD', 'SUITE ' || g,
             jsonb_build_array(jsonb_build_object('label', 'Note',
               'value', case when g % 2 = 0 then repeat(md5(g::text), 100) || ' Saguenay' else 'Saguenay' end)), '[]'
      from generate_series(1, 6) g
    `.execute(t.db);
    const long = await t.db.selectFrom("messages").select("message_id").where("search_long", "=", true).orderBy("message_id").execute();
    expect(long.map((r) => r.message_id)).toEqual([200002, 200004, 200006]);
    const browser = await signedIn(alice);
    const newest = [200001, 200002, 200003, 200004, 200005, 200006];
    const found = await search(browser, { account: 5201, keyword: "saguenay" });
    expect(found.body.result.data.rows.map((r: any) => r.messageId)).toEqual(newest);
    expect(found.body.result.data.totals).toMatchObject({ count: 6, more: false });
    const page = await search(browser, { account: 5201, keyword: "saguenay" }, 3);
    expect(page.body.result.data.rows.map((r: any) => r.messageId)).toEqual(newest.slice(3));
    expect((await idsFound(browser, { account: 5201 })).slice(0, 6)).toEqual(newest);
    // A term that runs from the noise into the word, past where a b-tree row would have cut it.
    const end = createHash("md5").update("2").digest("hex").slice(-6);
    expect(await idsFound(browser, { keyword: `${end} saguenay` })).toEqual([200002]);
    expect(await idsFound(browser, { keyword: `${end}saguenay` })).toEqual([200002]);
    expect(await idsFound(await signedIn(bob), { keyword: "saguenay" })).toEqual([]);
  });
});
