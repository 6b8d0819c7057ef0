import { spawn } from "node:child_process";
import { createReadStream } from "node:fs";
import { access, chmod, mkdir, mkdtemp, rm, writeFile } from "node:fs/promises";
import http from "node:http";
import os from "node:os";
import path from "node:path";
import { kyselyFor, poolFor } from "../db/connection";
import { encodeWav } from "../server/demo/wav";
import { recordingsFilters } from "../shared/filters/recordings";
import { addDays, today } from "../shared/time-zone";
import { loadAccess } from "../server/access";
import { AuditLog } from "../server/recordings/audit-log";
import { searchRecordings } from "../server/reports/recordings/query";
import { ensureCallsDataset } from "./datasets/calls";
import { insertRecordedCall } from "./datasets/recorded-call";
import { captureStatement } from "./harness/captured-sql";
import { listeningPort } from "./harness/loopback";
import { startPortal } from "./harness/portal-server";
import { BENCH_TIME_ZONE as zone, reportContext } from "./harness/report-context";
import { atLeastPercent, atMost, printTable } from "./harness/report-table";
import { medianBy, medianTimer, ms, ratio } from "./harness/timing";

/**
 * The Call recorder, measured end to end: a search over HTTP on loopback (the real Hono app on
 * @hono/node-server, signed in, the tRPC query by fetch) beside the same SQL run bare through
 * pg, and the recording route's streaming of a short and a long call (1 MB, 5 MB), 64-KiB ranges
 * and whole files, with 16 clients, beside a minimal node:http + fs.createReadStream server (and
 * nginx when installed), measured by the bench's own client and by wrk, all in the same run so
 * the ratios are fair.
 */
const median = medianTimer({ runs: 50, warmup: 8 });
const CLIENTS = 16;
const STREAM_SECONDS = 2;
const ROUNDS = 3;

export async function run() {
  const { url, accountNumber } = await ensureCallsDataset();
  const pool = poolFor(url, 10);
  const db = kyselyFor(pool);
  const dir = await mkdtemp(path.join(os.tmpdir(), "portal-bench-"));
  // nginx's workers run as another user: they must be able to read the file.
  await chmod(dir, 0o755);
  const servers: { close(): void }[] = [];
  try {
    const recordingsDir = path.join(dir, "recordings");
    await mkdir(recordingsDir);
    // 8 kHz 16-bit mono: a one-minute call (~1 MB) and a five-and-a-half-minute one (~5 MB).
    const files: { name: string; file: string; size: number; callNumber: number }[] = [];
    for (const [index, [name, samples]] of ([["1 MB", 520_000], ["5 MB", 2_600_000]] as const).entries()) {
      const wav = encodeWav(Float32Array.from({ length: samples }, (_, i) => Math.sin(i / 9) * 0.3));
      const file = `bench-stream-${index}.wav`;
      await writeFile(path.join(recordingsDir, file), wav);
      await insertRecordedCall(db, { accountNumber, callNumber: BENCH_CALL + index, file, bytes: wav.length, durationSeconds: 325 });
      files.push({ name, file, size: wav.length, callNumber: BENCH_CALL + index });
    }

    const audit = new AuditLog(db);
    const portal = await startPortal({ db, accountNumber, dataDir: dir, config: { recordingsDir }, audit });
    servers.push({ close: () => void portal.close() });

    const day = today(zone);
    const searches = {
      "one day (default search)": { from: `${day}T00:00`, to: `${day}T23:59`, account: accountNumber },
      "60 days, first page": { from: `${addDays(day, -59)}T00:00`, to: `${day}T23:59`, account: accountNumber },
    };
    const rows: string[][] = [];
    for (const [name, input] of Object.entries(searches)) {
      const target = name.startsWith("one") ? 10 : 30;
      let total = 0;
      const overHttp = await median(async () => {
        total = (await portal.query<{ totals: { count: number } }>("recordings.search", input)).totals.count;
      });
      // The page's statement (the one joining lateral), as the portal ran it.
      const statement = await captureStatement(url, (sql) => sql.includes("lateral"), async (logging) => {
        const filters = { ...recordingsFilters.parse(input), page: { limit: 50, offset: 0 } };
        return searchRecordings(reportContext(logging, await loadAccess(logging, portal.userId)), filters);
      });
      const bare = await median(async () => {
        await pool.query(statement.sql, statement.parameters as unknown[]);
      });
      rows.push([
        `search: ${name} (${total.toLocaleString("en")} calls)`,
        ms(overHttp),
        `${ms(bare)} (bare SQL)`,
        ratio(overHttp, bare),
        atMost(overHttp, target, "ms"),
      ]);
    }

    // Streaming: the same file from the portal, from a minimal node server, and from nginx.
    const baselineServer = http.createServer((req, res) => {
      const f = files.find((x) => req.url === `/${x.file}`)!;
      minimalFileServer(req, res, path.join(recordingsDir, f.file), f.size);
    });
    baselineServer.listen(0, "127.0.0.1");
    servers.push(baselineServer);
    const baselineBase = `http://127.0.0.1:${await listeningPort(baselineServer)}`;
    const nginx = await startNginx(recordingsDir, dir);
    if (nginx) servers.push(nginx);
    const wrk = await wrkAvailable();
    const rate = (r: Throughput, ranges: boolean) => (ranges ? r.requests : r.bytes) / r.seconds;
    const shown = (r: Throughput, ranges: boolean) =>
      ranges ? `${rate(r, true).toFixed(0)} req/s` : `${(rate(r, false) / 1e6).toFixed(0)} MB/s`;
    for (const f of files) {
      const portalUrl = `${portal.base}/recordings/${f.callNumber}`;
      const baseline = `${baselineBase}/${f.file}`;
      for (const ranges of [true, false]) {
        const floor = ranges ? 0.8 : 0.9;
        const what = `${f.name}, ${ranges ? "64-KiB ranges" : "whole file"}, ${CLIENTS} clients`;
        const clients: [string, Measure][] = [["bench client", (url, cookie) => throughput(url, cookie, f.size, ranges)]];
        if (wrk) clients.push(["wrk", (url, cookie) => wrkThroughput(url, cookie, f.size, ranges)]);
        for (const [client, measure] of clients) {
          const { portal: p, node } = await alternate(() => measure(portalUrl, portal.cookie), () => measure(baseline, ""), ranges);
          const share = rate(p, ranges) / rate(node, ranges);
          rows.push([`${what} (${client})`, shown(p, ranges), `${shown(node, ranges)} (node:http)`, `${(share * 100).toFixed(0)} %`, atLeastPercent(share, floor)]);
        }
      }
      if (nginx) {
        const nginxUrl = `http://127.0.0.1:${nginx.port}/${f.file}`;
        const nw = await throughput(nginxUrl, "", f.size, false);
        const nr = await throughput(nginxUrl, "", f.size, true);
        rows.push([`${f.name}, nginx (reference, bench client)`, shown(nw, false), shown(nr, true), "", ""]);
      }
    }
    await audit.close();
    printTable(["recordings", "portal", "baseline", "ratio", "target"], rows);
  } finally {
    for (const s of servers) s.close();
    await db.destroy();
    await rm(dir, { recursive: true, force: true });
  }
}

