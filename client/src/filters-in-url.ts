import { z } from "zod/mini";
import { accountNumber } from "../../shared/filters/account-number";
import { type BillableFilters, billableFilters } from "../../shared/filters/billable";
import { type BillingFilters, billingFilters } from "../../shared/filters/billing";
import { type MessagesFilters, messagesFilters } from "../../shared/filters/messages";
import { type RecordingsFilters, recordingsFilters } from "../../shared/filters/recordings";
import { type StatisticsFilters, statisticsFilters } from "../../shared/filters/statistics";
import { weekdayCodes } from "../../shared/filters/weekday-codes";
import type { SectionKey } from "./section-list";

/**
 * A report page's applied filters, kept in its URL's query string (`/billable?from=…&to=…`), so
 * that a reload (the update prompt, the offline banner's return to the network, the user's own)
 * and a shared link show the same results with the same form values. The section's zod schema
 * says how each parameter reads (number, list, text) and checks the lot; a link that does not
 * pass gives the page its own defaults, never an error.
 */

export type Schema = z.ZodMiniType;
/** A parameter written in its own words (`weekday=mon` rather than `weekday=1`). */
interface Codec {
  read(text: string): unknown;
  write(value: unknown): string | undefined;
}
export type Codecs = Record<string, Codec>;

const weekday: Codec = {
  read: (text) => {
    const index = weekdayCodes.indexOf(text as (typeof weekdayCodes)[number]);
    return index >= 0 ? index : Number.NaN;
  },
  write: (value) => (typeof value === "number" ? weekdayCodes[value] : undefined),
};

/** Each section's filters as its URL holds them (the account page keeps its chosen account). */
export const urlFilters: Record<SectionKey, { schema: Schema; codecs?: Codecs }> = {
  account: { schema: z.object({ account: z.optional(accountNumber) }) },
  recordings: { schema: recordingsFilters },
  messages: { schema: messagesFilters },
  billing: { schema: billingFilters },
  billable: { schema: billableFilters },
  statistics: { schema: statisticsFilters, codecs: { weekday } },
};

export interface SectionFilters {
  recordings: RecordingsFilters;
  messages: MessagesFilters;
  account: { account?: number };
  billing: BillingFilters;
  billable: BillableFilters;
  statistics: StatisticsFilters;
}

interface Def {
  type: string;
  innerType?: Schema;
  in?: Schema;
  defaultValue?: unknown;
}
const defOf = (schema: Schema) => (schema as unknown as { _zod: { def: Def } })._zod.def;
const shapeOf = (schema: Schema) => (schema as unknown as { shape?: Record<string, Schema> }).shape ?? {};

/** What a field is once its optional / default / transform wrappers are set aside. */
function kindOf(schema: Schema): string {
  let def = defOf(schema);
  while (def.innerType || def.in) def = defOf((def.innerType ?? def.in)!);
  return def.type;
}

function defaultOf(schema: Schema): unknown {
  const def = defOf(schema);
  return def.type === "default" ? def.defaultValue : undefined;
}

function readValue(text: string, kind: string): unknown {
  // Anything not a number stays text, for the schema to refuse.
  if (kind === "number") return /^-?\d+(\.\d+)?$/.test(text) ? Number(text) : text;
  if (kind === "array") return text === "" ? [] : text.split(",").map((v) => (/^\d+$/.test(v) ? Number(v) : v));
  return text;
}

/** The filters a query string names, checked; `undefined` when it names none or they do not pass. */
export function filtersFromSearch<S extends Schema>(
  params: Partial<Record<string, string | string[]>>,
  schema: S,
  codecs: Codecs = {},
): z.output<S> | undefined {
  const found: Record<string, unknown> = {};
  for (const [key, field] of Object.entries(shapeOf(schema))) {
    const raw = params[key];
    const text = Array.isArray(raw) ? raw[0] : raw;
    const kind = kindOf(field);
    if (text === undefined || kind === "object") continue;
    found[key] = codecs[key] ? codecs[key].read(text) : readValue(text, kind);
  }
  // A link with one bad value keeps the good ones, if they still make a whole set of filters.
  for (let attempt = 0; attempt < 4 && Object.keys(found).length > 0; attempt++) {
    const parsed = schema.safeParse(found);
    if (parsed.success) return parsed.data;
    const bad = new Set(parsed.error.issues.map((issue) => String(issue.path[0] ?? "")));
    if (![...bad].some((key) => key in found)) return undefined;
    for (const key of bad) delete found[key];
  }
  return undefined;
}

/** Every parameter of the schema: the filter's text, or `undefined` (removed) when empty or the default. */
export function searchFromFilters(filters: object, schema: Schema, codecs: Codecs = {}): Record<string, string | undefined> {
  const values = filters as Record<string, unknown>;
  const out: Record<string, string | undefined> = {};
  for (const [key, field] of Object.entries(shapeOf(schema))) {
    const value = values[key];
    const empty = value === undefined || value === null || value === "" || (Array.isArray(value) && value.length === 0);
    const isDefault = JSON.stringify(value) === JSON.stringify(defaultOf(field));
    if (empty || isDefault || kindOf(field) === "object") out[key] = undefined;
    else out[key] = codecs[key] ? codecs[key].write(value) : Array.isArray(value) ? value.join(",") : String(value);
  }
  return out;
}

/** `/statistics?from=…`: a section's page showing these filters (a tRPC input, page/offset set aside). */
export function sectionUrl(section: string, path: string, input: unknown): string {
  const entry = urlFilters[section as SectionKey] as (typeof urlFilters)[SectionKey] | undefined;
  const body = (input ?? {}) as Record<string, unknown>;
  const filters = typeof body.filters === "object" && body.filters ? body.filters : body;
  if (!entry) return path;
  const search = new URLSearchParams();
  for (const [key, value] of Object.entries(searchFromFilters(filters, entry.schema, entry.codecs))) {
    if (value !== undefined) search.set(key, value);
  }
  const query = search.toString();
  return query ? `${path}?${query}` : path;
}
