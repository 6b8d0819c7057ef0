import { createWriteStream, mkdtempSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDatabase, type TestDatabase } from "../../db/testing/test-database";
import { seedTwoCompanies } from "../testing/fixtures";
import { readXlsx } from "./testing/read-xlsx";
import { sampleReport } from "./testing/sample-report";
import { seedCalls } from "./testing/seed-calls";
import { writeReportWorkbook } from "./workbook";

let t: TestDatabase;
let alice: { userId: number; accountNumbers: number[] };
const dir = mkdtempSync(path.join(os.tmpdir(), "workbook-test-"));
const timeZone = "America/Toronto";
const now = new Date("2026-11-25T19:05:30Z");

beforeAll(async () => {
  t = await createTestDatabase();
  ({ alice } = (await seedTwoCompanies(t.db)).access);
  await seedCalls(t.db);
});
afterAll(() => t.drop());

async function write(locale: "fr" | "en", filters = { from: "2026-11-20", to: "2026-11-20" }) {
  const result = await sampleReport.run({ db: t.db, access: alice, timeZone, retentionDays: 60, now }, filters);
  const file = path.join(dir, `${locale}-${Math.random()}.xlsx`);
  await writeReportWorkbook(sampleReport, result, filters, { locale, timeZone, now }, createWriteStream(file));
  return readXlsx(file);
}

describe("writeReportWorkbook, read back by openpyxl", () => {
  it("puts the title, the filters and the export time (local wall clock) on top, then the header", async () => {
    const { sheets, created } = await write("fr");
    const sheet = sheets[0]!;
    expect(sheet.title).toBe("Appels d'essai");
    expect(sheet.rows[0]![0]!.v).toBe("Appels d'essai");
    expect(sheet.rows[1]!.slice(0, 2).map((c) => c.v)).toEqual(["From", "2026-11-20"]);
    expect(sheet.rows[2]!.slice(0, 2).map((c) => c.v)).toEqual(["To", "2026-11-20"]);
    expect(sheet.rows[3]![0]!.v).toBe("Exporté le");
    // 19:05:30 UTC is 14:05:30 in Toronto (EST).
    expect(sheet.rows[3]![1]).toMatchObject({ t: "datetime", v: "2026-11-25T14:05:30", f: "yyyy-mm-dd hh:mm:ss" });
    expect(sheet.rows[4]!.every((c) => c.v === null)).toBe(true);
    expect(sheet.rows[5]!.map((c) => c.v)).toEqual(["Date/Time", "Day", "Call #", "Account", "Caller <name>", "Minutes", "Stat", "Cost", "Quality"]);
    expect(created).toBe("2026-11-25T19:05:30");
  });

  it("freezes the panes under the header and puts the autofilter over the table only", async () => {
    const sheet = (await write("fr")).sheets[0]!;
    expect(sheet.freeze).toBe("A7");
    expect(sheet.autoFilter).toBe("A6:I9");
  });

  it("writes typed cells: local date-times, dates, numbers, durations, money, percentages", async () => {
    const sheet = (await write("fr")).sheets[0]!;
    const first = sheet.rows[6]!;
    expect(first[0]).toEqual({ t: "datetime", v: "2026-11-20T09:05:09", f: "yyyy-mm-dd hh:mm:ss" });
    expect(first[1]).toEqual({ t: "datetime", v: "2026-11-20T00:00:00", f: "yyyy-mm-dd" });
    expect(first[2]).toEqual({ t: "int", v: 520101, f: "0" });
    expect(first[4]).toMatchObject({ t: "str", v: "Jean Côté & fils" });
    expect(first[5]!.t).toBe("float");
    expect(first[5]!.f).toBe("0.0");
    expect(first[5]!.v).toBeCloseTo(125 / 60, 10);
    // openpyxl reads a [mm]:ss cell as a real duration.
    expect(first[6]).toMatchObject({ t: "timedelta", v: 125, f: "[mm]:ss" });
    expect(first[7]).toMatchObject({ v: 31.25, f: "#,##0.00 $" });
    expect(first[8]).toMatchObject({ v: 0.87, f: "0.0%" });
    // A null stays an empty cell, not 0.
    expect(sheet.rows[8]![8]!.v).toBeNull();
    expect(sheet.rows[8]![4]!.v).toBe("Marie <b>Roy</b>");
  });

  it("has Alice's rows only and the totals under a blank row", async () => {
    const sheet = (await write("fr")).sheets[0]!;
    const calls = sheet.rows.slice(6, 9).map((r) => r[2]!.v);
    expect(calls).toEqual([520101, 520201, 520102]);
    expect(sheet.rows[9]!.every((c) => c.v === null)).toBe(true);
    expect(sheet.rows[10]!.slice(0, 2)).toMatchObject([{ v: "Total calls" }, { t: "int", v: 3 }]);
    expect(sheet.rows[11]![1]!.v).toBeCloseTo((125 + 3725 + 61) / 60, 10);
    expect(sheet.rows.length).toBe(12);
  });

  it("uses the language's money format and adds the extra sheets with their own frozen header", async () => {
    const { sheets } = await write("en");
    expect(sheets[0]!.title).toBe("Sample calls");
    expect(sheets[0]!.rows[3]![0]!.v).toBe("Exported on");
    expect(sheets[0]!.rows[6]![7]!.f).toBe("$#,##0.00");
    const extra = sheets[1]!;
    expect(extra.title).toBe("Per account");
    expect(extra.freeze).toBe("A2");
    expect(extra.autoFilter).toBe("A1:B3");
    expect(extra.rows.map((r) => r.map((c) => c.v))).toEqual([["Account", "Calls"], [5201, 2], [5202, 1]]);
  });

  it("writes a valid workbook for an empty report", async () => {
    const sheet = (await write("fr", { from: "2026-01-01", to: "2026-01-01" })).sheets[0]!;
    expect(sheet.rows[5]![0]!.v).toBe("Date/Time");
    expect(sheet.autoFilter).toBe("A6:I7");
  });
});
