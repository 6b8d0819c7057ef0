import { formatCalendarDate, weekdayName } from "../../../shared/format/date-time";
import type { StatisticsCharts as ChartsData } from "../../../shared/statistics";
import { formatTimeOfDay } from "../../../shared/statistics-heading";
import { useI18n, useStrings } from "../i18n";
import { type Bar, BarChart } from "./bar-chart";

/** The three charts beside the figures: calls per day, per hour, and the answer delays. */
export function StatisticsCharts(props: { charts: ChartsData }) {
  const { locale } = useI18n();
  const t = useStrings("statisticsCharts");
  const c = () => t().sections.statistics.charts;
  const summary = (bars: Bar[]) => {
    const total = bars.reduce((s, b) => s + b.value, 0);
    if (total === 0) return c().empty;
    const top = bars.reduce((a, b) => (b.value > a.value ? b : a));
    return c().summary(total, `${top.label} (${top.value})`);
  };
  const weekday = (date: string) => {
    const [y, m, d] = date.split("-").map(Number) as [number, number, number];
    return weekdayName(new Date(Date.UTC(y, m - 1, d)).getUTCDay(), locale());
  };
  const perDay = (): Bar[] =>
    props.charts.perDay.map((d) => ({
      tick: d.date.slice(8),
      label: `${weekday(d.date)} ${formatCalendarDate(d.date, locale(), "long")}`,
      value: d.count,
    }));
  const perHour = (): Bar[] =>
    props.charts.perHour.map((h) => {
      const from = `${String(h.hour).padStart(2, "0")}:00`;
      return { tick: String(h.hour), label: `${formatTimeOfDay(from, locale())} – ${formatTimeOfDay(`${String(h.hour).padStart(2, "0")}:59`, locale())}`, value: h.count };
    });
  const answerDelay = (): Bar[] =>
    props.charts.answerDelay.map((b) => ({ tick: c().bucketTick[b.bucket], label: c().bucket[b.bucket], value: b.count }));

  return (
    <section class="stats-charts" aria-labelledby="stats-charts-title">
      <h3 id="stats-charts-title" class="stats-subtitle">
        {c().title}
      </h3>
      <BarChart id="chart-day" title={c().perDay} summary={summary(perDay())} labelHeader={c().day} valueHeader={c().calls} bars={perDay()} />
      <BarChart id="chart-hour" title={c().perHour} summary={summary(perHour())} labelHeader={c().hour} valueHeader={c().calls} bars={perHour()} />
      <BarChart
        id="chart-delay"
        title={c().answerDelay}
        summary={summary(answerDelay())}
        labelHeader={c().delay}
        valueHeader={c().calls}
        bars={answerDelay()}
      />
    </section>
  );
}
