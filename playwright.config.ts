import { defineConfig } from "@playwright/test";
import { chromiumLaunchOptions } from "./e2e/support/chromium";

/**
 * End-to-end tests: Debian's Chromium (never `npx playwright install`) drives the built client
 * (`vite build` first) served by the real portal, which e2e/global-setup.ts starts on a fresh
 * database.
 */
export default defineConfig({
  testDir: "e2e",
  globalSetup: "./e2e/global-setup.ts",
  fullyParallel: true,
  // A stray test.only would silently narrow CI to one test.
  forbidOnly: !!process.env.CI,
  workers: 2,
  timeout: 45_000,
  expect: { timeout: 10_000 },
  reporter: [["list"]],
  outputDir: "test-results",
  use: {
    browserName: "chromium",
    locale: "fr-CA",
    timezoneId: "America/Toronto",
    viewport: { width: 1280, height: 800 },
    serviceWorkers: "allow",
    trace: "retain-on-failure",
    launchOptions: chromiumLaunchOptions,
  },
});
