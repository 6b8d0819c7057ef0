import type { BillableFilters } from "../../shared/filters/billable";
import type { BillingFilters } from "../../shared/filters/billing";
import type { MessagesFilters } from "../../shared/filters/messages";
import type { RecordingsFilters } from "../../shared/filters/recordings";
import type { StatisticsFilters } from "../../shared/filters/statistics";
import { weekdayCodes } from "../../shared/filters/weekday-codes";
import type { SectionKey } from "./section-list";

/**
 * A report page's applied filters, kept in its URL's query string (`/billable?from=…&to=…`), so
 * that a reload (the update prompt, the offline banner's return to the network, the user's own)
 * and a shared link show the same results with the same form values.
 *
 * This module says how each parameter is written and read from its text (a number, a list, text)
 * and which value is the default (left out of the URL), without the schemas: writing a URL (a
 * search applied, Home's links, "Recently viewed") and a page without filters in its URL need no
 * zod. What a URL names is then checked by the section's schema (`checkLinkFilters`,
 * shared/filters/link-filters.ts): by the server, or here when it cannot be reached or refuses
 * (report/link-checks.ts). The parameters must be the schema's fields, with its defaults:
 * filters-in-url.test.ts compares them.
 */

/** How a parameter's text reads: a number, a list of numbers (`1,2,3`), or text as it is. */
type Kind = "number" | "list" | "text";
/** A parameter written in its own words (`weekday=mon` rather than `weekday=1`). */
interface Codec {
  read(text: string): unknown;
  write(value: unknown): string | undefined;
}
export interface UrlParameter {
  kind: Kind;
  /** The schema's default: not written in the URL. */
  default?: unknown;
  codec?: Codec;
}

const text = (fallback?: string): UrlParameter => ({ kind: "text", default: fallback });
const number = (fallback?: number): UrlParameter => ({ kind: "number", default: fallback });
const list = (): UrlParameter => ({ kind: "list", default: [] });

const weekday: Codec = {
  read: (text) => {
    const index = weekdayCodes.indexOf(text as (typeof weekdayCodes)[number]);
    return index >= 0 ? index : Number.NaN;
  },
  write: (value) => (typeof value === "number" ? weekdayCodes[value] : undefined),
};

/**
 * Each section's filters as its URL holds them, in the order of its schema's fields (the
 * account page keeps its chosen account). The recorder's `page` (its slice) is not kept.
 */
export const urlFilters: Record<SectionKey, Record<string, UrlParameter>> = {
  account: { account: number() },
  recordings: {
    period: text("custom"),
    from: text(),
    to: text(),
    account: number(),
    billing: text(),
    call: number(),
    agent: text(),
    station: number(),
    minMinutes: number(0),
    maxMinutes: number(9999),
    callerId: text(),
    accountName: text(),
    minQuality: number(),
    maxQuality: number(),
    sort: text("startedAt"),
    direction: text("desc"),
  },
  messages: { from: text(), to: text(), account: number(), billing: text(), call: number(), agent: text(), keyword: text() },
  billing: { account: number(), billing: text() },
  billable: { from: text(), to: text(), account: number() },
  statistics: {
    from: text(),
    to: text(),
    account: number(),
    billing: text(),
    includeGroups: list(),
    excludeGroups: list(),
    includeDistribution: list(),
    excludeDistribution: list(),
    after: text("00:00"),
    before: text("23:59"),
    weekday: { kind: "number", default: null, codec: weekday },
    agent: text(""),
    minHold: number(0),
    minAnswerDelay: number(0),
  },
};

export interface SectionFilters {
  recordings: RecordingsFilters;
  messages: MessagesFilters;
  account: { account?: number };
  billing: BillingFilters;
  billable: BillableFilters;
  statistics: StatisticsFilters;
}

function readValue(text: string, parameter: UrlParameter): unknown {
  if (parameter.codec) return parameter.codec.read(text);
  // Anything not a number stays text, for the schema to refuse.
  if (parameter.kind === "number") return /^-?\d+(\.\d+)?$/.test(text) ? Number(text) : text;
  if (parameter.kind === "list") return text === "" ? [] : text.split(",").map((v) => (/^\d+$/.test(v) ? Number(v) : v));
  return text;
}

/** The values a query string names for a section, read from their text but not checked; `undefined` when it names none. */
export function filtersNamedIn(section: SectionKey, params: Partial<Record<string, string | string[]>>): Record<string, unknown> | undefined {
  const found: Record<string, unknown> = {};
  for (const [key, parameter] of Object.entries(urlFilters[section])) {
    const raw = params[key];
    const text = Array.isArray(raw) ? raw[0] : raw;
    if (text !== undefined) found[key] = readValue(text, parameter);
  }
  return Object.keys(found).length > 0 ? found : undefined;
}

/** Every parameter of the section: the filter's text, or `undefined` (removed) when empty or the default. */
export function searchFromFilters(filters: object, section: SectionKey): Record<string, string | undefined> {
  const values = filters as Record<string, unknown>;
  const out: Record<string, string | undefined> = {};
  for (const [key, parameter] of Object.entries(urlFilters[section])) {
    const value = values[key];
    const empty = value === undefined || value === null || value === "" || (Array.isArray(value) && value.length === 0);
    const isDefault = JSON.stringify(value) === JSON.stringify(parameter.default);
    if (empty || isDefault) out[key] = undefined;
    else out[key] = parameter.codec ? parameter.codec.write(value) : Array.isArray(value) ? value.join(",") : String(value);
  }
  return out;
}

/** `/statistics?from=…`: a section's page showing these filters (a tRPC input, page/offset set aside). */
export function sectionUrl(section: string, path: string, input: unknown): string {
  if (!Object.hasOwn(urlFilters, section)) return path;
  const body = (input ?? {}) as Record<string, unknown>;
  const filters = typeof body.filters === "object" && body.filters ? body.filters : body;
  const search = new URLSearchParams();
  for (const [key, value] of Object.entries(searchFromFilters(filters, section as SectionKey))) {
    if (value !== undefined) search.set(key, value);
  }
  const query = search.toString();
  return query ? `${path}?${query}` : path;
}
