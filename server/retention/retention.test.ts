import { access, mkdir, writeFile } from "node:fs/promises";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDatabase, type TestDatabase } from "../../db/testing/test-database";
import { seedTwoCompanies, testConfig } from "../testing/fixtures";
import { insertCalls } from "../testing/seed-calls";
import { applyRetention } from "./retention";

let t: TestDatabase;
const dir = testConfig().recordingsDir;
const now = new Date("2026-11-20T15:00:00Z");
const daysAgo = (n: number) => new Date(now.getTime() - n * 86_400_000);
const exists = (name: string) => access(path.join(dir, name)).then(() => true, () => false);

beforeAll(async () => {
  t = await createTestDatabase();
  await seedTwoCompanies(t.db);
  await mkdir(dir, { recursive: true });
  for (const name of ["old.wav", "shared.wav", "new.wav"]) await writeFile(path.join(dir, name), "RIFF");
  await insertCalls(t.db, [
    { call_number: 1, account_number: 5201, started_at: daysAgo(61), recording_file: "old.wav" },
    { call_number: 2, account_number: 5201, started_at: daysAgo(90), recording_file: "shared.wav" },
    { call_number: 3, account_number: 5202, started_at: daysAgo(59), recording_file: "shared.wav" },
    { call_number: 4, account_number: 6101, started_at: daysAgo(1), recording_file: "new.wav" },
    { call_number: 5, account_number: 6101, started_at: daysAgo(100), recording_file: "../escape.wav" },
  ]);
  const message = { agent: "ELD", title: "", fields: JSON.stringify([]), history: JSON.stringify([]), call_number: null };
  await t.db
    .insertInto("messages")
    .values([
      { message_id: 1, account_number: 5201, taken_at: daysAgo(61), ...message },
      { message_id: 2, account_number: 5201, taken_at: daysAgo(2), ...message },
    ])
    .execute();
  const billable = { description: "", number: "", caller_name: "", agent: "ELD", stat_seconds: 30 };
  await t.db
    .insertInto("billable_calls")
    .values([
      { account_number: 5201, call_number: 1, at: daysAgo(70), ...billable },
      { account_number: 5201, call_number: 3, at: daysAgo(3), ...billable },
    ])
    .execute();
  await t.db
    .insertInto("billing_entries")
    .values({ billing_number: "120045", entry_id: "I-1", date: "2024-01-20", description: "Facture", amount: "10.00", account_number: null })
    .execute();
});
afterAll(() => t.drop());

describe("retention", () => {
  it("removes what is past the window, keeps the rest, the billing history and shared files", async () => {
    const result = await applyRetention(t.db, { retentionDays: 60, timeZone: "America/Toronto", recordingsDir: dir, now });
    expect(result).toEqual({ removed: { calls: 3, recordingFiles: 1, messages: 1, billableCalls: 1 } });
    const calls = await t.db.selectFrom("calls").select("call_number").orderBy("call_number").execute();
    expect(calls.map((c) => c.call_number)).toEqual([3, 4]);
    expect(await exists("old.wav")).toBe(false);
    expect(await exists("shared.wav")).toBe(true);
    expect(await exists("new.wav")).toBe(true);
    expect((await t.db.selectFrom("messages").select("message_id").execute()).map((m) => m.message_id)).toEqual([2]);
    expect(await t.db.selectFrom("billing_entries").selectAll().execute()).toHaveLength(1);
    // Nothing more to do the second time.
    expect(await applyRetention(t.db, { retentionDays: 60, timeZone: "America/Toronto", recordingsDir: dir, now })).toEqual({
      removed: { calls: 0, recordingFiles: 0, messages: 0, billableCalls: 0 },
    });
  });
});
