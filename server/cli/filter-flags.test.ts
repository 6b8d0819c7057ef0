import { mkdtempSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDatabase, type TestDatabase } from "../../db/testing/test-database";
import { firstKeptDay } from "../../shared/retention-window";
import { addDays, today } from "../../shared/time-zone";
import { reports } from "../reports/registry";
import { seedTwoCompanies } from "../testing/fixtures";
import { portal as portalCommand } from "../testing/portal-command";
import { filtersFromFlags, flagsOf } from "./filter-flags";

const zone = "America/Toronto";

describe("the filter flags, one parser for every section", () => {
  it("takes exactly the flags docs/operator.md lists", () => {
    const flags = Object.fromEntries(Object.entries(reports).map(([section, definition]) => [section, flagsOf(definition)]));
    expect(flags).toEqual({
      recordings: [
        "--from", "--to", "--account", "--billing", "--call", "--agent", "--station", "--min-minutes", "--max-minutes",
        "--caller-id", "--account-name", "--min-quality", "--max-quality",
      ],
      messages: ["--from", "--to", "--account", "--billing", "--call", "--agent", "--keyword"],
      billing: ["--account", "--billing"],
      billable: ["--from", "--to", "--account"],
      statistics: [
        "--from", "--to", "--account", "--billing", "--include-groups", "--exclude-groups", "--include-distribution",
        "--exclude-distribution", "--after", "--before", "--weekday", "--agent", "--min-hold", "--min-answer-delay",
      ],
    });
  });

  it("reads every kind of value the schemas take", () => {
    expect(filtersFromFlags(reports.statistics!, { from: "2026-11-02T03:00:00Z", "include-groups": "1, 2", weekday: "Monday", "min-hold": "10" }, zone)).toEqual({
      from: "2026-11-01",
      includeGroups: [1, 2],
      weekday: 1,
      minHold: 10,
    });
    expect(filtersFromFlags(reports.statistics!, { weekday: "all", account: "x" }, zone)).toEqual({ weekday: null, account: "x" });
    // Only decimal numbers are numbers: the schema refuses the rest in its own words.
    expect(filtersFromFlags(reports.billable!, { account: "0x10" }, zone)).toEqual({ account: "0x10" });
    expect(filtersFromFlags(reports.recordings!, { "min-minutes": "1.5" }, zone)).toEqual({ period: "custom", minMinutes: 1.5 });
    expect(filtersFromFlags(reports.recordings!, { from: "2026-11-20T13:00:00Z", to: "2026-11-20", "caller-id": "514" }, zone)).toEqual({
      period: "custom",
      from: "2026-11-20T08:00:00",
      to: "2026-11-20T23:59",
      callerId: "514",
    });
  });

  it("refuses a flag with no value, or one the section does not take, alike in every section", () => {
    for (const [section, definition] of Object.entries(reports)) {
      for (const flag of flagsOf(definition)) {
        expect(() => filtersFromFlags(definition, { [flag.slice(2)]: true }, zone), `${section} ${flag}`).toThrow(`${flag} needs a value`);
        expect(() => filtersFromFlags(definition, { [flag.slice(2)]: " " }, zone), `${section} ${flag}`).toThrow(`${flag} needs a value`);
      }
      expect(() => filtersFromFlags(definition, { acount: "5201" }, zone)).toThrow(`--acount is not a filter of ${section}`);
    }
  });
});

describe("portal report's refusals: one line in words, for each section", () => {
  let t: TestDatabase;
  const dir = mkdtempSync(path.join(os.tmpdir(), "filter-flags-"));
  const oldest = firstKeptDay({ timeZone: zone, retentionDays: 60, now: new Date() });
  const day = today(zone);
  const tooOld = addDays(oldest, -1);

  beforeAll(async () => {
    t = await createTestDatabase();
    await seedTwoCompanies(t.db);
  });
  afterAll(() => t.drop());

  const portal = (args: string[]) =>
    portalCommand(["report", ...args, "--user", "alice"], { DATABASE_URL: t.url, PORTAL_TIMEZONE: zone, PORTAL_DATA_DIR: dir, RETENTION_DAYS: "60" });

  // Per section: a flag left without its value, a period starting the day before the window.
  const cases: [string, string[], string, string[], string][] = [
    ["recordings", ["--from", day, "--to", day, "--account"], "--account needs a value", ["--from", `${tooOld}T23:59`, "--to", day], `--from: the oldest day allowed is ${oldest}`],
    ["messages", ["--from", day, "--to", day, "--agent"], "--agent needs a value", ["--from", tooOld, "--to", day], `--from: the oldest day allowed is ${oldest}`],
    ["billable", ["--from", "--to", day], "--from needs a value", ["--from", tooOld, "--to", day], `--from: the oldest day allowed is ${oldest}`],
    ["statistics", ["--from", day, "--to", day, "--min-hold"], "--min-hold needs a value", ["--from", tooOld, "--to", day], `--from: the oldest day allowed is ${oldest}`],
    // The billing history is not limited by the window: its refusal is of the one-of-two rule.
    ["billing", ["--billing"], "--billing needs a value", ["--account", "5201", "--billing", "120045"], "--account: Enter a client account number or a billing number."],
  ];

  it.each(cases)("%s", async (section, noValue, noValueLine, refused, refusedLine) => {
    const empty = await portal([section, ...noValue]);
    expect(empty).toEqual({ code: 2, stdout: "", stderr: `error: ${noValueLine}\n` });
    const old = await portal([section, ...refused]);
    expect(old).toEqual({ code: 1, stdout: "", stderr: `error: ${refusedLine}\n` });
  });

  it("names the flag a bad value was given to, and the section's flags for an unknown one", async () => {
    const backwards = await portal(["billable", "--from", day, "--to", addDays(day, -1)]);
    expect(backwards.stderr).toBe("error: --to: The end must be after the start.\n");
    const typo = await portal(["messages", "--from", day, "--to", day, "--acount", "5201"]);
    expect(typo.code).toBe(2);
    expect(typo.stderr).toBe(
      "error: --acount is not a filter of messages (its filters: --from, --to, --account, --billing, --call, --agent, --keyword)\n",
    );
  });
});
