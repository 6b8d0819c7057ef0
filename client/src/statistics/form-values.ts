import type { StatisticsFilters, StatisticsFiltersInput } from "../../../shared/filters/statistics";

/** What the form's fields hold: text, as typed; turned into filters (and checked) on submit. */
export interface FormValues {
  from: string;
  to: string;
  account: string;
  billing: string;
  includeGroups: number[];
  excludeGroups: number[];
  includeDistribution: number[];
  excludeDistribution: number[];
  after: string;
  before: string;
  weekday: string;
  agent: string;
  minHold: string;
  minAnswerDelay: string;
}

/**
 * The page's opening filters (today, the current account), as the schema reads the default
 * form, defaults filled in (form-values.test.ts), made without the schema for the first search.
 */
export function defaultFilters(today: string, account: number | undefined): StatisticsFilters {
  return {
    from: today,
    to: today,
    ...(account === undefined ? {} : { account }),
    includeGroups: [],
    excludeGroups: [],
    includeDistribution: [],
    excludeDistribution: [],
    after: "00:00",
    before: "23:59",
    weekday: null,
    agent: "",
    minHold: 0,
    minAnswerDelay: 0,
  };
}

/** The form showing filters read back (from the URL). */
export function formValuesOf(f: StatisticsFilters): FormValues {
  return {
    ...f,
    account: f.account === undefined ? "" : String(f.account),
    billing: f.billing ?? "",
    weekday: f.weekday === null ? "" : String(f.weekday),
    minHold: String(f.minHold),
    minAnswerDelay: String(f.minAnswerDelay),
  };
}

const wholeOrNaN = (text: string) => (text.trim() === "" ? 0 : /^\d+$/.test(text.trim()) ? Number(text) : Number.NaN);

/** The values as the filters' schema reads them. */
export function filtersInput(values: FormValues): StatisticsFiltersInput {
  return {
    from: values.from,
    to: values.to,
    account: values.account === "" ? undefined : Number(values.account),
    billing: values.billing === "" ? undefined : values.billing,
    includeGroups: values.includeGroups,
    excludeGroups: values.excludeGroups,
    includeDistribution: values.includeDistribution,
    excludeDistribution: values.excludeDistribution,
    after: values.after.slice(0, 5),
    before: values.before.slice(0, 5),
    weekday: values.weekday === "" ? null : Number(values.weekday),
    agent: values.agent,
    minHold: wholeOrNaN(values.minHold),
    minAnswerDelay: wholeOrNaN(values.minAnswerDelay),
  };
}
