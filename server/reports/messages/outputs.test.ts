import { mkdtempSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDatabase, type TestDatabase } from "../../../db/testing/test-database";
import { addDays, today } from "../../../shared/time-zone";
import { createApp } from "../../app";
import { readXlsx } from "../../exports/testing/read-xlsx";
import { alice, bob, seedTwoCompanies, testConfig } from "../../testing/fixtures";
import { TestBrowser } from "../../testing/http-client";
import { portal as portalCommand } from "../../testing/portal-command";
import { seedMessages } from "./testing/messages-seed";

/** The messages report through the Excel route and the operator command: same rows, same access rules. */
const zone = "America/Toronto";
const now = new Date();
const to = today(zone, now);
const from = addDays(to, -60);
const dir = mkdtempSync(path.join(os.tmpdir(), "messages-outputs-"));
let t: TestDatabase;
let app: ReturnType<typeof createApp>;

beforeAll(async () => {
  t = await createTestDatabase();
  await seedTwoCompanies(t.db);
  await seedMessages(t.db, now);
  app = createApp({ db: t.db, config: testConfig() });
});
afterAll(() => t.drop());

async function workbook(user: { username: string; password: string }, filters: object) {
  const browser = new TestBrowser(app);
  await browser.signIn(user.username, user.password);
  const res = await browser.request(`/exports/messages.xlsx?filters=${encodeURIComponent(JSON.stringify(filters))}`);
  expect(res.status).toBe(200);
  const file = path.join(dir, `${user.username}-${Date.now()}.xlsx`);
  writeFileSync(file, Buffer.from(await res.arrayBuffer()));
  return readXlsx(file);
}

/** The rows under the header whose first cell is `firstHeader`. */
function table(rows: { v: unknown }[][], firstHeader: string) {
  const at = rows.findIndex((r) => r[0]?.v === firstHeader);
  expect(at).toBeGreaterThanOrEqual(0);
  const header = rows[at]!.map((c) => c.v);
  const body: unknown[][] = [];
  for (const row of rows.slice(at + 1)) {
    if (row.length === 0 || row[0]?.v === null || row[0]?.v === undefined) break;
    body.push(row.map((c) => c.v));
  }
  return { header, body };
}

describe("Open in Excel (messages)", () => {
  it("writes one row per message, the fields, and the delivery events, read back by openpyxl", async () => {
    const { sheets } = await workbook(alice, { from, to, keyword: "rendez-vous" });
    const [main, fields, history] = sheets;
    const messages = table(main!.rows, "No du message");
    expect(messages.header).toEqual(["No du message", "Pris le", "Numéro de compte client", "Numéro d'appel", "Agent", "Titre", "Champs"]);
    expect(messages.body.map((r) => r[0])).toEqual([3, 1]);
    expect(messages.body[1]![6]).toBe("Prénom: Jean\nTél: (514) 521-4567\nCode postal: H1H 1H1");
    expect(main!.rows.find((r) => r[0]?.v === "Nombre de messages")?.[1]?.v).toBe(2);
    expect(main!.rows.find((r) => r[0]?.v === "Mot clé")?.[1]?.v).toBe("rendez-vous");
    expect(main!.rows.flat().some((c) => c.t === "datetime")).toBe(true);
    expect(fields!.title).toBe("Champs");
    expect(history!.title).toBe("Historique d'envoi");
    const events = table(history!.rows, "No du message");
    expect(events.body.filter((r) => r[0] === 1).map((r) => r[2])).toEqual([
      "Envoi du courriel à info@compagnie.ca amorcé",
      "Message remis",
      "Message pris",
    ]);
  });

  it("gives Bob none of Alice's messages, whatever he asks", async () => {
    for (const filters of [{ from, to }, { from, to, account: 5201 }, { from, to, billing: "120045" }, { from, to, keyword: "jean" }]) {
      const { sheets } = await workbook(bob, filters);
      const ids = table(sheets[0]!.rows, "Message ID").body.map((r) => r[0]);
      expect(ids).toEqual("account" in filters || "billing" in filters || "keyword" in filters ? [] : [5]);
      expect(JSON.stringify(sheets)).not.toContain("Jean");
    }
  });
});

const portal = (args: string[]) => portalCommand(args, { DATABASE_URL: t.url, PORTAL_TIMEZONE: zone, PORTAL_DATA_DIR: dir });

describe("portal report messages", () => {
  it("prints the user's messages as JSON with every filter of docs/operator.md", async () => {
    const r = await portal(["report", "messages", "--from", from, "--to", to, "--user", "alice", "--keyword", "H1H 1H1"]);
    expect(r.stderr).toBe("");
    expect(r.code).toBe(0);
    const json = JSON.parse(r.stdout);
    expect(json.rows.map((m: { messageId: number }) => m.messageId)).toEqual([2, 1]);
    expect(json.totals.count).toBe(2);
    const narrowed = await portal([
      "report", "messages", "--from", from, "--to", to, "--user", "alice",
      "--account", "5201", "--billing", "120045", "--call", "9001", "--agent", "eld", "--keyword", "521-45",
    ]);
    expect(JSON.parse(narrowed.stdout).rows.map((m: { messageId: number }) => m.messageId)).toEqual([1]);
  });

  it("gives Bob nothing of Alice's accounts, even when he names them", async () => {
    const r = await portal(["report", "messages", "--from", from, "--to", to, "--account", "5201", "--user", "bob"]);
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout).rows).toEqual([]);
  });

  it("refuses bad options with one clear line", async () => {
    const r = await portal(["report", "messages", "--from", to, "--to", addDays(to, -1), "--user", "alice"]);
    expect(r.code).not.toBe(0);
    expect(r.stderr.trim().split("\n")).toHaveLength(1);
    expect(r.stdout).toBe("");
  });
});
