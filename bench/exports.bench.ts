import { execFileSync } from "node:child_process";

/**
 * The xlsx export of 100,000 rows: exceljs's streaming WorkbookWriter (what the portal uses)
 * against its ordinary in-memory Workbook (the baseline), each run in a fresh process so the
 * peak resident memory (getrusage maxrss) is the export's own. Medians of `runs` runs.
 */
const rows = 100_000;
const runs = 3;

interface Measure {
  ms: number;
  peakRssMb: number;
  rowsRssMb: number;
  bytes: number;
}

function measure(mode: "stream" | "whole", n: number): Measure {
  const out = execFileSync(process.execPath, ["--import", "tsx", "bench/exports-worker.ts", mode, String(n)], { encoding: "utf8" });
  return JSON.parse(out.trim().split("\n").at(-1)!);
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;

export async function run() {
  const empty = measure("stream", 0);
  const results: Record<string, Measure[]> = { stream: [], whole: [] };
  for (let i = 0; i < runs; i++) {
    results.stream!.push(measure("stream", rows));
    results.whole!.push(measure("whole", rows));
  }
  const row = (name: string, list: Measure[]) => ({
    name,
    "median ms": Math.round(median(list.map((m) => m.ms))),
    "median peak RSS MB": Math.round(median(list.map((m) => m.peakRssMb))),
    "RSS before writing MB": Math.round(median(list.map((m) => m.rowsRssMb))),
    "file KB": Math.round(median(list.map((m) => m.bytes)) / 1024),
  });
  const stream = row("streamed (portal)", results.stream!);
  const whole = row("in-memory Workbook (baseline)", results.whole!);
  console.log(`${rows.toLocaleString("en")} rows, ${runs} runs each; an empty export's process peaks at ${Math.round(empty.peakRssMb)} MB`);
  console.table([stream, whole]);
  console.log(
    `streamed / baseline: time ${(stream["median ms"] / whole["median ms"]).toFixed(2)}×, peak RSS ${(
      stream["median peak RSS MB"] / whole["median peak RSS MB"]
    ).toFixed(2)}×; the writer's own share of the peak: ${stream["median peak RSS MB"] - stream["RSS before writing MB"]} MB`,
  );
}