const BENCH_CALL = 9_000_000_001;

interface Throughput {
  bytes: number;
  requests: number;
  seconds: number;
}
type Measure = (url: string, cookie: string) => Promise<Throughput>;

/**
 * The portal and the baseline in turns, after one warm-up round each, ROUNDS times, keeping each
 * one's median round: the machine is shared, and a burst of someone else's work must not land on
 * one side only.
 */
async function alternate(portal: () => Promise<Throughput>, node: () => Promise<Throughput>, ranges: boolean) {
  await portal();
  await node();
  const portals: Throughput[] = [];
  const nodes: Throughput[] = [];
  for (let i = 0; i < ROUNDS; i++) {
    portals.push(await portal());
    nodes.push(await node());
  }
  const rate = (r: Throughput) => (ranges ? r.requests : r.bytes) / r.seconds;
  return { portal: medianBy(portals, rate), node: medianBy(nodes, rate) };
}

/** CLIENTS keep-alive connections asking as fast as they can for STREAM_SECONDS. */
async function throughput(url: string, cookie: string, size: number, ranges: boolean): Promise<Throughput> {
  const agent = new http.Agent({ keepAlive: true, maxSockets: CLIENTS });
  const deadline = performance.now() + STREAM_SECONDS * 1000;
  let bytes = 0;
  let requests = 0;
  const started = performance.now();
  const one = () =>
    new Promise<void>((resolve, reject) => {
      const headers: Record<string, string> = cookie ? { cookie } : {};
      if (ranges) {
        const start = Math.floor(Math.random() * (size - 65536));
        headers.range = `bytes=${start}-${start + 65535}`;
      }
      const req = http.get(url, { agent, headers }, (res) => {
        if (res.statusCode !== (ranges ? 206 : 200)) reject(new Error(`${url}: ${res.statusCode}`));
        res.on("data", (chunk: Buffer) => (bytes += chunk.length));
        res.on("end", () => {
          requests += 1;
          resolve();
        });
        res.on("error", reject);
      });
      req.on("error", reject);
    });
  await Promise.all(
    Array.from({ length: CLIENTS }, async () => {
      while (performance.now() < deadline) await one();
    }),
  );
  agent.destroy();
  return { bytes, requests, seconds: (performance.now() - started) / 1000 };
}

