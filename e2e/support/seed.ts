import type { Kysely } from "kysely";
import type { Database } from "../../db/database";
import { hashPassword } from "../../server/auth/password";

/**
 * The e2e data: two client companies, and users with their own roles in the specs (a spec that
 * changes a user's saved language or password uses its own user, so specs can run in parallel).
 */
export const companyA = {
  billingNumber: "120045",
  name: "Plomberie Laval inc.",
  accounts: [
    { accountNumber: 5201, name: "Plomberie Laval — Urgences", group: 1 },
    { accountNumber: 5202, name: "Plomberie Laval — Bureau", group: 2 },
  ],
};

export const companyB = {
  billingNumber: "230078",
  name: "Clinique dentaire Rive-Sud",
  accounts: [{ accountNumber: 6301, name: "Clinique Rive-Sud — Rendez-vous", group: 3 }],
};

export interface TestUser {
  username: string;
  password: string;
  name: string;
  company: typeof companyA | typeof companyB;
  /** A grant of the whole billing number, or of these accounts only. */
  grant: "billing" | number[];
}

const password = "Bonjour-2026!";
export const users = {
  /** Company A, both accounts (the account picker shows). */
  alice: { username: "alice", password, name: "Alice Tremblay", company: companyA, grant: "billing" },
  /** Company B. */
  bruno: { username: "bruno", password, name: "Bruno Gagnon", company: companyB, grant: "billing" },
  /** Company A, account 5201 only; switches language. */
  chloe: { username: "chloe", password, name: "Chloé Roy", company: companyA, grant: [5201] },
  /** Company A, account 5201 only; changes password. */
  denis: { username: "denis", password, name: "Denis Côté", company: companyA, grant: [5201] },
  /** Company A, both accounts; accessibility checks in both languages. */
  emma: { username: "emma", password, name: "Emma Leblanc", company: companyA, grant: "billing" },
  /** Company A, both accounts; layout checks and screenshots in both languages. */
  felix: { username: "felix", password, name: "Félix Bouchard", company: companyA, grant: "billing" },
  /** Company A; offline and installability checks. */
  gabriel: { username: "gabriel", password, name: "Gabriel Morin", company: companyA, grant: [5202] },
  /** Company A; sign-out checks. */
  hugo: { username: "hugo", password, name: "Hugo Pelletier", company: companyA, grant: "billing" },
  /** Company A, account 5201 only; switches language on the report pages. */
  ines: { username: "ines", password, name: "Inès Caron", company: companyA, grant: [5201] },
} satisfies Record<string, TestUser>;

export async function seed(db: Kysely<Database>): Promise<void> {
  for (const company of [companyA, companyB]) {
    await db.insertInto("billing_accounts").values({ billing_number: company.billingNumber, name: company.name }).execute();
    await db
      .insertInto("accounts")
      .values(
        company.accounts.map((a) => ({
          account_number: a.accountNumber,
          billing_number: company.billingNumber,
          name: a.name,
          account_group: a.group,
          info_pages: JSON.stringify([]),
        })),
      )
      .execute();
  }
  for (const user of Object.values(users) as TestUser[]) {
    const { id } = await db
      .insertInto("users")
      .values({ username: user.username, password_hash: await hashPassword(user.password), name: user.name, locale: "fr" })
      .returning("id")
      .executeTakeFirstOrThrow();
    const grants =
      user.grant === "billing"
        ? [{ user_id: id, billing_number: user.company.billingNumber, account_number: null }]
        : user.grant.map((n) => ({ user_id: id, account_number: n, billing_number: null }));
    await db.insertInto("grants").values(grants).execute();
  }
}
