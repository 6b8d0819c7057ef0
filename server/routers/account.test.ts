import { readdir, readFile } from "node:fs/promises";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDatabase, type TestDatabase } from "../../db/testing/test-database";
import { createApp } from "../app";
import { startSmtpCatcher } from "../mail/testing/smtp-catcher";
import { alice, bob, seedTwoCompanies, testConfig } from "../testing/fixtures";
import { TestBrowser } from "../testing/http-client";

let t: TestDatabase;
let smtp: Awaited<ReturnType<typeof startSmtpCatcher>>;
let app: ReturnType<typeof createApp>;
let a: TestBrowser;
let b: TestBrowser;

beforeAll(async () => {
  t = await createTestDatabase();
  await seedTwoCompanies(t.db);
  await t.db
    .updateTable("accounts")
    .set({
      info_pages: JSON.stringify([
        { title: "Urgences", body: "Appeler le technicien de garde.\nCellulaire : 514-555-0199\n<b>pas du HTML</b>" },
        { title: "Heures", body: "Lundi au vendredi\n8 h à 17 h" },
      ]),
    })
    .where("account_number", "=", 5201)
    .execute();
  await t.db
    .updateTable("accounts")
    .set({ info_pages: JSON.stringify([{ title: "Clinique", body: "Secret de Bob" }]) })
    .where("account_number", "=", 6101)
    .execute();
  smtp = await startSmtpCatcher();
  app = createApp({ db: t.db, config: testConfig({ smtpUrl: smtp.url, serviceEmail: "service@answering.test" }) });
  a = new TestBrowser(app);
  await a.signIn(alice.username, alice.password);
  b = new TestBrowser(app);
  await b.signIn(bob.username, bob.password);
});
afterAll(async () => {
  await smtp.close();
  await t.drop();
});

describe("account.pages", () => {
  it("lists only the user's accounts, with their pages as plain text, line breaks kept", async () => {
    const mine = await a.trpc("account.pages");
    expect(mine.status).toBe(200);
    const accounts = mine.body.result.data.accounts;
    expect(accounts.map((x: any) => x.accountNumber)).toEqual([5201, 5202]);
    expect(accounts[0].infoPages[0].body).toBe("Appeler le technicien de garde.\nCellulaire : 514-555-0199\n<b>pas du HTML</b>");
    expect(JSON.stringify(mine.body)).not.toContain("Secret de Bob");
    const theirs = await b.trpc("account.pages");
    expect(theirs.body.result.data.accounts.map((x: any) => x.accountNumber)).toEqual([6101]);
    expect(JSON.stringify(theirs.body)).not.toContain("technicien");
  });
});

describe("account.requestChange", () => {
  it("records the request, e-mails it to the service with the reference, and acknowledges it", async () => {
    const res = await a.trpc(
      "account.requestChange",
      { account: 5201, pageTitle: "Urgences", body: "Nouveau cellulaire : 514-555-0111\n<script>x</script>", contact: "alice@plomberie.test" },
      "mutation",
    );
    expect(res.status).toBe(200);
    const { reference, status } = res.body.result.data;
    expect(reference).toMatch(/^CR-\d{4}-\d{6}$/);
    expect(status).toBe("sent");
    const mail = smtp.received.find((m) => m.subject?.includes(reference));
    expect(mail).toBeDefined();
    expect(mail!.to && JSON.stringify(mail!.to)).toContain("service@answering.test");
    expect(mail!.text).toContain("514-555-0111");
    expect(mail!.text).toContain("5201");
    expect(mail!.text).toContain("alice@plomberie.test");
    expect(mail!.html).not.toContain("<script>");
    const row = await t.db.selectFrom("change_requests").selectAll().where("reference", "=", reference).executeTakeFirstOrThrow();
    expect(row).toMatchObject({ account_number: 5201, page_title: "Urgences", status: "sent", contact: "alice@plomberie.test" });
    expect(row.emailed_at).not.toBeNull();
  });

  it("answers NOT_FOUND for another client's account, and files nothing", async () => {
    const before = await t.db.selectFrom("change_requests").select((eb) => eb.fn.countAll().as("n")).executeTakeFirstOrThrow();
    for (const account of [5201, 999999]) {
      const res = await b.trpc("account.requestChange", { account, body: "Changez tout" }, "mutation");
      expect(res.status).toBe(404);
      expect(res.body.error.message).toBe("account_not_found");
    }
    const after = await t.db.selectFrom("change_requests").select((eb) => eb.fn.countAll().as("n")).executeTakeFirstOrThrow();
    expect(after.n).toBe(before.n);
  });

  it("refuses an empty or too long request with a field message, never a stack trace", async () => {
    const empty = await a.trpc("account.requestChange", { account: 5201, body: "   " }, "mutation");
    expect(empty.status).toBe(400);
    expect(empty.body.error.data.fieldErrors.body).toEqual(["required"]);
    const long = await a.trpc("account.requestChange", { account: 5201, body: "x".repeat(4001) }, "mutation");
    expect(long.status).toBe(400);
    expect(long.body.error.data.fieldErrors.body).toEqual(["changeRequestTooLong"]);
    expect(JSON.stringify(long.body)).not.toContain(".ts:");
    const exact = await a.trpc("account.requestChange", { account: 5202, body: "y".repeat(4000) }, "mutation");
    expect(exact.status).toBe(200);
  });

  it("keeps the request when the mail server refuses it, and says so", async () => {
    const refusing = await startSmtpCatcher({ rejectRecipients: true });
    try {
      const other = createApp({ db: t.db, config: testConfig({ smtpUrl: refusing.url }) });
      const browser = new TestBrowser(other);
      await browser.signIn(alice.username, alice.password);
      const res = await browser.trpc("account.requestChange", { account: 5202, body: "Ajouter une page" }, "mutation");
      expect(res.status).toBe(200);
      expect(res.body.result.data.status).toBe("failed");
      const row = await t.db
        .selectFrom("change_requests")
        .select(["status", "body"])
        .where("reference", "=", res.body.result.data.reference)
        .executeTakeFirstOrThrow();
      expect(row).toEqual({ status: "failed", body: "Ajouter une page" });
    } finally {
      await refusing.close();
    }
  });

  it("writes an .eml to the outbox when no SMTP server is configured", async () => {
    const config = testConfig();
    const browser = new TestBrowser(createApp({ db: t.db, config }));
    await browser.signIn(alice.username, alice.password);
    const res = await browser.trpc("account.requestChange", { account: 5201, body: "Par la boîte d'envoi" }, "mutation");
    const files = await readdir(config.outboxDir);
    expect(files).toHaveLength(1);
    expect(await readFile(`${config.outboxDir}/${files[0]}`, "utf8")).toContain(res.body.result.data.reference);
  });

  it("lists a user's own requests only", async () => {
    const mine = await a.trpc("account.requests");
    expect(mine.body.result.data.length).toBeGreaterThanOrEqual(3);
    const theirs = await b.trpc("account.requests");
    expect(theirs.body.result.data).toEqual([]);
  });
});
