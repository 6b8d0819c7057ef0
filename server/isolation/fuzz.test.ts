import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDatabase, type TestDatabase } from "../../db/testing/test-database";
import { createApp } from "../app";
import { alice, seedTwoCompanies, testConfig } from "../testing/fixtures";
import { TestBrowser } from "../testing/http-client";
import { appRouter } from "../trpc/app-router";

/**
 * Fuzzing every tRPC procedure (read from the router: a new one is fuzzed without a line
 * here) with generated inputs — wrong types, huge and odd numbers, unicode, NUL, SQL and HTML
 * fragments, under the field names the procedures use and others — as a signed-in user:
 * never a 500, never a stack or database text. Bounded (a fixed seed, a few dozen inputs a
 * procedure) so that CI stays fast; FUZZ_RUNS raises it for a longer hunt.
 */
const runs = Number(process.env.FUZZ_RUNS ?? 40);
const nasty = fc.constantFrom(
  "\u0000",
  "a\u0000b",
  "'; drop table calls; --",
  "' or '1'='1",
  "<script>alert(1)</script>",
  "%00",
  "\uFFFF\uD800",
  "😀".repeat(50),
  "x".repeat(5000),
  "2026-02-30",
  "2026-11-25T25:61",
  "NaN",
  "-1",
  "1e308",
  "9007199254740993",
  "__proto__",
);
const numbers = fc.oneof(fc.integer(), fc.double(), fc.constantFrom(Number.MAX_SAFE_INTEGER + 2, -0, 1e308, -1e308, 2 ** 31, -(2 ** 31) - 1));
const leaf = fc.oneof(nasty, fc.string(), fc.string({ unit: "binary", maxLength: 30 }), numbers, fc.boolean(), fc.constant(null));
const fieldNames = fc.constantFrom(
  "from", "to", "account", "billing", "call", "agent", "station", "keyword", "filters", "figure", "offset", "limit",
  "messageId", "locale", "current", "next", "section", "recipients", "note", "body", "pageTitle", "contact",
  "period", "sort", "direction", "page", "weekday", "after", "before", "includeGroups", "minMinutes", "__proto__", "constructor",
);
const value: fc.Arbitrary<unknown> = fc.letrec((tie) => ({
  any: fc.oneof({ depthSize: "small" }, leaf, tie("array"), tie("object")),
  array: fc.array(tie("any"), { maxLength: 4 }),
  object: fc.dictionary(fieldNames, tie("any"), { maxKeys: 6 }),
})).any;

/**
 * Inputs that pass most of a schema, with a bad value here and there: they reach the queries,
 * where a value the schema let through could still break one.
 */
const day = fc.oneof(fc.constantFrom("2026-11-20", "2026-11-24", "1970-01-01", "9999-12-31"), leaf);
const plausibleFilters = fc.record(
  {
    from: fc.oneof(day, fc.constantFrom("2026-11-20T00:00")),
    to: fc.oneof(day, fc.constantFrom("2026-11-24T23:59")),
    account: fc.oneof(fc.constantFrom(5201, 6101, 2_147_483_647), leaf),
    billing: fc.oneof(fc.constantFrom("120045", "130077"), leaf),
    keyword: leaf,
    agent: leaf,
    call: fc.oneof(fc.constant(900001), numbers),
  },
  { requiredKeys: ["from", "to"] },
);
const plausible = fc.oneof(
  plausibleFilters,
  fc.record({ filters: plausibleFilters, offset: fc.oneof(fc.nat(), numbers), figure: fc.constantFrom("totalInbound", "x"), limit: numbers }, { requiredKeys: ["filters"] }),
  fc.record({ section: fc.constantFrom("messages", "billing", "recordings"), filters: plausibleFilters, recipients: fc.array(fc.oneof(fc.constant("a@example.test"), leaf), { maxLength: 3 }) }),
  fc.record({ messageId: fc.oneof(fc.constant(1), numbers), locale: fc.oneof(fc.constantFrom("fr", "en"), leaf), account: fc.oneof(fc.constant(5201), leaf), body: leaf }),
);
const input = fc.oneof(value, plausible);

let t: TestDatabase;
let browser: TestBrowser;

beforeAll(async () => {
  t = await createTestDatabase();
  await seedTwoCompanies(t.db);
  browser = new TestBrowser(createApp({ db: t.db, config: testConfig() }));
  expect((await browser.signIn(alice.username, alice.password)).status).toBe(200);
});
afterAll(() => t.drop());

describe("fuzzing every procedure", () => {
  const procedures = Object.entries(appRouter._def.procedures as unknown as Record<string, { _def: { type: string } }>);
  for (const [procedure, { _def }] of procedures) {
    // Changing the password would end the other tests' session: fuzzed with a wrong current password.
    const generated = procedure === "session.changePassword" ? fc.record({ current: value, next: value }) : input;
    it(`${procedure}: no 500 whatever the input`, async () => {
      await fc.assert(
        fc.asyncProperty(generated, async (given) => {
          const kind = _def.type === "mutation" ? "mutation" : "query";
          const { status, body } = await browser.trpc(procedure, given, kind);
          expect(status, JSON.stringify(body)).toBeLessThan(500);
          expect(JSON.stringify(body)).not.toMatch(/postgres|syntax error|at [\w.]+ \(|node_modules/i);
        }),
        { numRuns: procedure === "exports.email" ? 8 : runs, seed: 13, endOnFailure: true },
      );
    }, 120_000);
  }
});
