import { type ChildProcess, fork } from "node:child_process";
import { BENCH_ACCOUNT, ensureCallsDataset } from "./datasets/calls";
import { printTable } from "./harness/report-table";
import { median } from "./harness/timing";
import { addDays, today } from "../shared/time-zone";
import { BENCH_TIME_ZONE as zone } from "./harness/report-context";

/**
 * `npm run bench -- load`: USERS simulated users at once for SECONDS (60; BENCH_LOAD_SECONDS to
 * change), each signing in, then searching the recorder, opening Statistics and seeking in a
 * recording (three 64-KiB ranges) in turns, signing out and in again every twenty steps; against
 * the portal on the PostgreSQL server (the 5,000,000-call data set) and on the embedded
 * PostgreSQL (20,000 calls). Every answer must be a success: the run fails on any error.
 * Prints p50/p99 per request kind and the server process's resident memory before, during (the
 * highest of samples every second) and after (five seconds after the last request).
 *
 * Sign-in throttling counts attempts per address until they succeed (server/auth/throttle.ts),
 * and every simulated user comes from 127.0.0.1: sign-ins therefore go through a lane of at most
 * SIGN_IN_LANE at once (fewer than the free attempts), as a real office behind one address
 * would, rather than the limit being lifted for the bench.
 */
const USERS = 200;
const SECONDS = Number(process.env.BENCH_LOAD_SECONDS ?? 60);
const SIGN_IN_LANE = 3;

type Kind = "sign-in" | "recordings.search" | "statistics.figures" | "recording range" | "sign-out";

export async function run() {
  const { url } = await ensureCallsDataset();
  const rows: string[][] = [];
  for (const [target, databaseUrl] of [
    ["PostgreSQL server", url],
    ["embedded PostgreSQL", ""],
  ] as const) {
    const result = await loadOn(databaseUrl);
    for (const [kind, times] of Object.entries(result.times)) {
      if (times.length === 0) continue;
      const sorted = [...times].sort((a, b) => a - b);
      const p99 = sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * 0.99))]!;
      rows.push([target, kind, times.length.toLocaleString("en"), `${median(times).toFixed(1)} ms`, `${p99.toFixed(1)} ms`, ""]);
    }
    const mb = (bytes: number) => `${(bytes / 2 ** 20).toFixed(0)} MB`;
    rows.push([
      target,
      "errors; server RSS before / during (max) / after",
      String(result.errors),
      `${mb(result.rss.before)} / ${mb(result.rss.during)} / ${mb(result.rss.after)}`,
      "",
      result.errors === 0 ? "0 errors ✓" : `${result.firstError} ✗`,
    ]);
  }
  printTable([`load: ${USERS} users for ${SECONDS} s`, "request", "count", "p50", "p99", "target"], rows);
}

async function loadOn(databaseUrl: string) {
  const child = fork("bench/load-server.ts", [], {
    execArgv: ["--import", "tsx"],
    env: { ...process.env, LOAD_DATABASE_URL: databaseUrl, LOAD_USERS: String(USERS) },
    stdio: ["ignore", "pipe", "inherit", "ipc"],
  });
  try {
    const { port, callNumber, size } = await new Promise<{ port: number; callNumber: number; size: number }>((resolve, reject) => {
      let out = "";
      child.stdout!.on("data", (chunk: Buffer) => {
        out += chunk.toString();
        const found = /\{"port".*\}/.exec(out);
        if (found) resolve(JSON.parse(found[0]));
      });
      child.once("exit", (code) => reject(new Error(`load server exited (${code})`)));
    });
    const base = `http://127.0.0.1:${port}`;
    const before = await rssOf(child);
    let during = before;
    const sampler = setInterval(() => void rssOf(child).then((rss) => (during = Math.max(during, rss))), 1000);
    const times: Record<Kind, number[]> = { "sign-in": [], "recordings.search": [], "statistics.figures": [], "recording range": [], "sign-out": [] };
    let errors = 0;
    let firstError = "";
    const timed = async (kind: Kind, request: () => Promise<Response>, ok = (r: Response) => r.ok) => {
      const started = performance.now();
      try {
        const res = await request();
        await res.arrayBuffer();
        times[kind].push(performance.now() - started);
        if (!ok(res)) throw new Error(`${kind}: HTTP ${res.status}`);
        return res;
      } catch (error) {
        errors += 1;
        firstError ||= (error as Error).message;
        return null;
      }
    };
    let signingIn = 0;
    const lane: (() => void)[] = [];
    const signIn = async (username: string) => {
      while (signingIn >= SIGN_IN_LANE) await new Promise<void>((resolve) => lane.push(resolve));
      signingIn += 1;
      try {
        const res = await timed("sign-in", () =>
          fetch(`${base}/auth/login`, {
            method: "POST",
            headers: { "content-type": "application/json", origin: base },
            body: JSON.stringify({ username, password: "load-password" }),
          }),
        );
        return (res?.headers.get("set-cookie") ?? "").split(";")[0]!;
      } finally {
        signingIn -= 1;
        lane.shift()?.();
      }
    };
    const day = today(zone);
    const search = encodeURIComponent(JSON.stringify({ from: `${day}T00:00`, to: `${day}T23:59`, account: BENCH_ACCOUNT }));
    const figures = encodeURIComponent(JSON.stringify({ from: addDays(day, -60), to: day, account: BENCH_ACCOUNT }));
    const deadline = performance.now() + SECONDS * 1000;
    const user = async (n: number) => {
      const username = `load-${n}`;
      let cookie = await signIn(username);
      for (let step = 1; performance.now() < deadline; step++) {
        const headers = { cookie };
        await timed("recordings.search", () => fetch(`${base}/trpc/recordings.search?input=${search}`, { headers }));
        await timed("statistics.figures", () => fetch(`${base}/trpc/statistics.figures?input=${figures}`, { headers }));
        for (let i = 0; i < 3; i++) {
          const start = Math.floor(Math.random() * (size - 65536));
          await timed(
            "recording range",
            () => fetch(`${base}/recordings/${callNumber}`, { headers: { cookie, range: `bytes=${start}-${start + 65535}` } }),
            (r) => r.status === 206,
          );
        }
        if (step % 20 === 0) {
          await timed("sign-out", () => fetch(`${base}/auth/logout`, { method: "POST", headers: { cookie, origin: base } }));
          cookie = await signIn(username);
        }
      }
    };
    await Promise.all(Array.from({ length: USERS }, (_, i) => user(i + 1)));
    clearInterval(sampler);
    await new Promise((resolve) => setTimeout(resolve, 5000));
    const after = await rssOf(child);
    return { times, errors, firstError, rss: { before, during, after } };
  } finally {
    if (child.exitCode === null && child.connected) {
      child.send("stop");
      await new Promise((resolve) => child.once("exit", resolve));
    }
  }
}

function rssOf(child: ChildProcess): Promise<number> {
  return new Promise((resolve) => {
    child.once("message", (m) => resolve((m as { rss: number }).rss));
    child.send("rss");
  });
}
