import { type ChildProcess, fork } from "node:child_process";
import http from "node:http";
import { atMost, printTable } from "./harness/report-table";
import { median } from "./harness/timing";

/**
 * `npm run bench -- live` (docs/live.md): against the real portal in a process of its own
 * (bench/live-server.ts), on the bench PostgreSQL server —
 * - the server's memory per connected page: resident and heap after a collection, before the
 *   pages connect and with them all connected, divided by PAGES;
 * - latency from the ingest request's start to the event read by a page, with PAGES open
 *   event streams (`GET /events`, Node's http as the page), LATENCY_ROUNDS single-message
 *   ingests one after the other, each waiting until every page has it: p50 / p99 over all pages;
 * - then, the pages closed, ingest throughput: `POST /ingest` of messages in batches of 100
 *   (INGEST_SMALL requests) and of 10,000 (INGEST_LARGE requests), one after the other, records
 *   per second.
 * Bounded: well under two minutes on the shared two-core machine.
 */
const PAGES = 500;
const INGEST_SMALL = 20;
const INGEST_LARGE = 3;
const LATENCY_ROUNDS = 20;

let nextId = 1;
const message = () =>
  JSON.stringify({
    type: "message",
    messageId: nextId++,
    accountNumber: 5201,
    callNumber: null,
    takenAt: new Date().toISOString(),
    agent: "MCL",
    title: "Rappeler le client au sujet de la livraison",
    fields: [
      { label: "Nom", value: "Jean Tremblay" },
      { label: "Téléphone", value: "514 555-0101" },
      { label: "Message", value: "Veut savoir quand arrive la commande 4471." },
    ],
    history: [],
  });
const batch = (size: number) => Array.from({ length: size }, message).join("\n");

export async function run() {
  const child = fork("bench/live-server.ts", [], {
    execArgv: ["--import", "tsx", "--expose-gc"],
    env: { ...process.env, LIVE_SESSIONS: String(PAGES) },
    stdio: ["ignore", "pipe", "inherit", "ipc"],
  });
  const pages: Page[] = [];
  try {
    const { port, token, cookies } = await new Promise<{ port: number; token: string; cookies: string[] }>((resolve, reject) => {
      let out = "";
      child.stdout!.on("data", (chunk: Buffer) => {
        out += chunk.toString();
        const found = /\{"port".*\}/.exec(out);
        if (found) resolve(JSON.parse(found[0]));
      });
      child.once("exit", (code) => reject(new Error(`live server exited (${code})`)));
    });
    const base = `http://127.0.0.1:${port}`;
    const ingest = async (body: string) => {
      const res = await fetch(`${base}/ingest`, { method: "POST", headers: { authorization: `Bearer ${token}`, "content-type": "application/x-ndjson" }, body });
      const text = await res.text();
      if (res.status !== 200) throw new Error(`ingest: HTTP ${res.status} ${text.slice(0, 200)}`);
    };

    const memory = () =>
      new Promise<{ rss: number; heapUsed: number }>((resolve) => {
        child.once("message", (m) => resolve(m as { rss: number; heapUsed: number }));
        child.send("memory");
      });
    // A settled baseline: the app warmed up by one ingest, two collections a second apart.
    await ingest(batch(100));
    await memory();
    await new Promise((r) => setTimeout(r, 1000));
    const before = await memory();
    const connectStarted = performance.now();
    for (let i = 0; i < PAGES; i += 50) {
      pages.push(...(await Promise.all(cookies.slice(i, i + 50).map((cookie) => openPage(base, cookie)))));
    }
    const connectSeconds = (performance.now() - connectStarted) / 1000;
    const connected = await memory();

    const rows: string[][] = [];
    const latencies: number[] = [];
    let lost = 0;
    for (let round = 0; round < LATENCY_ROUNDS; round++) {
      const started = performance.now();
      const arrivals = Promise.all(pages.map((p) => p.nextRecords(5000)));
      await ingest(message());
      for (const at of await arrivals) {
        if (at === null) lost++;
        else latencies.push(at - started);
      }
      await new Promise((r) => setTimeout(r, 50));
    }
    const sorted = [...latencies].sort((a, b) => a - b);
    const p99 = sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * 0.99))]!;
    rows.push([`ingest → page, ${PAGES} pages open`, `${latencies.length.toLocaleString("en")} events (${lost} lost)`, `p50 ${median(latencies).toFixed(0)} ms, p99 ${p99.toFixed(0)} ms`, atMost(p99, 1000, "ms")]);
    const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
    rows.push([
      "server memory per open page",
      `${PAGES} pages (connected in ${connectSeconds.toFixed(1)} s)`,
      `${kb((connected.rss - before.rss) / PAGES)} resident, ${kb((connected.heapUsed - before.heapUsed) / PAGES)} heap`,
      `RSS ${(before.rss / 2 ** 20).toFixed(0)} → ${(connected.rss / 2 ** 20).toFixed(0)} MB`,
    ]);
    // Throughput, the pages closed (bodies built first: only the portal is timed).
    for (const p of pages.splice(0)) p.close();
    for (const [size, count] of [[100, INGEST_SMALL], [10_000, INGEST_LARGE]] as const) {
      const bodies = Array.from({ length: count }, () => batch(size));
      const times: number[] = [];
      for (const body of bodies) {
        const started = performance.now();
        await ingest(body);
        times.push(performance.now() - started);
      }
      const total = times.reduce((a, b) => a + b, 0);
      rows.push([`ingest, batches of ${size.toLocaleString("en")}`, `${count} requests`, `${Math.round((size * count) / (total / 1000)).toLocaleString("en")} records/s`, `median ${median(times).toFixed(0)} ms a request`]);
    }

    printTable(["live", "runs", "result", "note"], rows);
  } finally {
    for (const p of pages) p.close();
    if (child.exitCode === null && child.connected) {
      child.send("stop");
      await new Promise((resolve) => child.once("exit", resolve));
    }
  }
}

interface Page {
  /** When the next `records` event arrived (performance.now()), or null after `ms`. */
  nextRecords(ms: number): Promise<number | null>;
  close(): void;
}

const agent = new http.Agent({ keepAlive: false, maxSockets: Infinity });

/** An open page's event stream: resolves once the server's `ready` came. */
function openPage(base: string, cookie: string): Promise<Page> {
  return new Promise((resolve, reject) => {
    const arrivals: number[] = [];
    let waiter: (() => void) | null = null;
    const req = http.get(`${base}/events`, { agent, headers: { cookie, accept: "text/event-stream" } }, (res) => {
      if (res.statusCode !== 200) return reject(new Error(`events: HTTP ${res.statusCode}`));
      let buffer = "";
      let ready = false;
      res.setEncoding("utf8");
      res.on("data", (chunk: string) => {
        buffer += chunk;
        let end;
        while ((end = buffer.indexOf("\n\n")) >= 0) {
          const block = buffer.slice(0, end);
          buffer = buffer.slice(end + 2);
          if (/^event: ready$/m.test(block) && !ready) {
            ready = true;
            resolve(page);
          } else if (/^event: records$/m.test(block)) {
            arrivals.push(performance.now());
            waiter?.();
          }
        }
      });
    });
    req.on("error", reject);
    const page: Page = {
      nextRecords: (ms) =>
        new Promise((done) => {
          if (arrivals.length > 0) return done(arrivals.shift()!);
          const timer = setTimeout(() => {
            waiter = null;
            done(null);
          }, ms);
          waiter = () => {
            clearTimeout(timer);
            waiter = null;
            done(arrivals.shift()!);
          };
        }),
      close: () => req.destroy(),
    };
  });
}
