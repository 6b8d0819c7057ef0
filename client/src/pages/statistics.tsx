import { createMemo, createResource, createSignal, For, Show, Suspense } from "solid-js";
import type { StatisticsFilters } from "../../../shared/filters/statistics";
import type { StatisticKey } from "../../../shared/statistics";
import { statisticsHeading } from "../../../shared/statistics-heading";
import { addDays, today as todayIn } from "../../../shared/time-zone";
import { trpc } from "../api";
import { ReportActions } from "../components/ReportActions";
import { ReportPage } from "../components/ReportPage";
import { StatisticsIcon } from "../components/icons";
import { useI18n, useStrings, withStrings } from "../i18n";
import { createReport } from "../report/create-report";
import { ReportResults } from "../report/ReportResults";
import { NearViewport } from "../report/NearViewport";
import { Skeleton } from "../report/Skeleton";
import { useSession } from "../session";
import { FiguresTable } from "../statistics/figures-table";
import { defaultFilters, type FormValues, formValuesOf } from "../statistics/form-values";
import { StatisticsFiltersForm } from "../statistics/statistics-filters-form";
import { useFiltersInUrl } from "../use-filters-in-url";
import "../statistics/statistics.css";

// The calls behind a figure are asked for by a click: their code and words come then, under a placeholder.
const FigureCalls = withStrings("statisticsCalls", () => import("../statistics/figure-calls").then((m) => ({ default: m.FigureCalls })));
// Below the figures on a phone: fetched and drawn when about to be seen (beside them on a wide screen: at once).
const StatisticsCharts = withStrings("statisticsCharts", () =>
  import("../statistics/statistics-charts").then((m) => ({ default: m.StatisticsCharts })),
);

/**
 * Statistiques / Statistics: the manual's 16 figures for the chosen records (number and % first,
 * each explanation on demand), the charts after them on a phone and beside them on a wide screen,
 * and, beyond the manual, the calls behind any figure.
 */
export default function StatisticsPage() {
  const { locale } = useI18n();
  const t = useStrings("statistics");
  const session = useSession();
  const s = () => t().sections.statistics;
  const timeZone = () => session.me()?.timeZone ?? "America/Toronto";
  const today = () => todayIn(timeZone());
  const oldest = () => addDays(today(), -(session.me()?.retentionDays ?? 60));
  const url = useFiltersInUrl("statistics", (checks) => checks.fromWithinWindow(checks.statisticsFilters, oldest()));
  const defaults = () => defaultFilters(today(), session.currentAccount()?.accountNumber);
  // The form is drawn again from filters applied elsewhere (the header's account picker).
  const [formInitial, setFormInitial] = createSignal<FormValues>(url.initial ? formValuesOf(url.initial) : formValuesOf(defaults()));
  const [selected, setSelected] = createSignal<StatisticKey | null>(null);
  const [options] = createResource(() => trpc.statistics.options.query());

  const report = createReport<StatisticsFilters, Awaited<ReturnType<typeof trpc.statistics.figures.query>>>({
    initial: () => url.initial ?? defaults(),
    load: (filters) => trpc.statistics.figures.query(filters),
    save: url.save,
    account: { current: () => session.currentAccount()?.accountNumber, apply: (f, account) => ({ ...f, account, billing: undefined }) },
    showInForm: (f) => {
      setSelected(null);
      setFormInitial(formValuesOf(f));
    },
  });
  // Asked beside the figures, which come back without waiting for the charts.
  const [charts] = createResource(report.filters, (filters) => trpc.statistics.charts.query(filters));
  // Read without throwing: a request that failed (offline, never viewed) is said on the page, not thrown to its error card.
  const chartData = () => (charts.error ? undefined : charts.latest);
  const choices = () => (options.error ? undefined : options.latest);

  const heading = createMemo(() => {
    const applied = report.filters();
    if (!applied) return null;
    return statisticsHeading(applied, t(), locale(), { companies: report.data()?.companies ?? [], accountCount: session.accounts().length });
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
      chips={heading() ? [{ key: "period", label: t().list.period, value: heading()!.period }] : []}
      onRemoveChip={() => void report.run(defaults())}
      actions={<ReportActions section="statistics" filters={() => report.filters()} disabled={!report.data() || report.stale()} />}
      filters={
        <Show when={formInitial()} keyed>
          {(initial) => (
            <StatisticsFiltersForm
              initial={initial}
              oldest={oldest()}
              today={today()}
              accounts={session.accounts()}
              accountGroups={choices()?.accountGroups ?? []}
              distributionGroups={choices()?.distributionGroups ?? []}
              busy={report.loading()}
              onInvalid={() => report.setInvalid(true)}
              onUnreachable={report.fail}
              onSubmit={(filters) => {
                setSelected(null);
                void report.run(filters, { fromForm: true });
              }}
            />
          )}
        </Show>
      }
    >
      <ReportResults report={report} skeleton="figures">
        {(data) => (
          <div class="stats-results">
            <Show when={heading()}>
              {(h) => (
                <div class="card stats-heading" data-testid="statistics-heading">
                  <Show when={h().company}>
                    <p class="stats-heading__company">{h().company}</p>
                  </Show>
                  <p class="stats-heading__accounts">{h().accounts}</p>
                  <p>{h().period}</p>
                  <p>{h().hours}</p>
                  <p>{h().weekday}</p>
                  <For each={h().others}>{(line) => <p>{line}</p>}</For>
                </div>
              )}
            </Show>
            <div class="stats-grid">
              <div class="card stats-figures-card">
                <FiguresTable figures={data.figures} selected={selected()} onShow={setSelected} />
              </div>
              <Show when={selected()} keyed>
                {(figure) => (
                  <div class="stats-grid__wide">
                    <Suspense fallback={<Skeleton shape="card" />}>
                      <FigureCalls
                        figure={figure}
                        filters={report.filters()!}
                        timeZone={timeZone()}
                        onClose={() => {
                          setSelected(null);
                          document.querySelector<HTMLButtonElement>(`tr[data-key="${figure}"] .stats-link`)?.focus();
                        }}
                      />
                    </Suspense>
                  </div>
                )}
              </Show>
              <div class="card stats-charts-card">
                <NearViewport fallback={<Skeleton shape="card" />}>
                  <Show when={chartData()} fallback={charts.error ? <p class="message">{t().common.networkError}</p> : <Skeleton shape="card" />}>
                    {(c) => (
                      <Suspense fallback={<Skeleton shape="card" />}>
                        <StatisticsCharts charts={c()} />
                      </Suspense>
                    )}
                  </Show>
                </NearViewport>
              </div>
            </div>
          </div>
        )}
      </ReportResults>
    </ReportPage>
  );
}
