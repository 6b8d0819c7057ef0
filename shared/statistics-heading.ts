import type { StatisticsFilters } from "./filters/statistics";
import { weekdayName } from "./format/date-time";
import type { CoreDictionary, Locale } from "./i18n/dictionary";

/**
 * The lines above the figures, as in the manual ("Compte 52XX", "3/1/201X 00:00 AM au
 * 3/22/201X 11:59 PM", "Appels après: 12:00 minuit et Appels avant: 11:59 PM", "Jours de la
 * semaine: Tous"), in the reader's language; the page and the workbook both show them.
 */
export interface StatisticsHeading {
  company: string;
  accounts: string;
  period: string;
  hours: string;
  weekday: string;
  /** The other filters chosen, one line each (none by default). */
  others: string[];
}

/** `HH:MM` as a reader reads it: fr `14:05`, en `2:05 p.m.`. */
export function formatTimeOfDay(time: string, locale: Locale): string {
  if (locale === "fr") return time;
  const [h, m] = time.split(":").map(Number) as [number, number];
  const suffix = h < 12 ? "a.m." : "p.m.";
  return `${h % 12 === 0 ? 12 : h % 12}:${String(m).padStart(2, "0")} ${suffix}`;
}

export function statisticsHeading(
  filters: StatisticsFilters,
  d: CoreDictionary,
  locale: Locale,
  /** Company names of the accounts chosen, and how many accounts the user sees. */
  scope: { companies: string[]; accountCount: number },
): StatisticsHeading {
  const s = d.sections.statistics;
  const dayTime = (time: string) => (time === "00:00" ? `${formatTimeOfDay(time, locale)} (${s.heading.midnight})` : formatTimeOfDay(time, locale));
  const accounts =
    filters.account !== undefined
      ? s.heading.account(filters.account)
      : filters.billing
        ? s.heading.billing(filters.billing)
        : s.heading.allAccounts(scope.accountCount);
  const others: string[] = [];
  const list = (values: number[]) => values.join(", ");
  if (filters.includeGroups.length) others.push(s.heading.groups(s.filters.includeGroups, list(filters.includeGroups)));
  if (filters.excludeGroups.length) others.push(s.heading.groups(s.filters.excludeGroups, list(filters.excludeGroups)));
  if (filters.includeDistribution.length) {
    others.push(s.heading.groups(s.filters.includeDistribution, list(filters.includeDistribution)));
  }
  if (filters.excludeDistribution.length) {
    others.push(s.heading.groups(s.filters.excludeDistribution, list(filters.excludeDistribution)));
  }
  if (filters.agent) others.push(s.heading.agent(filters.agent.toUpperCase()));
  if (filters.minHold > 0) others.push(s.heading.minHold(filters.minHold));
  if (filters.minAnswerDelay > 0) others.push(s.heading.minAnswerDelay(filters.minAnswerDelay));
  return {
    company: scope.companies.join(", "),
    accounts,
    period: s.heading.period(
      `${filters.from} ${formatTimeOfDay("00:00", locale)}`,
      `${filters.to} ${formatTimeOfDay("23:59", locale)}`,
    ),
    hours: s.heading.hours(dayTime(filters.after), dayTime(filters.before)),
    weekday: s.heading.weekday(filters.weekday === null ? s.filters.allDays : weekdayName(filters.weekday, locale)),
    others,
  };
}
