import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDatabase, type TestDatabase } from "../../../db/testing/test-database";
import { formatMoney } from "../../../shared/format/money";
import { loadAccess } from "../../access";
import { createApp } from "../../app";
import { alice, bob, seedTwoCompanies, testConfig } from "../../testing/fixtures";
import { TestBrowser } from "../../testing/http-client";
import { billingHistory } from "./query";
import { billingReport } from "./report";
import type { ReportContext } from "../report-definition";
import { filtersFromFlags } from "../../cli/filter-flags";

let t: TestDatabase;
let ids: { aliceId: number; bobId: number };
const nbsp = "\u00a0";

async function contextFor(userId: number): Promise<ReportContext> {
  return { db: t.db, access: await loadAccess(t.db, userId), timeZone: "America/Toronto", retentionDays: 60, now: new Date() };
}

beforeAll(async () => {
  t = await createTestDatabase();
  ids = await seedTwoCompanies(t.db);
  const entry = (billing: string, id: string, date: string, description: string, amount: string, account: number | null) => ({
    billing_number: billing,
    entry_id: id,
    date,
    description,
    amount,
    account_number: account,
  });
  await t.db
    .insertInto("billing_entries")
    .values([
      // Two years back: the history is not limited to the retention period.
      entry("120045", "2024-01", "2024-11-20", "BALANCE 12-3219", "0.00", null),
      entry("120045", "2026-01", "2026-10-20", "BALANCE", "1234567.89", null),
      entry("120045", "2026-02", "2026-10-20", "Enregistreur d'appels", "25.00", 5201),
      entry("120045", "2026-03", "2026-10-20", "Services centre d'appels", "149.00", 5202),
      entry("120045", "2026-04", "2026-10-20", "Arrondi vers le haut", "0.005", null),
      entry("120045", "2026-05", "2026-10-20", "Arrondi, négatif", "-0.005", null),
      entry("120045", "2026-06", "2026-10-20", "Arrondi vers le bas", "0.004", null),
      entry("120045", "2026-90", "2026-11-03", "Paiement reçu – merci", "-1234.56", null),
      entry("130077", "2026-01", "2026-10-20", "Clinique: service", "99.99", 6101),
    ])
    .execute();
});
afterAll(() => t.drop());

