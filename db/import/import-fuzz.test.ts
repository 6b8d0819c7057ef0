import { mkdir, mkdtemp, readdir, rm, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDatabase, type TestDatabase } from "../testing/test-database";
import { dumpTables } from "../testing/table-dump";
import { ImportError, importNdjson } from "./ndjson-import";

/**
 * Import fuzzing: files of good records with lines broken the ways real files break (cut
 * short, a value of the wrong type, a key given twice with a bad last value, a NUL, a huge
 * number, an unknown reference), the bad line anywhere, also after a full batch was written
 * in the transaction. The property: a refused file is an ImportError and changes nothing —
 * no row, no recording file; an accepted one imported every line. Bounded (a fixed seed);
 * FUZZ_RUNS raises it.
 */
const runs = Number(process.env.FUZZ_RUNS ?? 25);
let t: TestDatabase;
let dir: string;
let recordingsDir: string;

beforeAll(async () => {
  t = await createTestDatabase();
  dir = await mkdtemp(path.join(os.tmpdir(), "portal-import-fuzz-"));
  recordingsDir = path.join(dir, "recordings");
  await mkdir(recordingsDir);
  await writeFile(path.join(dir, "clip.wav"), Buffer.concat([Buffer.from("RIFF"), Buffer.alloc(400, 7)]));
  await importNdjson(t.db, await file("base.ndjson", [lineOf(billing), lineOf(account(5201))]), { recordingsDir });
});
afterAll(async () => {
  await t.drop();
  await rm(dir, { recursive: true, force: true });
});

let files = 0;
async function file(name: string, lines: string[]): Promise<string> {
  const p = path.join(dir, name);
  await writeFile(p, lines.join("\n") + "\n");
  return p;
}
const lineOf = (record: unknown) => JSON.stringify(record);

const recent = new Date(Date.now() - 86_400_000).toISOString();
const billing = { type: "billing_account", billingNumber: "120045", name: "Plomberie Laval inc." };
const account = (accountNumber: number) => ({ type: "account", accountNumber, billingNumber: "120045", name: `Compte ${accountNumber}`, group: 1 });
const call = (callNumber: number, accountNumber: number, extra: Record<string, unknown> = {}) => ({
  type: "call",
  callNumber,
  accountNumber,
  startedAt: recent,
  kind: "in",
  durationSeconds: 60,
  callerId: "5145550101",
  callerName: "Jean Tremblay",
  agent: "MCL",
  station: 3,
  outcome: "answered",
  answerDelaySeconds: 4,
  agentSeconds: 50,
  holdSeconds: 0,
  workSeconds: 10,
  transferred: false,
  transferSeconds: null,
  distributionGroup: 1,
  quality: 90,
  recording: null,
  ...extra,
});

// Accounts 5201 (in the database) and 5202 (defined by some files); keys from small ranges, so
// that a file repeats keys (the later record wins) and updates rows already there.
const accountNumber = fc.constantFrom(5201, 5201, 5202);
const text = fc.oneof(fc.string({ maxLength: 20 }), fc.constantFrom("Équipement", "RENDEZ-VOUS", "😀", "<b>x</b>", "' or 1=1 --"));
const goodRecord: fc.Arbitrary<Record<string, unknown>> = fc.oneof(
  fc.record({ n: fc.integer({ min: 1000, max: 1040 }), a: accountNumber, who: fc.option(text) }).map(({ n, a, who }) => call(n, a, { callerName: who })),
  fc.record({ n: fc.integer({ min: 1000, max: 1040 }), a: accountNumber }).map(({ n, a }) => call(n, a, { recording: { file: "clip.wav" } })),
  fc.record({ id: fc.integer({ min: 1, max: 30 }), a: accountNumber, title: text, v: text }).map(({ id, a, title, v }) => ({
    type: "message", messageId: id, accountNumber: a, callNumber: null, takenAt: recent, agent: "MCL", title,
    fields: [{ label: "Note", value: v }], history: [],
  })),
  fc.record({ id: fc.integer({ min: 1, max: 20 }), amount: fc.integer({ min: 0, max: 99_999 }) }).map(({ id, amount }) => ({
    type: "billing_entry", billingNumber: "120045", entryId: `E-${id}`, date: recent.slice(0, 10), description: "Services",
    amount: (amount / 100).toFixed(2), accountNumber: 5201,
  })),
  fc.record({ n: fc.integer({ min: 1000, max: 1040 }), a: accountNumber }).map(({ n, a }) => ({
    type: "billable_call", accountNumber: a, callNumber: n, at: recent, description: "Appel", number: "5145550101",
    callerName: "X", agent: "MCL", statSeconds: 30,
  })),
);
const wrongValue = fc.oneof(fc.string({ maxLength: 8 }), fc.double(), fc.constantFrom(null, true, [], {}, 2 ** 53 + 1, -1, 1e308, "\u0000"));

