import type { RecordingPeriod } from "../../../../shared/filters/recording-periods";
import type { RecordingsFilters, RecordingsFiltersInput } from "../../../../shared/filters/recordings";

/** The filter form as typed: every field a string, turned into filters only on submit. */
export interface FilterForm {
  period: RecordingPeriod;
  from: string;
  to: string;
  account: string;
  billing: string;
  call: string;
  agent: string;
  station: string;
  minMinutes: string;
  maxMinutes: string;
  callerId: string;
  accountName: string;
  minQuality: string;
  maxQuality: string;
}

/** The page's first form: the most recent calls (the whole retention window), the current account. */
export function initialForm(day: string, account: number | undefined): FilterForm {
  return {
    period: "recent",
    from: `${day}T00:00`,
    to: `${day}T23:59`,
    account: account === undefined ? "" : String(account),
    billing: "",
    call: "",
    agent: "",
    station: "",
    minMinutes: "0",
    maxMinutes: "9999",
    callerId: "",
    accountName: "",
    minQuality: "",
    maxQuality: "",
  };
}

/**
 * The filters of the first form (`toFilters(initialForm(…))` as the schema reads it, defaults
 * filled in: filter-form-state.test.ts), made without the schema for the page's first search.
 */
export function initialFilters(account: number | undefined): RecordingsFilters {
  return {
    period: "recent",
    ...(account === undefined ? {} : { account }),
    billing: undefined,
    agent: undefined,
    callerId: undefined,
    accountName: undefined,
    minMinutes: 0,
    maxMinutes: 9999,
    sort: "startedAt",
    direction: "desc",
  };
}

/** "" is no filter; "1,5" is 1.5 (French decimal comma); anything else stays NaN for the schema to refuse. */
function number(value: string): number | undefined {
  const v = value.trim();
  return v === "" ? undefined : Number(v.replace(",", "."));
}

export function toFilters(f: FilterForm): RecordingsFiltersInput {
  return {
    period: f.period,
    ...(f.period === "custom" ? { from: f.from, to: f.to } : {}),
    account: number(f.account),
    billing: f.billing,
    call: number(f.call),
    agent: f.agent,
    station: number(f.station),
    minMinutes: number(f.minMinutes),
    maxMinutes: number(f.maxMinutes),
    callerId: f.callerId,
    accountName: f.accountName,
    minQuality: number(f.minQuality),
    maxQuality: number(f.maxQuality),
  };
}

/** The form showing filters read back (from the URL): what `toFilters` would turn into them. */
export function formFromFilters(f: RecordingsFilters, day: string): FilterForm {
  const text = (value: string | number | undefined) => (value === undefined ? "" : String(value));
  const base = initialForm(day, undefined);
  return {
    ...base,
    period: f.period,
    from: f.from ?? base.from,
    to: f.to ?? base.to,
    account: text(f.account),
    billing: text(f.billing),
    call: text(f.call),
    agent: text(f.agent),
    station: text(f.station),
    minMinutes: text(f.minMinutes),
    maxMinutes: text(f.maxMinutes),
    callerId: text(f.callerId),
    accountName: text(f.accountName),
    minQuality: text(f.minQuality),
    maxQuality: text(f.maxQuality),
  };
}
