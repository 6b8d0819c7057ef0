import http from "node:http";
import type { AddressInfo } from "node:net";
import path from "node:path";
import { build } from "esbuild";
import { chromium } from "playwright-core";
import { chromiumLaunchOptions } from "../e2e/support/chromium";
import { ms, ratio } from "./harness/timing";

/**
 * Offline copies, measured in Debian's Chromium: answering a report from this device's
 * IndexedDB copy (client/src/offline/report-store.ts, the code the app runs, bundled as is)
 * beside the best the network can do — the same JSON fetched from a server on loopback and
 * parsed — in the same run. A report of 50 rows (a page of the call recorder) and one of 1,000
 * rows; the store holds 100 other copies (20 per section, its limit), as after a week of use.
 * Writing a copy includes pruning the user's copies to the limits.
 */
const RUNS = 40;
const WARMUP = 5;

export async function run() {
  const bundle = await build({
    entryPoints: [path.join(import.meta.dirname, "../client/src/offline/report-store.ts")],
    bundle: true,
    format: "iife",
    globalName: "reportStore",
    write: false,
    target: "es2022",
  });
  const script = bundle.outputFiles[0]!.text;
  const payloads = new Map<string, string>();
  const server = http.createServer((req, res) => {
    if (req.url === "/") {
      res.writeHead(200, { "content-type": "text/html" }).end(`<!doctype html><script>${script}</script>`);
      return;
    }
    const body = payloads.get(req.url ?? "");
    if (body) res.writeHead(200, { "content-type": "application/json" }).end(body);
    else res.writeHead(404).end();
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const browser = await chromium.launch(chromiumLaunchOptions);
  try {
    const page = await browser.newPage();
    // tsx names inner functions with a helper the page does not have.
    await page.addInitScript("globalThis.__name = (f) => f");
    await page.goto(base);
    await page.evaluate(async () => {
      const store = (globalThis as unknown as { reportStore: typeof import("../client/src/offline/report-store") }).reportStore;
      for (const section of ["recordings", "messages", "billing", "billable", "statistics"]) {
        for (let i = 0; i < 20; i++) {
          await store.writeReport({
            owner: "bench",
            section,
            path: `${section}.other`,
            input: JSON.stringify({ i }),
            data: { rows: Array.from({ length: 50 }, (_, n) => ({ n, text: "x".repeat(80) })) },
            fetchedAt: new Date(Date.now() - 3600_000).toISOString(),
          });
        }
      }
    });
    const rows: string[][] = [];
    for (const size of [50, 1000]) {
      const data = {
        rows: Array.from({ length: size }, (_, n) => ({
          callNumber: 66_000_000 + n,
          startedAt: new Date(Date.UTC(2026, 10, 20, 14, n % 60)).toISOString(),
          accountNumber: 6601,
          callerId: "4505550123",
          callerName: "LAPOINTE MARTINE",
          agent: "ELD",
          durationSeconds: 95 + n,
          quality: 90,
          hasRecording: true,
        })),
        totals: { count: size, seconds: size * 95 },
      };
      const body = JSON.stringify({ result: { data } });
      payloads.set(`/report-${size}`, body);
      const timings = await page.evaluate(
        async ({ size, runs, warmup }) => {
          const store = (globalThis as unknown as { reportStore: typeof import("../client/src/offline/report-store") }).reportStore;
          // Inside the page, so not harness/timing.ts's timer; the same warm-up + median.
          const median = async (fn: () => Promise<unknown>) => {
            const times: number[] = [];
            for (let i = 0; i < warmup + runs; i++) {
              const start = performance.now();
              await fn();
              if (i >= warmup) times.push(performance.now() - start);
            }
            times.sort((a, b) => a - b);
            return times[Math.floor(times.length / 2)]!;
          };
          const input = JSON.stringify({ filters: { from: "2026-11-01", to: "2026-11-25", account: 6601 }, offset: 0 });
          const network = await median(async () => (await (await fetch(`/report-${size}`, { cache: "no-store" })).json()).result.data);
          const data = (await (await fetch(`/report-${size}`)).json()).result.data;
          const write = await median(() =>
            store.writeReport({ owner: "bench", section: "recordings", path: "recordings.search", input, data, fetchedAt: new Date().toISOString() }),
          );
          const read = await median(async () => {
            const copy = await store.readReport("bench", "recordings.search", input);
            if (!copy) throw new Error("no copy");
            return copy.data;
          });
          return { network, write, read };
        },
        { size, runs: RUNS, warmup: WARMUP },
      );
      const kb = (Buffer.byteLength(body) / 1024).toFixed(0);
      rows.push([`${size} rows (${kb} KB)`, ms(timings.network), ms(timings.read), ratio(timings.read, timings.network), ms(timings.write)]);
    }
    console.log(`medians of ${RUNS} runs`);
    console.table(
      rows.map(([report, network, read, r, write]) => ({
        report,
        "network (loopback fetch + parse)": network,
        "offline copy (IndexedDB read)": read,
        "copy / network": r,
        "keep a copy (write + prune)": write,
      })),
    );
  } finally {
    await browser.close();
    server.close();
  }
}
