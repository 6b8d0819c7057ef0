import { readFile, stat } from "node:fs/promises";
import path from "node:path";
import { gzipSync } from "node:zlib";
import { type Browser, chromium } from "playwright-core";
import { chromiumLaunchOptions } from "../e2e/support/chromium";
import { buildClient } from "./harness/built-client";
import { type DemoPortal, startDemoPortal } from "./harness/demo-portal";
import { atMost, printTable } from "./harness/report-table";

/**
 * The shell's weight: for the first view of each page, the JavaScript and CSS Chromium loads
 * (real page loads of the portal built as it is now, on the demo data, signed in as the demo
 * user; no service worker, so its precaching of every file is not counted), as gzip bytes (the
 * build's `.gz` copies: what a gzip-only client gets) and as the bytes actually received
 * (brotli). The target: 60 KB gzip per page. Then every file loaded, largest first, with the
 * pages that load it. A message card is the first message of the Messages page, opened by its
 * own address. The last page is the recorder opened by a link naming filters, which brings the
 * filters' checks with it.
 */
export const pages = [
  { name: "sign-in", path: "/sign-in", signedIn: false },
  { name: "home", path: "/", signedIn: true },
  { name: "recordings", path: "/recordings", signedIn: true },
  { name: "messages", path: "/messages", signedIn: true },
  { name: "account", path: "/account", signedIn: true },
  { name: "billing", path: "/billing", signedIn: true },
  { name: "billable", path: "/billable", signedIn: true },
  { name: "statistics", path: "/statistics", signedIn: true },
  { name: "message card", path: "/messages/:first", signedIn: true },
  { name: "on this device", path: "/offline", signedIn: true },
  // A link with filters (Home's to a section after a search, a shared one): the server checks it (links.check).
  { name: "recorder, a link with filters", path: "/recordings?period=hours3", signedIn: true },
] as const;

const BUDGET_KB = 60;

export async function run() {
  const client = await buildClient();
  const portal = await startDemoPortal(client.dir);
  const browser = await chromium.launch(chromiumLaunchOptions);
  try {
    const loadedBy = new Map<string, string[]>();
    const rows: string[][] = [];
    const firstMessage = await firstMessagePath(browser, portal);
    for (const page of pages) {
      const path = page.path === "/messages/:first" ? firstMessage : page.path;
      const context = await browser.newContext({ serviceWorkers: "block", viewport: { width: 412, height: 823 } });
      if (page.signedIn) await context.addCookies([{ ...portal.session, url: portal.base }]);
      const tab = await context.newPage();
      const files = new Map<string, number>();
      tab.on("requestfinished", async (request) => {
        const url = new URL(request.url());
        if (url.origin !== portal.base || !["script", "stylesheet"].includes(request.resourceType())) return;
        files.set(url.pathname, (await request.sizes()).responseBodySize);
      });
      const errors: string[] = [];
      tab.on("pageerror", (error) => errors.push(error.message));
      // Signed out, the session check's 401 is the expected answer.
      tab.on("console", (message) => {
        if (message.type() === "error" && !message.text().includes("status of 401")) errors.push(message.text());
      });
      await tab.goto(`${portal.base}${path}`, { waitUntil: "networkidle" });
      await tab.locator("main h1").first().waitFor();
      const landed = new URL(tab.url()).pathname + new URL(tab.url()).search;
      if (landed !== path) throw new Error(`${page.name}: landed on ${landed}`);
      if (errors.length > 0) throw new Error(`${page.name}: ${errors.join("; ")}`);
      await context.close();
      let raw = 0;
      let gzip = 0;
      let received = 0;
      for (const [file, sent] of files) {
        const sizes = await fileSizes(client.dir, file);
        raw += sizes.raw;
        gzip += sizes.gzip;
        received += sent;
        loadedBy.set(file, [...(loadedBy.get(file) ?? []), page.name]);
      }
      rows.push([page.name, String(files.size), kb(raw), kb(gzip), kb(received), atMost(gzip / 1000, BUDGET_KB, "KB")]);
    }
    printTable(["first view of", "JS+CSS files", "raw", "gzip", "received (br)", "target (gzip)"], rows);

    console.log("");
    const files = await Promise.all([...loadedBy].map(async ([file, by]) => ({ file, by, ...(await fileSizes(client.dir, file)) })));
    files.sort((a, b) => b.gzip - a.gzip);
    printTable(
      ["file", "raw", "gzip", "loaded by"],
      files.map((f) => [f.file, kb(f.raw), kb(f.gzip), f.by.length === pages.length ? "every page" : f.by.join(", ")]),
    );
  } finally {
    await browser.close();
    await portal.close();
    await client.remove();
  }
}

/** The address of the first message on the demo user's Messages page. */
async function firstMessagePath(browser: Browser, portal: DemoPortal): Promise<string> {
  const context = await browser.newContext({ serviceWorkers: "block" });
  try {
    await context.addCookies([{ ...portal.session, url: portal.base }]);
    const tab = await context.newPage();
    await tab.goto(`${portal.base}/messages`);
    const href = await tab.getByTestId("message-row").first().getAttribute("href");
    if (!href) throw new Error("the demo's Messages page shows no message");
    return href;
  } finally {
    await context.close();
  }
}

/** A built file's size and its gzip copy's (the build skips a copy that would not be smaller). */
async function fileSizes(dir: string, file: string) {
  const full = path.join(dir, file);
  const raw = (await stat(full)).size;
  const gzip = await stat(`${full}.gz`).then(
    (s) => s.size,
    async () => gzipSync(await readFile(full), { level: 9 }).length,
  );
  return { raw, gzip: Math.min(raw, gzip) };
}

const kb = (bytes: number) => `${(bytes / 1000).toFixed(1)} KB`;
