import { connect } from "../../db/connection";
import { hashPassword } from "../../server/auth/password";
import { companyA, type TestUser } from "./seed";

/** The exports spec's own user: Xavier, of company A (both accounts); he switches language. */
export const xavier = {
  username: "xavier",
  password: "Exports-2026!",
  name: "Xavier Dubé",
  company: companyA,
  grant: "billing",
} satisfies TestUser;

export async function seedExports(): Promise<void> {
  const url = process.env.E2E_DATABASE_URL;
  if (!url) throw new Error("E2E_DATABASE_URL is not set: global-setup.ts did not run");
  const db = connect(url, { max: 1 });
  try {
    const exists = await db.selectFrom("users").select("id").where("username", "=", xavier.username).executeTakeFirst();
    if (exists) return;
    const { id } = await db
      .insertInto("users")
      .values({ username: xavier.username, password_hash: await hashPassword(xavier.password), name: xavier.name, locale: "fr" })
      .returning("id")
      .executeTakeFirstOrThrow();
    await db.insertInto("grants").values({ user_id: id, billing_number: companyA.billingNumber, account_number: null }).execute();
  } finally {
    await db.destroy();
  }
}
