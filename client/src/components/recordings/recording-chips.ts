import type { RecordingsFilters } from "../../../../shared/filters/recordings";
import { formatNumber } from "../../../../shared/format/number";
import type { DictionaryWith, Locale } from "../../../../shared/i18n";
import type { Chip } from "../../report/FilterPanel";

type Filters = Omit<RecordingsFilters, "page" | "sort" | "direction">;

/** What a filter is back to when its chip is removed (the page's own defaults). */
const cleared: Partial<Filters> = { minMinutes: 0, maxMinutes: 9999 };

/**
 * The recorder's active filters as chips, in the form's order: the period unless it is the
 * opening "most recent", then every criterion that says something (durations 0 and 9999 do not).
 */
export function recordingChips(f: Filters, t: DictionaryWith<"recordings">, locale: Locale): Chip[] {
  const s = t.sections.recordings;
  const chips: Chip[] = [];
  if (f.period !== "recent") {
    const local = (v: string | undefined) => (v ?? "").replace("T", " ");
    chips.push({ key: "period", label: t.list.period, value: f.period === "custom" ? `${local(f.from)} – ${local(f.to)}` : s.periods[f.period] });
  }
  const add = (key: keyof Filters, label: string, value: string | number | undefined) => {
    if (value === undefined || value === "" || value === cleared[key]) return;
    chips.push({ key, label, value: typeof value === "number" ? formatNumber(value, locale) : value });
  };
  add("account", s.account, f.account === undefined ? undefined : String(f.account));
  add("billing", s.billing, f.billing);
  add("call", s.call, f.call === undefined ? undefined : String(f.call));
  add("agent", s.agent, f.agent);
  add("station", s.station, f.station);
  add("minMinutes", s.minMinutes, f.minMinutes);
  add("maxMinutes", s.maxMinutes, f.maxMinutes);
  add("callerId", s.callerId, f.callerId);
  add("accountName", s.accountName, f.accountName);
  add("minQuality", s.minQuality, f.minQuality);
  add("maxQuality", s.maxQuality, f.maxQuality);
  return chips;
}

/** The filters once a chip is removed. */
export function withoutChip(f: Filters, key: string): Filters {
  if (key === "period") return { ...f, period: "recent", from: undefined, to: undefined };
  return { ...f, [key]: cleared[key as keyof Filters] };
}
