import { For, Show } from "solid-js";
import type { Figure, StatisticKey } from "../../../shared/statistics";
import { formatFigurePercent, formatFigureValue } from "../../../shared/statistics-format";
import { useI18n } from "../i18n";

/**
 * The 16 figures as the manual lays them out (Statistiques, Num., %), each label with its
 * explanation under it, so the table stays narrow enough for the charts beside it and for a
 * phone. Each value is a button that lists the calls behind it.
 */
export function FiguresTable(props: { figures: Figure[]; selected: StatisticKey | null; onShow: (key: StatisticKey) => void }) {
  const { t, locale } = useI18n();
  const s = () => t().sections.statistics;
  return (
    <table class="stats-table stats-figures" data-testid="statistics-figures">
      <caption class="stats-sr-only">{s().table.caption}</caption>
      <thead>
        <tr>
          <th scope="col">{s().table.statistic}</th>
          <th scope="col" class="stats-num">
            {s().table.count}
          </th>
          <th scope="col" class="stats-num">
            {s().table.percent}
          </th>
        </tr>
      </thead>
      <tbody>
        <For each={props.figures}>
          {(figure) => {
            const label = () => s().figures[figure.key].label;
            return (
              <tr data-key={figure.key} classList={{ "stats-figures__row--selected": props.selected === figure.key }}>
                <th scope="row" class="stats-figures__label">
                  <span class="stats-figures__name">{label()}</span>
                  <span class="stats-figures__explanation">{s().figures[figure.key].explanation}</span>
                </th>
                <td class="stats-num stats-figures__value">
                  <Show when={figure.value !== null} fallback={<span aria-hidden="true" />}>
                    <button
                      type="button"
                      class="stats-link"
                      aria-label={`${formatFigureValue(figure, locale())} — ${s().table.showCalls(label())}`}
                      aria-expanded={props.selected === figure.key}
                      aria-controls="stats-calls"
                      onClick={() => props.onShow(figure.key)}
                    >
                      {formatFigureValue(figure, locale())}
                    </button>
                  </Show>
                </td>
                <td class="stats-num stats-figures__percent">{formatFigurePercent(figure.percent, locale())}</td>
              </tr>
            );
          }}
        </For>
      </tbody>
    </table>
  );
}
