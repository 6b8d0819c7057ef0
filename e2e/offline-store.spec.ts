import path from "node:path";
import { build } from "esbuild";
import { expect, test } from "./support/fixtures";

/**
 * The report store's rules, run on Chromium's real IndexedDB (the module itself, bundled, in a
 * bare page of the portal's origin with no service worker): at most 20 copies per user and
 * section, newest kept; none older than 7 days; one user's copies never read for another, and
 * removed when another user takes the device.
 */
test.use({ serviceWorkers: "block" });

test("copies are pruned to 20 per section and 7 days, and stay per user", async ({ page, baseURL }) => {
  const bundle = await build({
    entryPoints: [path.join(import.meta.dirname, "../client/src/offline/report-store.ts")],
    bundle: true,
    format: "iife",
    globalName: "reportStore",
    write: false,
    target: "es2022",
  });
  await page.route(`${baseURL}/__offline-store`, (route) =>
    route.fulfill({ contentType: "text/html", body: `<!doctype html><title>store</title><script>${bundle.outputFiles[0]!.text}</script>` }),
  );
  await page.goto("/__offline-store");
  const result = await page.evaluate(async () => {
    const store = (globalThis as unknown as { reportStore: typeof import("../client/src/offline/report-store") }).reportStore;
    const now = Date.now();
    const at = (minutesAgo: number) => new Date(now - minutesAgo * 60_000).toISOString();
    const copy = (owner: string, section: string, i: number, minutesAgo: number) => ({
      owner,
      section,
      path: `${section}.search`,
      input: JSON.stringify({ i }),
      data: { rows: [i] },
      fetchedAt: at(minutesAgo),
    });
    // Bob's one copy, and an expired one of Alice's (8 days old).
    await store.writeReport(copy("bob", "billing", 0, 5));
    await store.writeReport(copy("alice", "messages", 99, 8 * 24 * 60));
    // 25 billing copies of Alice, oldest first: i = 0 … 24.
    for (let i = 0; i < 25; i++) await store.writeReport(copy("alice", "billing", i, 100 - i));
    // One more section of hers, under the limit.
    await store.writeReport(copy("alice", "statistics", 0, 1));
    const alice = await store.listReports("alice");
    const billing = alice.filter((r) => r.section === "billing").map((r) => JSON.parse(r.input).i as number);
    const expired = await store.readReport("alice", "messages.search", JSON.stringify({ i: 99 }));
    const bobsAsAlice = await store.readReport("alice", "billing.search", JSON.stringify({ i: 0 }));
    const bobs = await store.readReport("bob", "billing.search", JSON.stringify({ i: 0 }));
    await store.removeOtherOwners("alice");
    const bobAfter = await store.listReports("bob");
    const aliceAfter = (await store.listReports("alice")).length;
    await store.removeAllReports();
    const names = (await indexedDB.databases()).map((d) => d.name);
    return {
      billing,
      sections: [...new Set(alice.map((r) => r.section))].sort(),
      expired: expired ?? null,
      bobsAsAlice: bobsAsAlice?.data ?? null,
      bobs: bobs?.data ?? null,
      bobAfter: bobAfter.length,
      aliceAfter,
      names,
    };
  });
  expect(result.billing).toEqual(Array.from({ length: 20 }, (_, k) => 24 - k));
  expect(result.sections).toEqual(["billing", "statistics"]);
  expect(result.expired).toBeNull();
  // Alice's own copy with input {i: 0} was pruned; Bob's with the same input is his alone.
  expect(result.bobsAsAlice).toBeNull();
  expect(result.bobs).toEqual({ rows: [0] });
  expect(result.bobAfter).toBe(0);
  expect(result.aliceAfter).toBe(21);
  expect(result.names).not.toContain("portal-offline");
});
