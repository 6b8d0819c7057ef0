import { readdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { simpleParser } from "mailparser";
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import { createTestDatabase, type TestDatabase } from "../../db/testing/test-database";
import { createApp } from "../app";
import type { Config } from "../config";
import { readXlsx } from "../exports/testing/read-xlsx";
import { sampleReport } from "../exports/testing/sample-report";
import { seedCalls } from "../exports/testing/seed-calls";
import { startSmtpCatcher } from "../mail/testing/smtp-catcher";
import { reports } from "../reports/registry";
import { alice, bob, seedTwoCompanies, testConfig } from "../testing/fixtures";
import { TestBrowser } from "../testing/http-client";

let t: TestDatabase;
let smtp: Awaited<ReturnType<typeof startSmtpCatcher>>;
let refusing: Awaited<ReturnType<typeof startSmtpCatcher>>;
const day = { from: "2026-11-20", to: "2026-11-20" };

beforeAll(async () => {
  t = await createTestDatabase();
  await seedTwoCompanies(t.db);
  await seedCalls(t.db);
  reports.sample = sampleReport;
  smtp = await startSmtpCatcher();
  refusing = await startSmtpCatcher({ rejectRecipients: true });
});
afterAll(async () => {
  delete reports.sample;
  await smtp.close();
  await refusing.close();
  await t.drop();
});
afterEach(() => {
  vi.useRealTimers();
});

async function browserFor(config: Config, user: { username: string; password: string }) {
  const browser = new TestBrowser(createApp({ db: t.db, config }));
  expect((await browser.signIn(user.username, user.password)).status).toBe(200);
  return browser;
}

const email = (browser: TestBrowser, input: Record<string, unknown>) =>
  browser.trpc("exports.email", { section: "sample", filters: day, recipients: ["boss@example.com"], ...input }, "mutation");

const sentRows = () => t.db.selectFrom("sent_emails").selectAll().orderBy("id").execute();

describe("exports.email", () => {
  it("sends the same workbook as the download, byte for byte, with a summary in the body", async () => {
    // The same export instant for both, so the workbook's dates (and the zip's) are equal.
    vi.useFakeTimers({ toFake: ["Date"], now: new Date("2026-11-25T19:05:00Z") });
    const config = testConfig({ smtpUrl: smtp.url, mailFrom: "portal@answering.test" });
    await t.db.updateTable("users").set({ email: "alice@plomberie-laval.test" }).where("username", "=", alice.username).execute();
    const browser = await browserFor(config, alice);
    const download = Buffer.from(
      await (await browser.request(`/exports/sample.xlsx?filters=${encodeURIComponent(JSON.stringify(day))}`)).arrayBuffer(),
    );
    const res = await email(browser, { recipients: ["boss@example.com; team@example.com ,boss@example.com"], note: "Voir <ceci> & cela" });
    expect(res.status).toBe(200);
    expect(res.body.result.data).toEqual({ recipients: ["boss@example.com", "team@example.com"], via: "smtp" });

    const mail = smtp.received.at(-1)!;
    // From the portal's address, in the sender's name; replies go to her.
    expect(mail.from?.value).toEqual([{ address: "portal@answering.test", name: "Alice Tremblay (portail client)" }]);
    expect(mail.replyTo?.value).toEqual([{ address: "alice@plomberie-laval.test", name: "" }]);
    expect((Array.isArray(mail.to) ? mail.to : [mail.to!]).flatMap((a) => a.value.map((v) => v.address))).toEqual([
      "boss@example.com",
      "team@example.com",
    ]);
    // The report, the account(s) and the period.
    expect(mail.subject).toBe("Appels d'essai — tous les comptes — le 2026-11-20");
    const attachment = mail.attachments[0]!;
    expect(attachment.filename).toBe("appels-d-essai_2026-11-25_1405.xlsx");
    expect(attachment.contentType).toBe("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
    expect(Buffer.compare(attachment.content, download)).toBe(0);

    expect(mail.text).toContain("Alice Tremblay vous envoie le rapport « Appels d'essai » du portail client.");
    // The note, visibly the sender's words.
    expect(mail.text).toContain("Message de Alice Tremblay (ses mots, pas ceux du service) :\n> Voir <ceci> & cela");
    expect(mail.text).toContain("Total calls : 3");
    expect(mail.text).toContain("Nombre de lignes : 3");
    expect(mail.text).toContain("From : 2026-11-20");
    expect(mail.html).toContain("Voir &#60;ceci&#62; &#38; cela");
    expect(mail.html).not.toContain("<ceci>");

    const rows = await sentRows();
    expect(rows.at(-1)).toMatchObject({ section: "sample", recipients: ["boss@example.com", "team@example.com"], status: "sent", error: null });
  });

  it("reports an SMTP refusal as smtp_failed, records it, and keeps the message in the outbox", async () => {
    const config = testConfig({ smtpUrl: refusing.url });
    const browser = await browserFor(config, alice);
    const res = await email(browser, {});
    expect(res.status).toBe(503);
    expect(res.body.error.message).toBe("smtp_failed");
    expect(JSON.stringify(res.body)).not.toMatch(/stack|at .*\.ts/);
    expect((await sentRows()).at(-1)).toMatchObject({ status: "failed", recipients: ["boss@example.com"] });
    expect((await sentRows()).at(-1)!.error).toMatch(/mailbox unavailable/);
    const files = readdirSync(config.outboxDir);
    expect(files).toHaveLength(1);
    expect(files[0]).toMatch(/^failed-.*\.eml$/);
    const kept = await simpleParser(readFileSync(path.join(config.outboxDir, files[0]!)));
    expect(kept.attachments[0]!.filename).toMatch(/^appels-d-essai_.*\.xlsx$/);
  });

  it("writes an .eml to the outbox when SMTP_URL is unset", async () => {
    const config = testConfig({ smtpUrl: undefined });
    const log = vi.spyOn(console, "log").mockImplementation(() => {});
    const browser = await browserFor(config, bob);
    const res = await email(browser, { recipients: ["x@example.com"] });
    expect(res.body.result.data).toEqual({ recipients: ["x@example.com"], via: "outbox" });
    const files = readdirSync(config.outboxDir);
    expect(files).toHaveLength(1);
    expect(log.mock.calls.flat().join(" ")).toContain(path.join(config.outboxDir, files[0]!));
    log.mockRestore();
    const mail = await simpleParser(readFileSync(path.join(config.outboxDir, files[0]!)));
    // Bob reads English.
    expect(mail.subject).toBe("Sample calls — account 6101 — 2026-11-20");
    // No address known for Bob: no Reply-To (rather than the portal's).
    expect(mail.replyTo).toBeUndefined();
  });

  it("sends another client's user nothing of Alice's, even with her account in the filters", async () => {
    const config = testConfig({ smtpUrl: smtp.url });
    const browser = await browserFor(config, bob);
    const res = await email(browser, { filters: { ...day, account: 5201 } });
    expect(res.status).toBe(200);
    const mail = smtp.received.at(-1)!;
    expect(mail.text).toContain("Number of rows: 0");
    const file = path.join(config.outboxDir, "..", "bob.xlsx");
    writeFileSync(file, mail.attachments[0]!.content);
    const sheet = readXlsx(file).sheets[0]!;
    expect(JSON.stringify(sheet)).not.toContain("520101");
    expect(JSON.stringify(sheet)).not.toContain("Côté");
  });

  it("names accounts without a thousands separator, and lists no default as a chosen filter", async () => {
    const config = testConfig({ smtpUrl: smtp.url });
    const browser = await browserFor(config, alice);
    const res = await browser.trpc(
      "exports.email",
      { section: "recordings", filters: { from: "2026-11-20T00:00", to: "2026-11-20T23:59", account: 5201 }, recipients: ["boss@example.com"] },
      "mutation",
    );
    expect(res.status).toBe(200);
    const mail = smtp.received.at(-1)!;
    expect(mail.subject).toMatch(/^Enregistreur.* — compte 5201 — du 2026-11-20 00:00 au 2026-11-20 23:59$/);
    expect(mail.text).toMatch(/ : 5201\n/);
    expect(mail.text).not.toMatch(/5 201|5\u00a0201|5\u202f201/);
    expect(mail.text).not.toMatch(/9999|9 999/);
    expect(mail.text).not.toMatch(/minimale/i);
  });

  it("limits e-mails per user and per client, counting failed ones, and a second client is not held by the first", async () => {
    await t.db.deleteFrom("sent_emails").execute();
    const config = testConfig({ smtpUrl: undefined });
    const log = vi.spyOn(console, "log").mockImplementation(() => {});
    try {
      const bobs = await browserFor(config, bob);
      const sent = await Promise.all(Array.from({ length: 12 }, () => email(bobs, { recipients: ["x@example.com"] })));
      expect(sent.filter((r) => r.status === 200)).toHaveLength(10);
      const refused = sent.filter((r) => r.status === 429);
      expect(refused).toHaveLength(2);
      expect(refused[0]!.body.error.message).toBe("too_many_emails");
      // Alice (another client) still may.
      const alices = await browserFor(config, alice);
      expect((await email(alices, { recipients: ["y@example.com"] })).status).toBe(200);
      // A colleague of Alice's (same client) has used up the client's hour: Alice may not.
      const { id: colleague } = await t.db.insertInto("users").values({ username: "carol-limit", password_hash: "x", name: "Carol" }).returning("id").executeTakeFirstOrThrow();
      await t.db
        .insertInto("sent_emails")
        .values(Array.from({ length: 30 }, () => ({ user_id: colleague, section: "sample", recipients: ["z@example.com"], subject: "s", billing_numbers: ["120045"], status: "sent" as const })))
        .execute();
      expect((await email(alices, { recipients: ["y@example.com"] })).status).toBe(429);
      // Every send is on record, with the client it came from.
      const rows = await sentRows();
      expect(rows.filter((r) => r.user_id !== colleague).map((r) => [r.billing_numbers, r.status])).toEqual([
        ...Array(10).fill([["130077"], "sent"]),
        [["120045"], "sent"],
      ]);
    } finally {
      log.mockRestore();
    }
  });

  it("validates the addresses (each one, at most 10, at least 1) and the filters, in keys the page translates", async () => {
    const browser = await browserFor(testConfig({ smtpUrl: smtp.url }), alice);
    const bad = await email(browser, { recipients: ["boss@example.com, not-an-address"] });
    expect(bad.status).toBe(400);
    expect(bad.body.error.data.fieldErrors.recipients).toContain("invalidEmail");
    const many = await email(browser, { recipients: [Array.from({ length: 11 }, (_, i) => `u${i}@example.com`).join(" ")] });
    expect(many.body.error.data.fieldErrors.recipients).toContain("tooManyRecipients");
    const none = await email(browser, { recipients: [" ; "] });
    expect(none.body.error.data.fieldErrors.recipients).toContain("noRecipients");
    const filters = await email(browser, { filters: { from: "nope", to: "2026-11-20" } });
    expect(filters.status).toBe(400);
    expect(filters.body.error.message).toBe("invalid_filters");
    expect(filters.body.error.data.fieldErrors.from).toEqual(["invalidDate"]);
    const section = await email(browser, { section: "toString" });
    expect(section.status).toBe(404);
    expect(section.body.error.message).toBe("unknown_section");
  });

  it("is for signed-in users only", async () => {
    const res = await new TestBrowser(createApp({ db: t.db, config: testConfig() })).trpc(
      "exports.email",
      { section: "sample", filters: day, recipients: ["a@example.com"] },
      "mutation",
    );
    expect(res.status).toBe(401);
  });
});
