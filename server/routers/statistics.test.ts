import { mkdtempSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDatabase, type TestDatabase } from "../../db/testing/test-database";
import { statisticsFilters } from "../../shared/filters/statistics";
import { statisticKeys } from "../../shared/statistics";
import { addDays, today } from "../../shared/time-zone";
import { createApp } from "../app";
import { readXlsx } from "../exports/testing/read-xlsx";
import { statisticsReport } from "../reports/statistics/report";
import { type CallRow, callRow } from "../reports/statistics/testing/statistics-example";
import { alice, bob, seedTwoCompanies, testConfig } from "../testing/fixtures";
import { portal as portalCommand } from "../testing/portal-command";
import { TestBrowser } from "../testing/http-client";

/**
 * The Statistics procedures over HTTP as a browser calls them (alice and bob must never see
 * each other's calls), the figures' identities on random data checked against an independent
 * count in JavaScript, and the operator's `portal report statistics` (JSON and xlsx).
 */
let t: TestDatabase;
let app: ReturnType<typeof createApp>;
const zone = "America/Toronto";
const config = testConfig();
const dir = mkdtempSync(path.join(os.tmpdir(), "statistics-cli-"));
// Recent days, so that they are inside the retention window whenever the test runs.
const to = addDays(today(zone), -1);
const from = addDays(to, -9);
const period = { from, to };
let rows: CallRow[] = [];

/** A seeded generator, so a failure can be replayed. */
function random(seed: number) {
  return () => {
    seed = (seed * 1_103_515_245 + 12_345) % 2 ** 31;
    return seed / 2 ** 31;
  };
}

beforeAll(async () => {
  t = await createTestDatabase();
  await seedTwoCompanies(t.db);
  const next = random(42);
  const pick = <T>(list: readonly T[]) => list[Math.floor(next() * list.length)]!;
  const start = Date.parse(`${from}T12:00:00Z`);
  rows = Array.from({ length: 700 }, (_, i) => {
    const kind = pick(["in", "in", "in", "in", "out", "disconnect"] as const);
    const outcome = kind === "in" ? pick(["automated", "abandoned", "unanswered", "answered", "answered", "answered", "busy"] as const) : null;
    const answered = outcome === "answered";
    const transferred = next() < 0.1;
    return callRow({
      call_number: 100_000 + i,
      account_number: pick([5201, 5202, 6101]),
      started_at: new Date(start + Math.floor(next() * 9 * 86_400_000)).toISOString(),
      kind,
      outcome,
      duration_seconds: pick([3, 6, 7, 30, 200]),
      agent_seconds: pick([0, 9, 10, 60]),
      answer_delay_seconds: answered ? Math.floor(next() * 90) : null,
      hold_seconds: pick([0, 10, 11, 45]),
      work_seconds: Math.floor(next() * 300),
      transferred,
      transfer_seconds: transferred ? Math.floor(next() * 200) : null,
      distribution_group: pick([0, 1, 2]),
      agent: pick(["ELD", "mcl", null]),
    });
  });
  await t.db.insertInto("calls").values(rows).execute();
  app = createApp({ db: t.db, config });
});
afterAll(() => t.drop());

async function browserFor(user: { username: string; password: string }) {
  const browser = new TestBrowser(app);
  expect((await browser.signIn(user.username, user.password)).status).toBe(200);
  return browser;
}

/** docs/statistics-definitions.md read directly, record by record, in JavaScript: the oracle for the SQL. */
function expected(records: CallRow[]) {
  const counted = records.filter((r) => r.kind === "in" && r.outcome && r.outcome !== "busy" && r.duration_seconds > 6);
  const automated = counted.filter((r) => r.outcome === "automated" || (r.outcome === "answered" && (r.agent_seconds ?? 0) < 10));
  const answered = counted.filter((r) => r.outcome === "answered" && (r.agent_seconds ?? 0) >= 10);
  return {
    T: counted.length,
    A: automated.length,
    B: counted.filter((r) => r.outcome === "abandoned").length,
    U: counted.filter((r) => r.outcome === "unanswered").length,
    R: answered.length,
    H: counted.filter((r) => (r.hold_seconds ?? 0) > 10).length,
    W: answered.filter((r) => (r.answer_delay_seconds ?? 99) <= 30).length,
    X: counted.filter((r) => r.transferred).length,
    busy: records.filter((r) => r.kind === "in" && r.outcome === "busy").length,
    workSum: records.reduce((s, r) => s + (r.work_seconds ?? 0), 0),
  };
}