/** A good line broken one way. Some ways may leave it good (a null where null is allowed): fine. */
const brokenLine = fc.tuple(goodRecord, fc.nat(), wrongValue, fc.constantFrom("cut", "type", "duplicate", "nul", "reference", "missing")).map(
  ([record, at, value, how]) => {
    const line = lineOf(record);
    const keys = Object.keys(record).filter((k) => k !== "type");
    const key = keys[at % keys.length]!;
    switch (how) {
      case "cut":
        return line.slice(0, 1 + (at % (line.length - 1)));
      case "type":
        return lineOf({ ...record, [key]: value });
      case "duplicate": // JSON.parse keeps the last: the bad value
        return `${line.slice(0, -1)},${JSON.stringify(key)}:${JSON.stringify(value)}}`;
      case "nul":
        return lineOf({ ...record, [key]: `x\u0000${String(record[key])}` });
      case "reference":
        return lineOf({ ...record, accountNumber: 9999, billingNumber: record.type === "billing_entry" ? "999999" : record.billingNumber });
      default: {
        const { [key]: _dropped, ...rest } = record;
        return lineOf(rest);
      }
    }
  },
);

const fileLines = fc.record({
  // Sometimes a full batch (2,000 lines) of good calls first: the bad line comes after rows
  // were already written inside the transaction.
  batchFirst: fc.boolean(),
  defineAccount: fc.boolean(),
  lines: fc.array(fc.oneof({ weight: 3, arbitrary: goodRecord.map(lineOf) }, { weight: 1, arbitrary: brokenLine }), { minLength: 1, maxLength: 12 }),
});
const batch = Array.from({ length: 2100 }, (_, i) => lineOf(call(20_000 + i, 5201)));

describe("import fuzzing", () => {
  it("a refused file changes nothing (no row, no recording file); an accepted one imported every line", async () => {
    let refused = 0;
    await fc.assert(
      fc.asyncProperty(fileLines, async ({ batchFirst, defineAccount, lines }) => {
        const all = [...(batchFirst ? batch : []), ...(defineAccount ? [lineOf(account(5202))] : []), ...lines];
        const before = await dumpTables(t.db);
        const filesBefore = (await readdir(recordingsDir)).sort();
        const outcome = await importNdjson(t.db, await file(`fuzz-${files++}.ndjson`, all), { recordingsDir }).then(
          (result) => ({ result }),
          (error: unknown) => ({ error }),
        );
        if ("error" in outcome) {
          refused++;
          expect(outcome.error).toBeInstanceOf(ImportError);
          expect(await dumpTables(t.db)).toEqual(before);
          expect((await readdir(recordingsDir)).sort()).toEqual(filesBefore);
        } else {
          const counted = Object.values(outcome.result.imported).reduce((a, b) => a + b, 0);
          expect(counted).toBe(all.length);
        }
      }),
      { numRuns: runs, seed: 13 },
    );
    // The generator must mostly produce bad files, or the property says little.
    expect(refused).toBeGreaterThan(runs / 3);
  }, 240_000);
});
