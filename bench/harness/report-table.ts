/** Prints a results table: left-aligned columns padded to their widest cell, a rule under the header. */
export function printTable(header: readonly string[], rows: readonly (readonly string[])[]) {
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? "").length)));
  const line = (cells: readonly string[]) => cells.map((c, i) => c.padEnd(widths[i]!)).join("  ");
  console.log(line(header));
  console.log(widths.map((w) => "-".repeat(w)).join("  "));
  for (const row of rows) console.log(line(row));
}

export const mark = (met: boolean) => (met ? "✓" : "✗");

/** A "target" cell for a figure that must stay under a limit: `≤ 50 ms ✓` or `> 50 ms ✗`. */
export const atMost = (value: number, limit: number, unit: string) =>
  value <= limit ? `≤ ${limit} ${unit} ${mark(true)}` : `> ${limit} ${unit} ${mark(false)}`;

/** A "target" cell for a share that must reach a floor: `≥ 80 % ✓` or `< 80 % ✗`. */
export const atLeastPercent = (share: number, floor: number) =>
  share >= floor ? `≥ ${floor * 100} % ${mark(true)}` : `< ${floor * 100} % ${mark(false)}`;
