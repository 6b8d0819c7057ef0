import { createSignal, For, Show } from "solid-js";
import type { Figure, StatisticKey } from "../../../shared/statistics";
import { formatFigurePercent, formatFigureValue } from "../../../shared/statistics-format";
import { useI18n, useStrings } from "../i18n";

/**
 * The 16 figures as the manual lays them out (Statistiques, Num., %): number and percentage
 * first, each explanation behind a "?" control on its own row (the whole report then fits a few
 * phone screens). Each value is a button that lists the calls behind it.
 */
export function FiguresTable(props: { figures: Figure[]; selected: StatisticKey | null; onShow: (key: StatisticKey) => void }) {
  const { locale } = useI18n();
  const t = useStrings("statistics");
  const s = () => t().sections.statistics;
  const [explained, setExplained] = createSignal<ReadonlySet<StatisticKey>>(new Set());
  const toggle = (key: StatisticKey) => {
    const next = new Set(explained());
    if (next.has(key)) next.delete(key);
    else next.add(key);
    setExplained(next);
  };
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
                  <span class="stats-figures__head">
                    <span class="stats-figures__name">{label()}</span>
                    <button
                      type="button"
                      class="stats-explain"
                      aria-expanded={explained().has(figure.key)}
                      aria-controls={`stats-explanation-${figure.key}`}
                      aria-label={s().table.explain(label())}
                      data-testid="explain"
                      onClick={() => toggle(figure.key)}
                    >
                      <span aria-hidden="true">?</span>
                    </button>
                  </span>
                  <span class="stats-figures__explanation" id={`stats-explanation-${figure.key}`} hidden={!explained().has(figure.key)}>
                    {s().figures[figure.key].explanation}
                  </span>
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
