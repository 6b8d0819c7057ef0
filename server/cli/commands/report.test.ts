import { execFile } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDatabase, type TestDatabase } from "../../../db/testing/test-database";
import { readXlsx } from "../../exports/testing/read-xlsx";
import { seedTwoCompanies } from "../../testing/fixtures";
import { portal as portalCommand } from "../../testing/portal-command";
import { addDays, fromLocal, today } from "../../../shared/time-zone";

/** The operator command end to end, in a child process, on the real `billable` report. */
let t: TestDatabase;
const dir = mkdtempSync(path.join(os.tmpdir(), "report-cli-"));
const zone = "America/Toronto";
const day = addDays(today(zone), -3);

beforeAll(async () => {
  t = await createTestDatabase();
  await seedTwoCompanies(t.db);
  const billed = (account: number, call: number, time: string, seconds: number, callerName: string) => ({
    account_number: account,
    call_number: call,
    at: fromLocal(day, time, zone),
    description: "Appel entrant",
    number: "5145550101",
    caller_name: callerName,
    agent: "ELD",
    stat_seconds: seconds,
  });
  await t.db
    .insertInto("billable_calls")
    .values([
      billed(5201, 520101, "09:05:09", 105, 'Jean "JC" Côté, fils'),
      billed(5202, 520201, "10:00:00", 61, "Luc"),
      billed(6101, 610101, "11:00:00", 300, "Secret Patient"),
    ])
    .execute();
});
afterAll(() => t.drop());

const portal = (args: string[]) => portalCommand(args, { DATABASE_URL: t.url, PORTAL_TIMEZONE: zone, PORTAL_DATA_DIR: dir });

describe("portal report", () => {
  it("prints the user's report as JSON, only their accounts", async () => {
    const r = await portal(["report", "billable", "--from", day, "--to", day, "--user", "alice"]);
    expect(r.stderr).toBe("");
    expect(r.code).toBe(0);
    const json = JSON.parse(r.stdout);
    // Newest first, as the page lists them.
    expect(json.rows.map((row: { callNumber: number }) => row.callNumber)).toEqual([520201, 520101]);
    expect(json.totals).toMatchObject({ calls: 2, statSeconds: 166 });
  });

  it("gives Bob nothing of Alice's account, even when he asks for it", async () => {
    const r = await portal(["report", "billable", "--from", day, "--to", day, "--account", "5201", "--user", "bob"]);
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout).rows).toEqual([]);
  });

  it("writes CSV: header in the user's language, RFC 4180 quoting, local ISO date-times", async () => {
    const r = await portal(["report", "billable", "--from", day, "--to", day, "--user", "alice", "--format", "csv"]);
    expect(r.code).toBe(0);
    const lines = r.stdout.split("\r\n");
    expect(lines).toHaveLength(4);
    expect(lines[3]).toBe("");
    // Newest first: the 10:00 call, then the 09:05 one with the quoted caller name.
    expect(lines[2]).toBe(`${day}T09:05:09,5201,Appel entrant,5145550101,"Jean ""JC"" Côté, fils",ELD,01:45`);
  });

  it("writes the web's workbook with --out", async () => {
    const out = path.join(dir, "billable.xlsx");
    const r = await portal(["report", "billable", "--from", day, "--to", day, "--user", "bob", "--format", "xlsx", "--out", out]);
    expect(r.code).toBe(0);
    expect(r.stdout).toBe("");
    const sheet = readXlsx(out).sheets[0]!;
    expect(sheet.rows[0]![0]!.v).toBe("Billable Calls");
    const data = sheet.rows.filter((row) => row[0]?.t === "datetime" && row[1]?.t === "int");
    expect(data.map((row) => row[1]!.v)).toEqual([6101]);
    expect(data[0]![0]!.v).toBe(`${day}T11:00:00`);
  });

  it("writes xlsx to standard output when it is not a terminal", async () => {
    const r = await new Promise<Buffer>((resolve) =>
      execFile(
        process.execPath,
        ["--import", "tsx", "server/cli/main.ts", "report", "billable", "--from", day, "--to", day, "--user", "alice", "--format", "xlsx"],
        { env: { ...process.env, DATABASE_URL: t.url, PORTAL_TIMEZONE: zone, PORTAL_DATA_DIR: dir }, encoding: "buffer" },
        (_e, stdout) => resolve(stdout),
      ),
    );
    expect(r.subarray(0, 2).toString()).toBe("PK");
    const file = path.join(dir, "stdout.xlsx");
    writeFileSync(file, r);
    expect(readXlsx(file).sheets[0]!.rows[0]![0]!.v).toBe("Appels facturables");
  });

  it("refuses an unknown user, a bad filter, an unknown section with one line on stderr", async () => {
    const unknown = await portal(["report", "billable", "--from", day, "--to", day, "--user", "mallory"]);
    expect(unknown.code).toBe(1);
    expect(unknown.stdout).toBe("");
    expect(unknown.stderr).toBe('error: unknown user "mallory"\n');
    const bad = await portal(["report", "billable", "--from", "2026-13-45", "--to", day, "--user", "alice"]);
    expect(bad.code).toBe(1);
    expect(bad.stderr).toBe("error: --from: Enter a valid date (YYYY-MM-DD).\n");
    const section = await portal(["report", "nope", "--user", "alice"]);
    expect(section.code).toBe(2);
    expect(section.stderr.split("\n")).toHaveLength(2);
    expect(section.stderr).toMatch(/^error: unknown section "nope"/);
  });
});
