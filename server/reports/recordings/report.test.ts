import { mkdtemp, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDatabase, type TestDatabase } from "../../../db/testing/test-database";
import { type RecordingsFiltersInput, recordingsFilters } from "../../../shared/filters/recordings";
import { dictionaries } from "../../../shared/i18n";
import { loadAccess } from "../../access";
import { seedTwoCompanies } from "../../testing/fixtures";
import { insertCalls } from "../../testing/seed-calls";
import { recordingsReport } from "./report";
import { findRecording } from "../../recordings/recording-file";
import type { ReportContext } from "../report-definition";
import { filtersFromFlags } from "../../cli/filter-flags";

let t: TestDatabase;
let ctx: ReportContext;
let bobCtx: ReportContext;
// 2026-11-20 10:00 in Toronto.
const now = new Date("2026-11-20T15:00:00Z");
const at = (local: string) => new Date(`2026-11-20T${local}:00-05:00`);

beforeAll(async () => {
  t = await createTestDatabase();
  const { aliceId, bobId } = await seedTwoCompanies(t.db);
  const base = { db: t.db, timeZone: "America/Toronto", retentionDays: 60, now };
  ctx = { ...base, access: await loadAccess(t.db, aliceId) };
  bobCtx = { ...base, access: await loadAccess(t.db, bobId) };
  await insertCalls(t.db, [
    // Each call differs from call 1 in the one thing a filter looks at.
    { call_number: 1, account_number: 5201, started_at: at("08:00"), duration_seconds: 120, agent: "ELD", station: 5, caller_id: "514-555-0100", quality: 50, recording_file: "1.wav" },
    { call_number: 2, account_number: 5202, started_at: at("08:10"), duration_seconds: 120 },
    { call_number: 3, account_number: 5201, started_at: at("08:20"), duration_seconds: 120, agent: "MAB" },
    { call_number: 4, account_number: 5201, started_at: at("08:30"), duration_seconds: 120, station: 14 },
    { call_number: 5, account_number: 5201, started_at: at("08:40"), duration_seconds: 900 },
    { call_number: 6, account_number: 5201, started_at: at("08:50"), duration_seconds: 10 },
    { call_number: 7, account_number: 5201, started_at: at("09:00"), duration_seconds: 120, caller_id: "4185559999" },
    { call_number: 8, account_number: 5201, started_at: at("09:10"), duration_seconds: 120, quality: 95 },
    { call_number: 9, account_number: 5201, started_at: at("09:20"), duration_seconds: 120, quality: null },
    // Yesterday, and long ago (past the 60-day window), and Bob's.
    { call_number: 10, account_number: 5201, started_at: new Date("2026-11-20T04:00:00Z"), duration_seconds: 120 },
    { call_number: 11, account_number: 5201, started_at: new Date("2026-08-01T12:00:00Z"), duration_seconds: 120 },
    { call_number: 12, account_number: 6101, started_at: at("08:05"), duration_seconds: 120 },
    // Early on the window's oldest day (60 days back: 2026-09-21, 00:30 local).
    { call_number: 13, account_number: 5201, started_at: new Date("2026-09-21T04:30:00Z"), duration_seconds: 60, recording_file: "13.wav" },
  ]);
});
afterAll(() => t.drop());

const today = { from: "2026-11-20T00:00", to: "2026-11-20T23:59" };
const search = async (input: RecordingsFiltersInput, c = ctx) => recordingsReport.run(c, recordingsFilters.parse(input));
const numbers = async (input: RecordingsFiltersInput, c = ctx) => (await search(input, c)).rows.map((r) => r.callNumber).sort((a, b) => a - b);

