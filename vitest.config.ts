import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["server/**/*.test.ts", "shared/**/*.test.ts", "db/**/*.test.ts", "client/src/**/*.test.ts"],
    environment: "node",
    globalSetup: ["db/testing/global-setup.ts"],
    testTimeout: 30_000,
    hookTimeout: 60_000,
    pool: "forks",
    // A stray it.only would silently narrow CI to one test.
    allowOnly: !process.env.CI,
  },
});
