import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDatabase, type TestDatabase } from "../../db/testing/test-database";
import { en, fr } from "../../shared/i18n";
import { createApp } from "../app";
import { addToken } from "../ingest/api-tokens";
import { messagesReport } from "../reports/messages/report";
import { alice, bob, seedTwoCompanies, testConfig } from "../testing/fixtures";
import { TestBrowser } from "../testing/http-client";

let t: TestDatabase;
let app: ReturnType<typeof createApp>;
let aliceBrowser: TestBrowser;
let bobBrowser: TestBrowser;
let token: string;

beforeAll(async () => {
  t = await createTestDatabase();
  await seedTwoCompanies(t.db);
  app = createApp({ db: t.db, config: testConfig() });
  const now = new Date();
  await t.db
    .insertInto("messages")
    .values([5201, 6101].map((account, i) => ({
      message_id: 500 + i,
      account_number: account,
      call_number: null,
      taken_at: now,
      agent: "MCL",
      title: "Rappeler",
      fields: JSON.stringify([]),
      history: JSON.stringify([{ at: new Date(now.getTime() - 60_000).toISOString(), event: "Delivered" }]),
    })))
    .execute();
  token = await addToken(t.db, "switch");
  aliceBrowser = new TestBrowser(app);
  bobBrowser = new TestBrowser(app);
  await aliceBrowser.signIn(alice.username, alice.password);
  await bobBrowser.signIn(bob.username, bob.password);
});
afterAll(() => t.drop());

const acknowledgements = (after?: string, auth = `Bearer ${token}`) =>
  app.request(`http://portal.test/ingest/acknowledgements${after === undefined ? "" : `?after=${after}`}`, {
    headers: { authorization: auth },
  });
const lines = async (res: Response) =>
  (await res.text())
    .split("\n")
    .filter(Boolean)
    .map((l) => JSON.parse(l));

describe("acknowledgements", () => {
  it("records a view once per user, and an acknowledgement; both in the message's history", async () => {
    for (let i = 0; i < 2; i++) {
      expect((await aliceBrowser.trpc("messages.acknowledge", { messageId: 500, action: "viewed" }, "mutation")).status).toBe(200);
    }
    expect((await aliceBrowser.trpc("messages.acknowledge", { messageId: 500, action: "acknowledged" }, "mutation")).status).toBe(200);
    const { body } = await aliceBrowser.trpc("messages.byId", { messageId: 500 });
    expect(body.result.data.acknowledgements.map((a: { action: string; by: string }) => `${a.action} ${a.by}`)).toEqual([
      "viewed Alice Tremblay",
      "acknowledged Alice Tremblay",
    ]);
  });

  it("another client's user can acknowledge nothing of the first client's, and sees none of it", async () => {
    const refused = await bobBrowser.trpc("messages.acknowledge", { messageId: 500, action: "acknowledged" }, "mutation");
    expect(refused.status).toBe(404);
    const missing = await bobBrowser.trpc("messages.acknowledge", { messageId: 999, action: "acknowledged" }, "mutation");
    expect(missing.body.error.message).toBe(refused.body.error.message);
    expect((await bobBrowser.trpc("messages.byId", { messageId: 500 })).status).toBe(404);
    const mine = await bobBrowser.trpc("messages.byId", { messageId: 501 });
    expect(mine.body.result.data.acknowledgements).toEqual([]);
    expect(await t.db.selectFrom("message_acknowledgements").select("user_name").where("user_name", "=", "Bob Smith").execute()).toEqual([]);
  });

  it("GET /ingest/acknowledgements: JSON lines with a cursor to resume from; a token is required", async () => {
    const all = await acknowledgements();
    expect(all.status).toBe(200);
    const rows = await lines(all);
    expect(rows.map((r) => [r.messageId, r.accountNumber, r.action, r.by.name])).toEqual([
      [500, 5201, "viewed", "Alice Tremblay"],
      [500, 5201, "acknowledged", "Alice Tremblay"],
    ]);
    expect(all.headers.get("portal-cursor")).toBe(rows[1].cursor);
    const rest = await lines(await acknowledgements(rows[0].cursor));
    expect(rest.map((r) => r.action)).toEqual(["acknowledged"]);
    const none = await acknowledgements(rows[1].cursor);
    expect(await lines(none)).toEqual([]);
    expect(none.headers.get("portal-cursor")).toBe(rows[1].cursor);
    expect((await acknowledgements("abc")).status).toBe(400);
    expect((await acknowledgements(undefined, "")).status).toBe(401);
    // A user's session never reads it.
    expect((await aliceBrowser.request("/ingest/acknowledgements")).status).toBe(401);
  });

  it("the workbook's history sheet puts them in the reader's language, in time order", async () => {
    const { body } = await aliceBrowser.trpc("messages.byId", { messageId: 500 });
    const [, history] = messagesReport.extraSheets!({ rows: [body.result.data], totals: {} as never }, fr, "fr");
    const column = history!.columns.find((c) => c.key === "event")!;
    const words = (d: typeof fr) => history!.rows.map((r) => column.value(r, d));
    expect(words(fr)).toEqual(["Message remis", "Consulté dans le portail par Alice Tremblay", "Réception accusée par Alice Tremblay"]);
    expect(words(en)).toEqual(["Delivered", "Viewed in the portal by Alice Tremblay", "Acknowledged by Alice Tremblay"]);
  });
});