const WRK_RANGES = `local size = tonumber(os.getenv("FILE_SIZE"))
request = function()
  local s = math.random(0, size - 65537)
  wrk.headers["Range"] = "bytes=" .. s .. "-" .. (s + 65535)
  return wrk.format()
end
`;

async function wrkAvailable(): Promise<boolean> {
  return new Promise((resolve) => {
    const child = spawn("wrk", ["--version"], { stdio: "ignore" });
    child.on("error", () => resolve(false));
    child.on("close", () => resolve(true));
  });
}

/**
 * The same load from wrk (Debian's package): CLIENTS connections on two threads for
 * STREAM_SECONDS, random 64-KiB ranges from a Lua script. Any non-2xx answer or socket error
 * fails the benchmark.
 */
async function wrkThroughput(url: string, cookie: string, size: number, ranges: boolean): Promise<Throughput> {
  const script = path.join(os.tmpdir(), `portal-bench-ranges-${process.pid}.lua`);
  await writeFile(script, WRK_RANGES);
  const args = ["-t2", `-c${CLIENTS}`, `-d${STREAM_SECONDS}s`, ...(cookie ? ["-H", `Cookie: ${cookie}`] : []), ...(ranges ? ["-s", script] : []), url];
  const out = await new Promise<string>((resolve, reject) => {
    let text = "";
    const child = spawn("wrk", args, { env: { ...process.env, FILE_SIZE: String(size) } });
    child.stdout.on("data", (d: Buffer) => (text += d));
    child.on("error", reject);
    child.on("close", () => resolve(text));
  });
  await rm(script, { force: true });
  const problem = /Non-2xx[^\n]*|Socket errors[^\n]*/.exec(out);
  if (problem) throw new Error(`wrk ${url}: ${problem[0]}`);
  const found = /(\d+) requests in ([\d.]+)(m?s)/.exec(out);
  if (!found) throw new Error(`wrk ${url}: no result in ${out}`);
  const requests = Number(found[1]);
  const seconds = Number(found[2]) / (found[3] === "ms" ? 1000 : 1);
  return { bytes: requests * (ranges ? 65536 : size), requests, seconds };
}

/** The least a file server can do: one file, single ranges, createReadStream piped out. */
function minimalFileServer(req: http.IncomingMessage, res: http.ServerResponse, file: string, size: number) {
  const m = /^bytes=(\d+)-(\d+)$/.exec(req.headers.range ?? "");
  const start = m ? Number(m[1]) : 0;
  const end = m ? Math.min(Number(m[2]), size - 1) : size - 1;
  res.writeHead(m ? 206 : 200, {
    "content-type": "audio/wav",
    "content-length": end - start + 1,
    "accept-ranges": "bytes",
    ...(m ? { "content-range": `bytes ${start}-${end}/${size}` } : {}),
  });
  createReadStream(file, { start, end }).pipe(res);
}

async function startNginx(root: string, dir: string) {
  const binary = "/usr/sbin/nginx";
  try {
    await access(binary);
  } catch {
    return null;
  }
  const probe = http.createServer().listen(0, "127.0.0.1");
  const port = await listeningPort(probe);
  probe.close();
  const prefix = path.join(dir, "nginx");
  await mkdir(path.join(prefix, "logs"), { recursive: true });
  const conf = path.join(prefix, "nginx.conf");
  await writeFile(
    conf,
    `daemon off; worker_processes 1; pid ${prefix}/nginx.pid; error_log ${prefix}/logs/error.log;
events { worker_connections 256; }
http { access_log off; sendfile on; keepalive_requests 100000;
  client_body_temp_path ${prefix}/tmp; proxy_temp_path ${prefix}/tmp; fastcgi_temp_path ${prefix}/tmp;
  uwsgi_temp_path ${prefix}/tmp; scgi_temp_path ${prefix}/tmp;
  server { listen 127.0.0.1:${port}; root ${root}; } }\n`,
  );
  const child = spawn(binary, ["-p", prefix, "-c", conf], { stdio: "ignore" });
  for (let i = 0; i < 50; i++) {
    const up = await new Promise<boolean>((resolve) => {
      http.get(`http://127.0.0.1:${port}/bench-stream.wav`, { method: "HEAD" }, (res) => {
        res.resume();
        resolve(true);
      }).on("error", () => resolve(false));
    });
    if (up) return { port, close: () => child.kill("SIGTERM") };
    await new Promise((r) => setTimeout(r, 100));
  }
  child.kill("SIGTERM");
  return null;
}
