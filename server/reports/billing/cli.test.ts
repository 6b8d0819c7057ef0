import { mkdtempSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDatabase, type TestDatabase } from "../../../db/testing/test-database";
import { portal as portalCommand } from "../../testing/portal-command";
import { seedTwoCompanies } from "../../testing/fixtures";

/** `portal report billing` end to end, in a child process, as docs/operator.md names it. */
let t: TestDatabase;
const dir = mkdtempSync(path.join(os.tmpdir(), "billing-cli-"));

beforeAll(async () => {
  t = await createTestDatabase();
  await seedTwoCompanies(t.db);
  await t.db
    .insertInto("billing_entries")
    .values([
      { billing_number: "120045", entry_id: "1", date: "2026-10-20", description: "BALANCE", amount: "1234567.89", account_number: null },
      { billing_number: "120045", entry_id: "2", date: "2026-10-20", description: "Bureau", amount: "10.00", account_number: 5202 },
      { billing_number: "130077", entry_id: "1", date: "2026-10-20", description: "Clinique", amount: "99.99", account_number: 6101 },
    ])
    .execute();
});
afterAll(() => t.drop());

const portal = (args: string[]) => portalCommand(args, { DATABASE_URL: t.url, PORTAL_TIMEZONE: "America/Toronto", PORTAL_DATA_DIR: dir });

describe("portal report billing", () => {
  it("prints an account's history as JSON, amounts as decimal strings", async () => {
    const r = await portal(["report", "billing", "--account", "5201", "--user", "alice"]);
    expect(r.code).toBe(0);
    const json = JSON.parse(r.stdout);
    expect(json.rows.map((x: { amount: string }) => x.amount)).toEqual(["1234567.89"]);
    expect(json.totals).toMatchObject({ found: true, billingNumber: "120045", accountNumber: 5201 });
  });

  it("by billing number; another client's number gives nothing", async () => {
    const mine = JSON.parse((await portal(["report", "billing", "--billing", "120045", "--user", "alice"])).stdout);
    expect(mine.rows).toHaveLength(2);
    const theirs = await portal(["report", "billing", "--billing", "130077", "--user", "alice"]);
    expect(theirs.code).toBe(0);
    expect(JSON.parse(theirs.stdout)).toMatchObject({ rows: [], totals: { found: false } });
  });

  it("refuses neither or both numbers with one line", async () => {
    const neither = await portal(["report", "billing", "--user", "alice"]);
    expect(neither.code).not.toBe(0);
    expect(neither.stderr.trim().split("\n")).toHaveLength(1);
    expect(neither.stderr).toMatch(/account number or a billing number/);
  });
});
