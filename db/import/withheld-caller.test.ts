import { mkdtemp, rm, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { recordingsFilters } from "../../shared/filters/recordings";
import { loadAccess } from "../../server/access";
import { reportCsv } from "../../server/exports/csv";
import { readXlsx } from "../../server/exports/testing/read-xlsx";
import { reportWorkbookBuffer } from "../../server/exports/workbook-buffer";
import { recordingsReport } from "../../server/reports/recordings/report";
import { seedTwoCompanies } from "../../server/testing/fixtures";
import { createTestDatabase, type TestDatabase } from "../testing/test-database";
import { importNdjson } from "./ndjson-import";

let t: TestDatabase;
let dir: string;
beforeAll(async () => {
  t = await createTestDatabase();
  dir = await mkdtemp(path.join(os.tmpdir(), "portal-withheld-"));
});
afterAll(async () => {
  await t.drop();
  await rm(dir, { recursive: true, force: true });
});

const call = (callNumber: number, extra: Record<string, unknown>) => ({
  type: "call",
  callNumber,
  accountNumber: 5201,
  startedAt: "2026-11-20T09:15:00-05:00",
  kind: "in",
  durationSeconds: 95,
  outcome: "answered",
  ...extra,
});

describe("a withheld caller (callerId / callerName null)", () => {
  it("is imported as null, and stays null in the report and empty in its exports", async () => {
    const { aliceId } = await seedTwoCompanies(t.db);
    const file = path.join(dir, "withheld.ndjson");
    const lines = [
      call(1, { callerId: null, callerName: null }),
      call(2, { kind: "disconnect", outcome: null, callerId: null, callerName: "TREMBLAY J" }),
      call(3, {}),
    ];
    await writeFile(file, lines.map((l) => JSON.stringify(l)).join("\n") + "\n");
    await importNdjson(t.db, file, { recordingsDir: path.join(dir, "rec") });

    const stored = await t.db.selectFrom("calls").select(["call_number", "caller_id", "caller_name"]).orderBy("call_number").execute();
    expect(stored).toEqual([
      { call_number: 1, caller_id: null, caller_name: null },
      { call_number: 2, caller_id: null, caller_name: "TREMBLAY J" },
      { call_number: 3, caller_id: null, caller_name: null },
    ]);

    const ctx = { db: t.db, access: await loadAccess(t.db, aliceId), timeZone: "America/Toronto", retentionDays: 60, now: new Date("2026-11-20T15:00:00Z") };
    const filters = recordingsFilters.parse({ from: "2026-11-20T00:00", to: "2026-11-20T23:59", sort: "callNumber", direction: "asc" });
    const result = await recordingsReport.run(ctx, filters);
    expect(result.rows.map((r) => [r.callerId, r.callerName])).toEqual([
      [null, null],
      [null, "TREMBLAY J"],
      [null, null],
    ]);

    const csv = reportCsv(recordingsReport, result, { locale: "en", timeZone: "America/Toronto" }).split("\r\n");
    const header = csv[0]!.split(",");
    const callerId = header.indexOf("Caller ID");
    expect(callerId).toBeGreaterThanOrEqual(0);
    expect(csv[1]!.split(",")[callerId]).toBe("");

    const xlsx = path.join(dir, "withheld.xlsx");
    await writeFile(xlsx, await reportWorkbookBuffer(recordingsReport, result, filters, { locale: "en", timeZone: "America/Toronto", now: ctx.now }));
    const rows = readXlsx(xlsx).sheets[0]!.rows;
    const head = rows.findIndex((r) => r.some((c) => c.v === "Caller ID"));
    const column = rows[head]!.findIndex((c) => c.v === "Caller ID");
    expect(rows[head + 1]![column]!.v).toBeNull();
  });
});
