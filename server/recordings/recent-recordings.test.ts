import { mkdir, writeFile } from "node:fs/promises";
import path from "node:path";
import type { Kysely } from "kysely";
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import type { Database } from "../../db/database";
import { createTestDatabase, type TestDatabase } from "../../db/testing/test-database";
import { seedTwoCompanies, testConfig } from "../testing/fixtures";
import { insertCalls } from "../testing/seed-calls";
import { RecentRecordings } from "./recent-recordings";

let t: TestDatabase;
let ids: { aliceId: number; bobId: number };
let options: { dir: string; retentionDays: number; timeZone: string };

beforeAll(async () => {
  t = await createTestDatabase();
  ids = await seedTwoCompanies(t.db);
  const config = testConfig();
  options = { dir: config.recordingsDir, retentionDays: config.retentionDays, timeZone: config.timeZone };
  await mkdir(options.dir, { recursive: true });
  await writeFile(path.join(options.dir, "a.wav"), Buffer.alloc(100, 1));
  await insertCalls(t.db, [{ call_number: 1, account_number: 5201, started_at: new Date(Date.now() - 3_600_000), recording_file: "a.wav" }]);
});
afterAll(() => t.drop());
afterEach(() => vi.useRealTimers());

/** The test database, counting the statements it answers. */
function counted(): { db: Kysely<Database>; statements: () => number } {
  let n = 0;
  const db = t.db.withPlugin({
    transformQuery: (args) => args.node,
    transformResult: async (args) => {
      n += 1;
      return args.result;
    },
  });
  return { db, statements: () => n };
}

describe("recent recordings", () => {
  it("looks a call up once for a player's concurrent requests, and only for who may hear it", async () => {
    const { db, statements } = counted();
    const recent = new RecentRecordings(db, options, () => ({}));
    const found = await Promise.all(Array.from({ length: 16 }, () => recent.get(ids.aliceId, 1)));
    expect(found.every((r) => r?.callNumber === 1 && r.size === 100)).toBe(true);
    expect(statements()).toBe(1);
    expect(await recent.get(ids.bobId, 1)).toBeNull();
  });

  it("looks a call in use up again before its entry ends, answering from the entry meanwhile", async () => {
    vi.useFakeTimers({ toFake: ["Date"] });
    const { db, statements } = counted();
    const recent = new RecentRecordings(db, options, () => ({}), 1_000);
    await recent.get(ids.aliceId, 1);
    vi.setSystemTime(Date.now() + 600);
    expect(await recent.get(ids.aliceId, 1)).not.toBeNull();
    expect(statements()).toBe(1);
    // After the first entry's end: the second lookup's entry (or that lookup itself) answers.
    vi.setSystemTime(Date.now() + 450);
    expect(await recent.get(ids.aliceId, 1)).not.toBeNull();
    expect(statements()).toBe(2);
  });

  it("answers no more once its time is over when the grant is gone", async () => {
    vi.useFakeTimers({ toFake: ["Date"] });
    const recent = new RecentRecordings(t.db, options, () => ({}), 1_000);
    await t.db.insertInto("grants").values({ user_id: ids.bobId, account_number: 5201 }).execute();
    try {
      expect(await recent.get(ids.bobId, 1)).not.toBeNull();
      await t.db.deleteFrom("grants").where("user_id", "=", ids.bobId).where("account_number", "=", 5201).execute();
      vi.setSystemTime(Date.now() + 1_001);
      expect(await recent.get(ids.bobId, 1)).toBeNull();
    } finally {
      await t.db.deleteFrom("grants").where("user_id", "=", ids.bobId).where("account_number", "=", 5201).execute();
    }
  });
});
