import type { Dictionary } from "../../../shared/i18n";

/** Inputs that say how a report is paged or sorted, not which data it holds. */
const notFilters = new Set(["offset", "page", "limit", "sort", "direction", "cursor"]);
/** Statistics' defaults, which say "no filter". */
const defaults: Record<string, unknown> = { after: "00:00", before: "23:59" };

/**
 * A kept report's filters in a line: `Du 2026-11-01 · au 2026-11-24 · Compte 5201`, from the
 * query's input JSON, empty values left out (the input of every section has its own shape,
 * possibly nested under `filters`).
 */
export function summariseFilters(inputJson: string, t: Dictionary): string {
  if (!inputJson) return t.offline.noFilters;
  let input: unknown;
  try {
    input = JSON.parse(inputJson);
  } catch {
    return t.offline.noFilters;
  }
  const labels = t.offline.filterLabels as Record<string, string>;
  const parts: string[] = [];
  const walk = (value: unknown, key: string | null) => {
    if (value === null || value === undefined || value === "" || value === false || value === 0) return;
    if (key && (notFilters.has(key) || defaults[key] === value)) return;
    if (Array.isArray(value)) {
      if (value.length > 0) parts.push(`${label(key)} ${value.join(", ")}`);
    } else if (typeof value === "object") {
      for (const [k, v] of Object.entries(value)) walk(v, k);
    } else {
      parts.push(key ? `${label(key)} ${String(value)}` : String(value));
    }
  };
  const label = (key: string | null) => (key ? (labels[key] ?? key) : "");
  walk(input, null);
  return parts.length > 0 ? parts.join(" · ") : t.offline.noFilters;
}