describe("recordings report", () => {
  it("lists the day's calls of the user's accounts, newest first, with totals over all of them", async () => {
    const r = await search(today);
    expect(r.rows.map((x) => x.callNumber)).toEqual([9, 8, 7, 6, 5, 4, 3, 2, 1]);
    expect(r.totals.count).toBe(9);
    expect(r.totals.durationSeconds).toBe(120 * 7 + 900 + 10);
    expect(r.rows.at(-1)).toMatchObject({
      callNumber: 1,
      startedAt: "2026-11-20T13:00:00.000Z",
      accountNumber: 5201,
      accountName: "Plomberie Laval — urgences",
      callerId: "514-555-0100",
      agent: "ELD",
      station: 5,
      durationSeconds: 120,
      hasRecording: true,
    });
  });

  it("pages without changing the totals", async () => {
    const page = (offset: number) => recordingsReport.page(ctx, recordingsFilters.parse(today), { limit: 2, offset });
    const r = await page(2);
    expect(r.rows.map((x) => x.callNumber)).toEqual([7, 6]);
    expect(r.totals.count).toBe(9);
    // `run` is every row, whatever page the filters came with (the page's, in an export's link).
    expect((await search({ ...today, page: { limit: 2, offset: 2 } })).rows).toHaveLength(9);
    const past = await page(50);
    expect(past.rows).toEqual([]);
    expect(past.totals.count).toBe(9);
  });

  it("applies each filter", async () => {
    expect(await numbers({ ...today, account: 5202 })).toEqual([2]);
    expect(await numbers({ ...today, billing: "120045" })).toHaveLength(9);
    expect(await numbers({ ...today, billing: "130077" })).toEqual([]);
    expect(await numbers({ ...today, call: 4 })).toEqual([4]);
    expect(await numbers({ ...today, agent: "mab" })).toEqual([3]);
    expect(await numbers({ ...today, station: 14 })).toEqual([4]);
    expect(await numbers({ ...today, minMinutes: 10 })).toEqual([5]);
    expect(await numbers({ ...today, maxMinutes: 1 })).toEqual([6]);
    expect(await numbers({ ...today, minMinutes: 2, maxMinutes: 2 })).toEqual([1, 2, 3, 4, 7, 8, 9]);
    expect(await numbers({ ...today, callerId: "(418) 555" })).toEqual([7]);
    expect(await numbers({ ...today, callerId: "5550100" })).toEqual([1, 2, 3, 4, 5, 6, 8, 9]);
    expect(await numbers({ ...today, accountName: "BUREAU" })).toEqual([2]);
    expect(await numbers({ ...today, accountName: "Laval — Urgénces" })).toHaveLength(8);
    expect(await numbers({ ...today, minQuality: 90 })).toEqual([8]);
    expect(await numbers({ ...today, maxQuality: 50 })).toEqual([1, 2, 3, 4, 5, 6, 7]);
    expect(await numbers({ ...today, accountName: "100%_" })).toEqual([]);
  });

  it("resolves presets against the clock", async () => {
    // now is 10:00: the previous hour holds 09:00, 09:10 and 09:20.
    expect(await numbers({ period: "hour1" })).toEqual([7, 8, 9]);
    expect(await numbers({ period: "sinceMidnight" })).toHaveLength(9);
    expect(await numbers({ period: "hours12" })).toHaveLength(10);
  });

  it("sorts by any column, stably", async () => {
    const byDuration = await search({ ...today, sort: "duration", direction: "asc" });
    expect(byDuration.rows.map((r) => r.callNumber).slice(0, 2)).toEqual([6, 1]);
    const byQuality = await search({ ...today, sort: "callNumber", direction: "asc" });
    expect(byQuality.rows[0]!.callNumber).toBe(1);
  });

  it("never shows another client's calls, nor calls past retention", async () => {
    expect(await numbers({ ...today, account: 6101 })).toEqual([]);
    expect(await numbers({ ...today, call: 12 })).toEqual([]);
    expect(await numbers(today, bobCtx)).toEqual([12]);
    expect(await numbers({ ...today, account: 5201 }, bobCtx)).toEqual([]);
    expect(await numbers({ from: "2026-09-22T00:00", to: "2026-11-20T23:59" })).not.toContain(11);
    const refused = recordingsReport.filtersWithin(ctx).safeParse({ period: "custom", from: "2026-09-20T23:59", to: "2026-11-20T23:59" });
    expect(refused.error?.issues.map((i) => [i.path, i.message])).toEqual([[["from"], "beforeWindow"]]);
  });

  it("lists a call early on the window's oldest day, and its recording is served", async () => {
    const oldest = { period: "custom", from: "2026-09-21T00:00", to: "2026-09-21T23:59" } as const;
    expect(recordingsReport.filtersWithin(ctx).safeParse(oldest).success).toBe(true);
    expect(await numbers(oldest)).toEqual([13]);
    const dir = await mkdtemp(path.join(os.tmpdir(), "oldest-day-"));
    await writeFile(path.join(dir, "13.wav"), "RIFF");
    const options = { dir, retentionDays: 60, timeZone: "America/Toronto", now };
    expect(await findRecording(t.db, ctx.access, 13, options)).not.toBeNull();
    expect(await findRecording(t.db, ctx.access, 11, options)).toBeNull();
  });

  it("describes itself for exports and the operator command", async () => {
    const d = dictionaries.fr;
    const result = await search(today);
    expect(recordingsReport.totals(result, d, "fr")).toEqual([
      { label: d.sections.recordings.totalCalls, value: 9, kind: "integer" },
      { label: d.sections.recordings.totalDuration, value: 29.2, kind: "minutes1" },
    ]);
    const duration = recordingsReport.columns.find((c) => c.key === "duration")!;
    expect(duration.value(result.rows.at(-1)!, d)).toBe(2);
    const cli = recordingsReport.filters.parse(
      filtersFromFlags(recordingsReport, 
        { from: "2026-11-20T13:00:00Z", to: "2026-11-20", account: "5201", "min-minutes": "1.5", "caller-id": "514" },
        "America/Toronto",
      ),
    );
    expect(cli).toMatchObject({ from: "2026-11-20T08:00:00", to: "2026-11-20T23:59", account: 5201, minMinutes: 1.5, callerId: "514" });
    expect(recordingsReport.filters.safeParse(filtersFromFlags(recordingsReport, { from: "x", to: "2026-11-20", station: "abc" }, "UTC")).success).toBe(false);
    const described = recordingsReport.describeFilters(cli, d, "fr", "America/Toronto");
    expect(described[0]).toEqual({ label: d.sections.recordings.from, value: "2026-11-20 08:00" });
  });
});

describe("recordings totals kept per hour", () => {
  it("agree with the calls through inserts, updates and deletes, for whole and partial hours", async () => {
    const check = async (input: RecordingsFiltersInput) => {
      const fast = await search(input);
      // The same period with a filter that matches everything takes the plain path.
      const plain = await search({ ...input, minMinutes: 0.0001 });
      expect(fast.totals).toEqual(plain.totals);
      return fast.totals;
    };
    const morning = { from: "2026-11-20T07:30", to: "2026-11-20T09:14" };
    expect((await check(morning)).count).toBe(8);
    await t.db.updateTable("calls").set({ duration_seconds: 300 }).where("call_number", "=", 3).execute();
    await t.db.updateTable("calls").set({ started_at: at("12:00") }).where("call_number", "=", 4).execute();
    expect(await check(morning)).toMatchObject({ count: 7, durationSeconds: 120 * 4 + 300 + 900 + 10 });
    await t.db.deleteFrom("calls").where("call_number", "=", 5).execute();
    expect(await check(morning)).toMatchObject({ count: 6, durationSeconds: 120 * 4 + 300 + 10 });
    expect((await check(today)).count).toBe(8);
  });
});