describe("billing history", () => {
  it("stores numeric(12, 2) rounded half away from zero, and shows it with no float step", async () => {
    // PostgreSQL rounds a numeric(12, 2) value on insert, half away from zero: 0.005 → 0.01,
    // -0.005 → -0.01, 0.004 → 0.00. The decimal string then goes to the screen unchanged.
    const stored = await t.db
      .selectFrom("billing_entries")
      .select(["entry_id", "amount"])
      .where("billing_number", "=", "120045")
      .where("entry_id", "in", ["2026-04", "2026-05", "2026-06", "2026-01", "2026-90"])
      .orderBy("entry_id")
      .execute();
    expect(stored.map((r) => r.amount)).toEqual(["1234567.89", "0.01", "-0.01", "0.00", "-1234.56"]);
    expect(formatMoney("1234567.89", "fr")).toBe(`1${nbsp}234${nbsp}567,89${nbsp}$`);
    expect(formatMoney("1234567.89", "en")).toBe("$1,234,567.89");
    expect(formatMoney("-1234.56", "fr")).toBe(`-1${nbsp}234,56${nbsp}$`);
    expect(formatMoney("-1234.56", "en")).toBe("-$1,234.56");
    expect(formatMoney("-0.01", "en")).toBe("-$0.01");
  });

  it("lists the whole history by billing number, newest first, with the company at the top", async () => {
    const result = await billingHistory(await contextFor(ids.aliceId), { billing: "120045" });
    expect(result.totals).toMatchObject({ found: true, billingNumber: "120045", companyName: "Plomberie Laval inc.", accountNumber: null, entries: 8 });
    expect(result.rows.map((r) => r.entryId)).toEqual(["2026-90", "2026-01", "2026-02", "2026-03", "2026-04", "2026-05", "2026-06", "2024-01"]);
    expect(result.rows[0]).toMatchObject({ date: "2026-11-03", amount: "-1234.56", isBalance: false });
    expect(result.rows[1]).toMatchObject({ description: "BALANCE", isBalance: true });
    expect(result.rows.at(-1)).toMatchObject({ date: "2024-11-20", isBalance: true });
  });

  it("by account: that account's lines and the billing number's shared lines, not the sibling account's", async () => {
    const result = await billingHistory(await contextFor(ids.aliceId), { account: 5201 });
    expect(result.totals).toMatchObject({ billingNumber: "120045", accountNumber: 5201, accountName: "Plomberie Laval — urgences" });
    const ids5201 = result.rows.map((r) => r.entryId);
    expect(ids5201).toContain("2026-02");
    expect(ids5201).not.toContain("2026-03");
    expect(result.rows.every((r) => r.accountNumber === null || r.accountNumber === 5201)).toBe(true);
  });

  it("gives nothing for another client's billing number or account, exactly as for an unknown one", async () => {
    const bobs = await contextFor(ids.bobId);
    const foreign = await billingHistory(bobs, { billing: "120045" });
    const unknown = await billingHistory(bobs, { billing: "999999" });
    const foreignAccount = await billingHistory(bobs, { account: 5201 });
    expect(foreign).toEqual(unknown);
    expect(foreignAccount).toEqual(unknown);
    expect(foreign.rows).toEqual([]);
    expect(foreign.totals.companyName).toBeNull();
    const own = await billingHistory(bobs, { billing: "130077" });
    expect(own.rows.map((r) => r.description)).toEqual(["Clinique: service"]);
  });

  it("takes the operator command's options", () => {
    expect(billingReport.filters.parse(filtersFromFlags(billingReport, { account: "5201" }, "America/Toronto"))).toEqual({ account: 5201 });
    expect(billingReport.filters.parse(filtersFromFlags(billingReport, { billing: "120045" }, "America/Toronto"))).toEqual({ billing: "120045" });
    expect(billingReport.filters.safeParse(filtersFromFlags(billingReport, {}, "America/Toronto")).success).toBe(false);
    expect(billingReport.filters.safeParse(filtersFromFlags(billingReport, { account: "x" }, "America/Toronto")).success).toBe(false);
    expect(billingReport.filters.safeParse({ account: 5201, billing: "120045" }).success).toBe(false);
  });
});

describe("billing.history over HTTP", () => {
  it("serves alice her history and bob none of it, with the receivables contact", async () => {
    const app = createApp({ db: t.db, config: testConfig() });
    const a = new TestBrowser(app);
    await a.signIn(alice.username, alice.password);
    const mine = await a.trpc("billing.history", { billing: "120045" });
    expect(mine.status).toBe(200);
    expect(mine.body.result.data.rows).toHaveLength(8);
    expect(mine.body.result.data.receivablesContact.fr).toContain("comptes recevables");
    expect(mine.body.result.data.receivablesContact.en).toContain("accounts-receivable");

    const b = new TestBrowser(app);
    await b.signIn(bob.username, bob.password);
    for (const input of [{ billing: "120045" }, { account: 5201 }, { account: 5202 }]) {
      const theirs = await b.trpc("billing.history", input);
      expect(theirs.status).toBe(200);
      expect(theirs.body.result.data.rows).toEqual([]);
      expect(JSON.stringify(theirs.body)).not.toContain("Plomberie");
    }
    const bad = await b.trpc("billing.history", {});
    expect(bad.status).toBe(400);
    expect(bad.body.error.data.fieldErrors.account).toEqual(["accountOrBilling"]);
    expect(JSON.stringify(bad.body)).not.toMatch(/stack|at .*\.ts/);

    const anonymous = await new TestBrowser(app).trpc("billing.history", { billing: "120045" });
    expect(anonymous.status).toBe(401);
  });
});
