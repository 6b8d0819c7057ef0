import { mkdtempSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import type { Kysely } from "kysely";
import type { Database } from "../../db/database";
import { hashPassword } from "../auth/password";
import type { Access } from "../access";
import { type Config, loadConfig } from "../config";

/** A configuration for tests: everything on disk goes to a new temporary folder. */
export function testConfig(overrides: Partial<Config> = {}): Config {
  const dir = mkdtempSync(path.join(os.tmpdir(), "portal-test-"));
  return {
    ...loadConfig({ PORTAL_DATA_DIR: dir, PORTAL_TIMEZONE: "America/Toronto" }),
    secureCookies: false,
    ...overrides,
  };
}

export const alice = { username: "alice", password: "alice-password-1" };
export const bob = { username: "bob", password: "bob-password-22" };

/**
 * Two client companies that must never see each other's data: Alice of "Plomberie Laval"
 * (billing 120045: accounts 5201 and 5202) and Bob of "Clinique Rosemont" (billing 130077:
 * account 6101). Returns their user ids, and the access each is given (what a session of theirs
 * carries: server/access.ts).
 */
export async function seedTwoCompanies(db: Kysely<Database>) {
  await db
    .insertInto("billing_accounts")
    .values([
      { billing_number: "120045", name: "Plomberie Laval inc." },
      { billing_number: "130077", name: "Clinique dentaire Rosemont" },
    ])
    .execute();
  await db
    .insertInto("accounts")
    .values([
      { account_number: 5201, billing_number: "120045", name: "Plomberie Laval — urgences", account_group: 1, info_pages: JSON.stringify([]) },
      { account_number: 5202, billing_number: "120045", name: "Plomberie Laval — bureau", account_group: 2, info_pages: JSON.stringify([]) },
      { account_number: 6101, billing_number: "130077", name: "Clinique Rosemont", account_group: 3, info_pages: JSON.stringify([]) },
    ])
    .execute();
  const [a, b] = await db
    .insertInto("users")
    .values([
      { username: alice.username, password_hash: await hashPassword(alice.password), name: "Alice Tremblay", locale: "fr" },
      { username: bob.username, password_hash: await hashPassword(bob.password), name: "Bob Smith", locale: "en" },
    ])
    .returning("id")
    .execute();
  await db
    .insertInto("grants")
    .values([
      { user_id: a!.id, billing_number: "120045" },
      { user_id: b!.id, account_number: 6101 },
    ])
    .execute();
  const access: { alice: Access; bob: Access } = {
    alice: { userId: a!.id, accountNumbers: [5201, 5202] },
    bob: { userId: b!.id, accountNumbers: [6101] },
  };
  return { aliceId: a!.id, bobId: b!.id, access };
}
