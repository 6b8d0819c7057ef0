import { createMemo, createResource, createSignal, For, Show } from "solid-js";
import { z } from "zod/mini";
import { type StatisticsFilters, statisticsFilters } from "../../../shared/filters/statistics";
import type { StatisticKey } from "../../../shared/statistics";
import { statisticsHeading } from "../../../shared/statistics-heading";
import { addDays, today as todayIn } from "../../../shared/time-zone";
import { isNetworkError, trpc } from "../api";
import { ReportActions } from "../components/ReportActions";
import { ReportPage } from "../components/ReportPage";
import { StatisticsIcon } from "../components/icons";
import { useFiltersInUrl } from "../filters-in-url";
import { useI18n } from "../i18n";
import { useSession } from "../session";
import { FigureCalls } from "../statistics/figure-calls";
import { FiguresTable } from "../statistics/figures-table";
import { StatisticsCharts } from "../statistics/statistics-charts";
import { defaultFormValues, formValuesOf, StatisticsFiltersForm } from "../statistics/statistics-filters-form";
import "../statistics/statistics.css";

/**
 * Statistiques / Statistics: the manual's 16 figures for the chosen records, the charts beside
 * them, and, beyond the manual, the calls behind any figure.
 */
export default function StatisticsPage() {
  const { t, locale } = useI18n();
  const session = useSession();
  const s = () => t().sections.statistics;
  const timeZone = () => session.me()?.timeZone ?? "America/Toronto";
  const today = () => todayIn(timeZone());
  const oldest = () => addDays(today(), -(session.me()?.retentionDays ?? 60));
  const url = useFiltersInUrl("statistics", statisticsFilters.check(z.refine((f: StatisticsFilters) => f.from >= oldest(), { path: ["from"] })));
  const initial = url.initial ? formValuesOf(url.initial) : defaultFormValues(today(), session.currentAccount()?.accountNumber);

  const [applied, setApplied] = createSignal<StatisticsFilters>(
    url.initial ?? statisticsFilters.parse({ from: initial.from, to: initial.to, account: session.currentAccount()?.accountNumber }),
  );
  const [selected, setSelected] = createSignal<StatisticKey | null>(null);
  const [options] = createResource(() => trpc.statistics.options.query());
  // Two requests side by side: the figures come back without waiting for the charts.
  const [result] = createResource(applied, (filters) => trpc.statistics.figures.query(filters));
  const [charts] = createResource(applied, (filters) => trpc.statistics.charts.query(filters));

  // Read without throwing: a request that failed (offline, never viewed) is said on the page, not thrown to its error card.
  const figures = () => (result.error ? undefined : result.latest);
  const chartData = () => (charts.error ? undefined : charts.latest);
  const choices = () => (options.error ? undefined : options.latest);

  const heading = createMemo(() => {
    const r = figures();
    return statisticsHeading(applied(), t(), locale(), { companies: r?.companies ?? [], accountCount: session.accounts().length });
  });

  return (
    <ReportPage
      title={s().title}
      lead={
        <span class="lead-with-icon">
          <StatisticsIcon class="lead-icon" />
          <span>{s().lead}</span>
        </span>
      }
      actions={<ReportActions section="statistics" filters={() => applied()} disabled={!figures()} />}
      filters={
        <StatisticsFiltersForm
          initial={initial}
          oldest={oldest()}
          today={today()}
          accounts={session.accounts()}
          accountGroups={choices()?.accountGroups ?? []}
          distributionGroups={choices()?.distributionGroups ?? []}
          busy={result.loading}
          onSubmit={(filters) => {
            setSelected(null);
            setApplied(filters);
            url.save(filters);
          }}
        />
      }
    >
      <Show when={result.error}>
        <p class="message message--error" role="alert">
          {isNetworkError(result.error) ? t().common.networkError : t().common.unexpectedError}
        </p>
      </Show>
      <Show when={figures()} fallback={<Show when={!result.error}><p class="loading">{t().common.loading}</p></Show>}>
        {(data) => (
          <div class="stats-results" aria-busy={result.loading}>
            <div class="card stats-heading" data-testid="statistics-heading">
              <Show when={heading().company}>
                <p class="stats-heading__company">{heading().company}</p>
              </Show>
              <p class="stats-heading__accounts">{heading().accounts}</p>
              <p>{heading().period}</p>
              <p>{heading().hours}</p>
              <p>{heading().weekday}</p>
              <For each={heading().others}>{(line) => <p>{line}</p>}</For>
            </div>
            <div class="stats-grid">
              <div class="card stats-figures-card">
                <FiguresTable figures={data().figures} selected={selected()} onShow={setSelected} />
              </div>
              <div class="card stats-charts-card">
                <Show
                  when={chartData()}
                  fallback={<p class={charts.error ? "message" : "loading"}>{charts.error ? t().common.networkError : t().common.loading}</p>}
                >
                  {(c) => <StatisticsCharts charts={c()} />}
                </Show>
              </div>
              <Show when={selected()} keyed>
                {(figure) => (
                  <div class="stats-grid__wide">
                    <FigureCalls figure={figure} filters={applied()} timeZone={timeZone()} onClose={() => {
                      const key = figure;
                      setSelected(null);
                      document.querySelector<HTMLButtonElement>(`tr[data-key="${key}"] button`)?.focus();
                    }} />
                  </div>
                )}
              </Show>
            </div>
          </div>
        )}
      </Show>
    </ReportPage>
  );
}
