import { connect } from "../../db/connection";
import { hashPassword } from "../../server/auth/password";
import { cycleContaining, previousCycle } from "../../shared/billing-cycle";
import { addDays, fromLocal, today } from "../../shared/time-zone";
import { companyA, companyB, type TestUser } from "./seed";

const zone = "America/Toronto";
const password = "Facture-2026!";

/** The billing spec's own users: Billy sees company A (both accounts), Bella company B. */
export const billingUsers = {
  billy: { username: "billy", password, name: "Billy Lapointe", company: companyA, grant: "billing" },
  bella: { username: "bella", password, name: "Bella Ouellet", company: companyB, grant: "billing" },
  /** Company A, for the filters-in-URL spec: billing.spec switches Billy's language meanwhile. */
  bianca: { username: "bianca", password, name: "Bianca Roy", company: companyA, grant: "billing" },
  /** Company A: the phone header's checks, which switch languages (tests run in parallel). */
  boris: { username: "boris", password, name: "Boris Fortin", company: companyA, grant: "billing" },
  /** Company A: screenshots in both languages. */
  bruce: { username: "bruce", password, name: "Bruce Hamel", company: companyA, grant: "billing" },
} satisfies Record<string, TestUser>;

/**
 * Data for the account, billing and billable-calls pages, inserted once (re-running is
 * harmless): information pages, a billing history with payments and big amounts, and billed
 * calls on every day of the current and previous cycles, relative to today.
 */
export async function seedBilling(): Promise<void> {
  const url = process.env.E2E_DATABASE_URL;
  if (!url) throw new Error("E2E_DATABASE_URL is not set: global-setup.ts did not run");
  const db = connect(url, { max: 1 });
  try {
    for (const user of Object.values(billingUsers)) {
      const found = await db.selectFrom("users").select("id").where("username", "=", user.username).executeTakeFirst();
      if (found) continue;
      const { id } = await db
        .insertInto("users")
        .values({ username: user.username, password_hash: await hashPassword(user.password), name: user.name, locale: "fr" })
        .returning("id")
        .executeTakeFirstOrThrow();
      await db.insertInto("grants").values({ user_id: id, billing_number: user.company.billingNumber }).execute();
    }
    await db
      .updateTable("accounts")
      .set({
        info_pages: JSON.stringify([
          { title: "Urgences", body: "Technicien de garde : 514-555-0199\nSi aucune réponse, rappeler après 10 minutes.\n<b>Ceci n'est pas du HTML</b>" },
          { title: "Heures d'ouverture", body: "Lundi au vendredi : 8 h à 17 h\nSamedi : fermé" },
        ]),
      })
      .where("account_number", "=", 5201)
      .execute();
    await db
      .updateTable("accounts")
      .set({ info_pages: JSON.stringify([{ title: "Rendez-vous", body: "Secret de la clinique Rive-Sud" }]) })
      .where("account_number", "=", 6301)
      .execute();

    const entry = (billing: string, id: string, date: string, description: string, amount: string, account: number | null) => ({
      billing_number: billing,
      entry_id: id,
      date,
      description,
      amount,
      account_number: account,
    });
    await db
      .insertInto("billing_entries")
      .values([
        entry("120045", "e2e-01", "2026-10-20", "BALANCE", "1234.56", null),
        entry("120045", "e2e-02", "2026-10-20", "Enregistreur d'appels", "25.00", 5201),
        entry("120045", "e2e-03", "2026-10-20", "412 minutes du 20 septembre au 19 octobre 2026", "1234567.89", 5201),
        entry("120045", "e2e-04", "2026-10-20", "Services centre d'appels", "149.00", 5202),
        entry("120045", "e2e-90", "2026-11-02", "Paiement reçu – merci", "-1234.56", null),
        entry("120045", "e2e-00", "2025-09-20", "BALANCE", "0.00", null),
        entry("230078", "e2e-01", "2026-10-20", "Clinique Rive-Sud : services", "321.00", 6301),
      ])
      .onConflict((oc) => oc.columns(["billing_number", "entry_id"]).doNothing())
      .execute();

    const now = new Date();
    const todayLocal = today(zone, now);
    const start = previousCycle(cycleContaining(todayLocal)).start;
    const calls = [];
    let n = 9_100_000;
    for (let day = start; day <= todayLocal; day = addDays(day, 1)) {
      const at = day === todayLocal ? new Date(Math.max(fromLocal(day, "00:00:01", zone).getTime(), now.getTime() - 60_000)) : fromLocal(day, "10:15:00", zone);
      calls.push(
        { account_number: 5201, call_number: n++, at, description: "Appel entrant", number: "514-555-0123", caller_name: "Marie Dubé", agent: "ELD", stat_seconds: 105 },
        { account_number: 5202, call_number: n++, at: new Date(at.getTime() - 1000), description: "Message", number: "450-555-0188", caller_name: "Jean Roy", agent: "MF1", stat_seconds: 30 },
        { account_number: 6301, call_number: n++, at, description: "Clinique", number: "418-555-0100", caller_name: "Patient secret", agent: "ZZZ", stat_seconds: 999 },
      );
    }
    await db
      .insertInto("billable_calls")
      .values(calls)
      .onConflict((oc) => oc.columns(["account_number", "call_number"]).doNothing())
      .execute();
  } finally {
    await db.destroy();
  }
}
