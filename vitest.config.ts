import { defineConfig } from "vitest/config";

/**
 * Two projects: the server, database and shared code against real PostgreSQL (the global setup
 * starts or reaches it), and the client's logic (stores, filters in URLs, offline keys, chips),
 * which runs in Node with Solid's browser build, so its signals and effects behave as in the page.
 */
export default defineConfig({
  test: {
    testTimeout: 30_000,
    hookTimeout: 60_000,
    pool: "forks",
    // A stray it.only would silently narrow CI to one test.
    allowOnly: !process.env.CI,
    projects: [
      {
        test: {
          name: "server",
          // The client's own tRPC client is tested against the real app over HTTP: with the database, in Node's conditions.
          include: ["server/**/*.test.ts", "shared/**/*.test.ts", "db/**/*.test.ts", "client/src/trpc-client.test.ts"],
          environment: "node",
          globalSetup: ["db/testing/global-setup.ts"],
          testTimeout: 30_000,
          hookTimeout: 60_000,
        },
      },
      {
        resolve: { conditions: ["browser"] },
        ssr: { resolve: { conditions: ["browser"], externalConditions: ["browser"] } },
        test: {
          name: "client",
          include: ["client/**/*.test.ts"],
          exclude: ["client/src/trpc-client.test.ts"],
          environment: "node",
          // Bundled by Vite (not Node's require), so the browser condition picks Solid's client build.
          server: { deps: { inline: [/solid-js/, /@solidjs\/router/] } },
        },
      },
    ],
  },
});
