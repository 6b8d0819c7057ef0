import { connect } from "../../db/connection";
import { hashPassword } from "../../server/auth/password";
import { addToken } from "../../server/ingest/api-tokens";
import type { TestUser } from "./seed";

/**
 * The live spec's own data: a company (billing 440001, account 4401) with "lina" (French) and
 * "liam" (English), another company (billing 440002, account 4501) with "luc", who must hear
 * nothing of the first one's records; and an API token for the switch.
 */
const password = "Direct-2026!";
const company = { billingNumber: "440001", name: "Serrurerie Directe", accounts: [{ accountNumber: 4401, name: "Directe — Urgences", group: 1 }] };
const other = { billingNumber: "440002", name: "Vitrerie Voisine", accounts: [{ accountNumber: 4501, name: "Voisine — Bureau", group: 1 }] };
export const lina = { username: "lina", password, name: "Lina Ouellet", locale: "fr", company, grant: "billing" } as unknown as TestUser;
export const liam = { username: "liam", password, name: "Liam Fortin", locale: "en", company, grant: "billing" } as unknown as TestUser;
export const luc = { username: "luc", password, name: "Luc Savard", locale: "fr", company: other, grant: "billing" } as unknown as TestUser;
export const liveAccount = 4401;
export const otherAccount = 4501;

export async function seedLive(): Promise<void> {
  const url = process.env.E2E_DATABASE_URL;
  if (!url) throw new Error("E2E_DATABASE_URL is not set: global-setup.ts did not run");
  const db = connect(url, { max: 1 });
  try {
    if (await db.selectFrom("users").select("id").where("username", "=", "lina").executeTakeFirst()) return;
    for (const c of [company, other]) {
      await db.insertInto("billing_accounts").values({ billing_number: c.billingNumber, name: c.name }).execute();
      const a = c.accounts[0]!;
      await db
        .insertInto("accounts")
        .values({ account_number: a.accountNumber, billing_number: c.billingNumber, name: a.name, account_group: 1, info_pages: JSON.stringify([]) })
        .execute();
    }
    for (const user of [lina, liam, luc] as unknown as (TestUser & { locale: "fr" | "en" })[]) {
      const { id } = await db
        .insertInto("users")
        .values({ username: user.username, password_hash: await hashPassword(user.password), name: user.name, locale: user.locale })
        .returning("id")
        .executeTakeFirstOrThrow();
      await db.insertInto("grants").values({ user_id: id, billing_number: user.company.billingNumber, account_number: null }).execute();
    }
  } finally {
    await db.destroy();
  }
}

/** A new API token (each spec its own name). */
export async function liveToken(name: string): Promise<string> {
  const db = connect(process.env.E2E_DATABASE_URL!, { max: 1 });
  try {
    await db.deleteFrom("api_tokens").where("name", "=", name).execute();
    return await addToken(db, name);
  } finally {
    await db.destroy();
  }
}
