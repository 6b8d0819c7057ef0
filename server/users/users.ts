import { type Kysely, sql } from "kysely";
import type { Database } from "../../db/database";
import { hashPassword } from "../auth/password";

/** A refused user operation, with a message meant for the operator. */
export class UserError extends Error {
  override name = "UserError";
}

export const MIN_PASSWORD_LENGTH = 8;
const USERNAME = /^[\p{L}\p{N}._@+-]{1,100}$/u;

export interface NewUser {
  username: string;
  password: string;
  name?: string;
  locale?: "fr" | "en";
  /** Where replies to the report e-mails they send go. */
  email?: string;
  isAdmin?: boolean;
}

export function checkPassword(password: string): void {
  if (password === "") throw new UserError("the password is empty");
  if ([...password].length < MIN_PASSWORD_LENGTH) {
    throw new UserError(`the password is too short: at least ${MIN_PASSWORD_LENGTH} characters`);
  }
}

/** The user of that name, compared without regard to case. */
export async function findUser(db: Kysely<Database>, username: string) {
  return db
    .selectFrom("users")
    .selectAll()
    .where(sql`lower(username)`, "=", username.toLowerCase())
    .executeTakeFirst();
}

/** Creates a user (password hashed with argon2id); refuses a username that exists in any case. */
export async function addUser(db: Kysely<Database>, user: NewUser): Promise<{ id: number; username: string }> {
  if (!USERNAME.test(user.username)) {
    throw new UserError(
      `the username ${JSON.stringify(user.username)} is not valid: 1 to 100 letters, digits or . _ @ + -`,
    );
  }
  checkPassword(user.password);
  if (user.locale !== undefined && user.locale !== "fr" && user.locale !== "en") {
    throw new UserError(`the locale must be fr or en, not ${JSON.stringify(user.locale)}`);
  }
  if (user.email !== undefined && !/^[^\s@<>]+@[^\s@<>]+$/.test(user.email)) {
    throw new UserError(`the e-mail address ${JSON.stringify(user.email)} is not valid`);
  }
  const existing = await findUser(db, user.username);
  if (existing) throw new UserError(`the username ${JSON.stringify(existing.username)} already exists`);
  const passwordHash = await hashPassword(user.password);
  const row = await db
    .insertInto("users")
    .values({
      username: user.username,
      password_hash: passwordHash,
      name: user.name ?? "",
      locale: user.locale ?? "fr",
      is_admin: user.isAdmin ?? false,
      email: user.email ?? null,
    })
    .onConflict((oc) => oc.doNothing())
    .returning(["id", "username"])
    .executeTakeFirst();
  // Another process created the same name between the check and the insert.
  if (!row) throw new UserError(`the username ${JSON.stringify(user.username)} already exists`);
  return row;
}

/** Sets a user's password (argon2id). */
export async function setPassword(db: Kysely<Database>, username: string, password: string): Promise<void> {
  checkPassword(password);
  const user = await findUser(db, username);
  if (!user) throw new UserError(`there is no user ${JSON.stringify(username)}`);
  await db
    .updateTable("users")
    .set({ password_hash: await hashPassword(password) })
    .where("id", "=", user.id)
    .execute();
}

export type GrantTarget = { accountNumber: number } | { billingNumber: string };

/**
 * Lets `username` see an account, or every account of a billing number (present and future).
 * Granting twice is the same as granting once. Returns whether a new grant was made.
 */
export async function grant(db: Kysely<Database>, username: string, target: GrantTarget): Promise<boolean> {
  const user = await findUser(db, username);
  if (!user) throw new UserError(`there is no user ${JSON.stringify(username)}`);
  let values: { account_number: number | null; billing_number: string | null };
  if ("accountNumber" in target) {
    const found = await db
      .selectFrom("accounts")
      .select("account_number")
      .where("account_number", "=", target.accountNumber)
      .executeTakeFirst();
    if (!found) throw new UserError(`there is no account ${target.accountNumber}`);
    values = { account_number: target.accountNumber, billing_number: null };
  } else {
    const found = await db
      .selectFrom("billing_accounts")
      .select("billing_number")
      .where("billing_number", "=", target.billingNumber)
      .executeTakeFirst();
    if (!found) throw new UserError(`there is no billing number ${JSON.stringify(target.billingNumber)}`);
    values = { account_number: null, billing_number: target.billingNumber };
  }
  const inserted = await db
    .insertInto("grants")
    .values({ user_id: user.id, ...values })
    .onConflict((oc) => oc.doNothing())
    .returning("id")
    .executeTakeFirst();
  return inserted !== undefined;
}
