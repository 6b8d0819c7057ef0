import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDatabase, type TestDatabase } from "../../db/testing/test-database";
import { verifyPassword } from "../auth/password";
import { accessibleAccounts, loadAccess } from "../access";
import { addUser, findUser, grant, setPassword, UserError } from "./users";

let t: TestDatabase;

beforeAll(async () => {
  t = await createTestDatabase();
  await t.db
    .insertInto("billing_accounts")
    .values([
      { billing_number: "120045", name: "Plomberie Laval inc." },
      { billing_number: "130077", name: "Clinique dentaire Rosemont" },
    ])
    .execute();
  await t.db
    .insertInto("accounts")
    .values([
      { account_number: 5201, billing_number: "120045", name: "Résidentiel", account_group: 1, info_pages: "[]" },
      { account_number: 6101, billing_number: "130077", name: "Clinique", account_group: 3, info_pages: "[]" },
    ])
    .execute();
});
afterAll(() => t.drop());

describe("addUser", () => {
  it("creates a user with an argon2id hash", async () => {
    const { id, username } = await addUser(t.db, { username: "Alice", password: "correct horse", name: "Alice A", locale: "en" });
    expect(username).toBe("Alice");
    const row = await findUser(t.db, "alice");
    expect(row).toMatchObject({ id, username: "Alice", name: "Alice A", locale: "en", is_admin: false });
    expect(row!.password_hash).toMatch(/^\$argon2id\$/);
    expect(await verifyPassword(row!.password_hash, "correct horse")).toBe(true);
  });

  it("refuses a username that exists in another case", async () => {
    await expect(addUser(t.db, { username: "ALICE", password: "whatever123" })).rejects.toThrow(
      /username "Alice" already exists/,
    );
  });

  it("refuses short or empty passwords and odd usernames", async () => {
    await expect(addUser(t.db, { username: "bob", password: "short" })).rejects.toThrow(/at least 8 characters/);
    await expect(addUser(t.db, { username: "bob", password: "" })).rejects.toThrow(/empty/);
    await expect(addUser(t.db, { username: "bob smith", password: "long enough" })).rejects.toBeInstanceOf(UserError);
  });

  it("changes a password", async () => {
    await setPassword(t.db, "alice", "another secret");
    const row = await findUser(t.db, "Alice");
    expect(await verifyPassword(row!.password_hash, "another secret")).toBe(true);
  });
});

describe("grant and access", () => {
  it("needs an existing user and an existing account or billing number", async () => {
    await expect(grant(t.db, "nobody", { accountNumber: 5201 })).rejects.toThrow(/no user "nobody"/);
    await expect(grant(t.db, "alice", { accountNumber: 4242 })).rejects.toThrow(/no account 4242/);
    await expect(grant(t.db, "alice", { billingNumber: "999" })).rejects.toThrow(/no billing number "999"/);
  });

  it("is idempotent", async () => {
    const { id } = await addUser(t.db, { username: "carol", password: "carol's password" });
    expect(await grant(t.db, "carol", { accountNumber: 6101 })).toBe(true);
    expect(await grant(t.db, "CAROL", { accountNumber: 6101 })).toBe(false);
    expect(await t.db.selectFrom("grants").selectAll().where("user_id", "=", id).execute()).toHaveLength(1);
    expect(await accessibleAccounts(t.db, id)).toEqual([6101]);
  });

  it("covers the accounts of a granted billing number, present and future", async () => {
    const { id } = await addUser(t.db, { username: "dave", password: "dave's password" });
    expect(await loadAccess(t.db, id)).toEqual({ userId: id, accountNumbers: [] });
    await grant(t.db, "dave", { billingNumber: "120045" });
    expect(await accessibleAccounts(t.db, id)).toEqual([5201]);
    await t.db
      .insertInto("accounts")
      .values({ account_number: 5202, billing_number: "120045", name: "Commercial", account_group: 2, info_pages: "[]" })
      .execute();
    await grant(t.db, "dave", { accountNumber: 6101 });
    expect(await loadAccess(t.db, id)).toEqual({ userId: id, accountNumbers: [5201, 5202, 6101] });
  });
});