describe("statistics over HTTP", () => {
  it("agrees with docs/statistics-definitions.md read record by record, and T = A + G, G = B + S, S = U + R", async () => {
    const browser = await browserFor(alice);
    const { status, body } = await browser.trpc("statistics.figures", { ...period });
    expect(status).toBe(200);
    const sums = body.result.data.sums;
    const mine = rows.filter((r) => r.account_number !== 6101);
    expect(sums).toMatchObject(expected(mine));
    expect(sums.T).toBe(sums.A + sums.G);
    expect(sums.G).toBe(sums.B + sums.S);
    expect(sums.S).toBe(sums.U + sums.R);
    expect(sums.T).toBeGreaterThan(100);
    expect(body.result.data.figures.map((f: { key: string }) => f.key)).toEqual([...statisticKeys]);
    // One account only, and the other filters, against the same oracle.
    const oneAccount = await browser.trpc("statistics.figures", { ...period, account: 5202, agent: "MCL", minHold: 10 });
    expect(oneAccount.body.result.data.sums).toMatchObject(
      expected(mine.filter((r) => r.account_number === 5202 && r.agent?.toLowerCase() === "mcl" && (r.hold_seconds ?? 0) > 10)),
    );
  });

  it("lists exactly the calls behind each figure, page by page", async () => {
    const browser = await browserFor(alice);
    const figures = (await browser.trpc("statistics.figures", { ...period })).body.result.data.figures as { key: string; value: number }[];
    for (const key of ["totalInbound", "abandoned", "answeredWithin30s", "held", "busy", "transfers"]) {
      const first = await browser.trpc("statistics.calls", { filters: { ...period }, figure: key, limit: 200 });
      expect(first.body.result.data.total, key).toBe(figures.find((f) => f.key === key)!.value);
      expect(first.body.result.data.calls.every((c: { accountNumber: number }) => c.accountNumber !== 6101)).toBe(true);
    }
  });

  it("never shows bob alice's calls, whatever he asks", async () => {
    const browser = await browserFor(bob);
    const asked = await browser.trpc("statistics.figures", { ...period, account: 5201 });
    expect(asked.body.result.data.sums.T).toBe(0);
    expect(asked.body.result.data.companies).toEqual([]);
    const billing = await browser.trpc("statistics.figures", { ...period, billing: "120045" });
    expect(billing.body.result.data.sums.workSum).toBe(0);
    const charts = await browser.trpc("statistics.charts", { ...period, account: 5201 });
    expect(charts.body.result.data.perHour.every((h: { count: number }) => h.count === 0)).toBe(true);
    const calls = await browser.trpc("statistics.calls", { filters: { ...period, account: 5201 }, figure: "avgWorkSeconds" });
    expect(calls.body.result.data).toEqual({ calls: [], total: 0 });
    const own = await browser.trpc("statistics.figures", { ...period });
    expect(own.body.result.data.sums).toMatchObject(expected(rows.filter((r) => r.account_number === 6101)));
    const options = await browser.trpc("statistics.options");
    expect(options.body.result.data.accountGroups).toEqual([3]);
  });

  it("refuses strangers, bad input and a period before the retention window, field by field", async () => {
    const stranger = new TestBrowser(app);
    expect((await stranger.trpc("statistics.figures", { ...period })).status).toBe(401);
    const browser = await browserFor(alice);
    const bad = await browser.trpc("statistics.figures", { ...period, after: "25:00", minHold: -1 });
    expect(bad.status).toBe(400);
    expect(bad.body.error.data.fieldErrors).toMatchObject({ after: ["invalidTime"], minHold: ["outOfRange"] });
    const old = await browser.trpc("statistics.figures", { from: "2020-01-01", to });
    expect(old.status).toBe(400);
    expect(old.body.error.data.fieldErrors).toEqual({ from: ["beforeWindow"] });
    expect(JSON.stringify(old.body)).not.toMatch(/at .*\.ts/);
  });
});

describe("the operator command", () => {
  const portal = (args: string[]) => portalCommand(args, { DATABASE_URL: t.url, PORTAL_TIMEZONE: zone, PORTAL_DATA_DIR: dir });

  it("prints docs/operator.md's JSON, the same figures as the page", async () => {
    const r = await portal(["report", "statistics", "--from", from, "--to", to, "--user", "alice", "--include-distribution", "0,1", "--min-hold", "10", "--format", "json"]);
    expect(r.stderr).toBe("");
    expect(r.code).toBe(0);
    const json = JSON.parse(r.stdout);
    expect(Object.keys(json)).toEqual(["metrics"]);
    expect(json.metrics.map((m: { key: string }) => m.key)).toEqual([...statisticKeys]);
    for (const m of json.metrics) expect(Object.keys(m)).toEqual(["key", "count", "percent"]);
    const chosen = rows.filter((r) => r.account_number !== 6101 && [0, 1].includes(r.distribution_group ?? 0) && (r.hold_seconds ?? 0) > 10);
    expect(json.metrics[0]).toEqual({ key: "totalInbound", count: expected(chosen).T, percent: expected(chosen).T ? 100 : null });
    const viaReport = await statisticsReport.run(
      { db: t.db, access: { userId: 0, accountNumbers: [5201, 5202] }, timeZone: zone, retentionDays: 60, now: new Date() },
      statisticsFilters.parse({ ...period, includeDistribution: [0, 1], minHold: 10 }),
    );
    expect(json).toEqual(statisticsReport.toJson!(viaReport));
  });

  it("says what is wrong with an option, in one line", async () => {
    const r = await portal(["report", "statistics", "--from", from, "--to", to, "--user", "alice", "--weekday", "someday"]);
    expect(r.code).not.toBe(0);
    expect(r.stderr.trim().split("\n")).toHaveLength(1);
  });

  it("writes the workbook: the 16 figures with their labels, and a sheet per chart", async () => {
    const out = path.join(dir, "statistics.xlsx");
    const r = await portal(["report", "statistics", "--from", from, "--to", to, "--user", "bob", "--format", "xlsx", "--out", out]);
    expect(r.code, r.stderr).toBe(0);
    const { sheets } = readXlsx(out);
    const main = sheets[0]!;
    const header = main.rows.findIndex((row) => row[0]?.v === "Statistic" || row[0]?.v === "Statistiques");
    expect(header).toBeGreaterThan(0);
    const figures = main.rows.slice(header + 1, header + 17);
    expect(figures.map((row) => row[0]!.v)).toContain("Total inbound calls");
    expect(figures[0]![1]!.v).toBe(expected(rows.filter((x) => x.account_number === 6101)).T);
    expect(sheets.map((s) => s.title).slice(1)).toEqual(["Per day", "Per hour", "Answer delay"]);
    expect(sheets[1]!.rows.length).toBe(1 + 10);
  });
});
