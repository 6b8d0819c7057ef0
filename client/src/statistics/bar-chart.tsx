import { createSignal, For, onCleanup, onMount, Show } from "solid-js";
import { useStrings } from "../i18n";

export interface Bar {
  /** Under the bar (shortened when bars are narrow). */
  tick: string;
  /** In the data table and the bar's tooltip. */
  label: string;
  value: number;
}

/**
 * A bar chart in inline SVG, drawn at the width it is shown at (so its text stays readable on a
 * phone), with its text alternative: a caption, a one-line summary, and the data as a table
 * in a `<details>`, made when it is first opened (a 60-day chart is 60 rows nobody sees before).
 */
export function BarChart(props: { id: string; title: string; summary: string; labelHeader: string; valueHeader: string; bars: Bar[] }) {
  const t = useStrings("statisticsCharts");
  const [width, setWidth] = createSignal(600);
  const [dataShown, setDataShown] = createSignal(false);
  let box!: HTMLDivElement;
  onMount(() => {
    const observer = new ResizeObserver(([entry]) => {
      if (entry) setWidth(Math.max(240, Math.floor(entry.contentRect.width)));
    });
    observer.observe(box);
    onCleanup(() => observer.disconnect());
  });

  const height = 180;
  const top = 18;
  const bottom = 22;
  const left = 34;
  const max = () => Math.max(1, ...props.bars.map((b) => b.value));
  // A round top for the axis: 1, 2, 5, 10, 20, 50, …
  const axisMax = () => {
    const m = max();
    const step = 10 ** Math.floor(Math.log10(m));
    return [1, 2, 5, 10].map((k) => k * step).find((v) => v >= m) ?? m;
  };
  // Room on the right for the last tick's label.
  const right = 10;
  const slot = () => (width() - left - right) / Math.max(1, props.bars.length);
  // Show as many ticks as fit at about 34 px each.
  const tickEvery = () => Math.max(1, Math.ceil(34 / slot()));
  const y = (v: number) => top + (height - top - bottom) * (1 - v / axisMax());

  return (
    <figure class="stats-chart" aria-labelledby={`${props.id}-title`}>
      <figcaption>
        <span class="stats-chart__title" id={`${props.id}-title`}>
          {props.title}
        </span>
        <span class="stats-chart__summary" id={`${props.id}-summary`}>
          {props.summary}
        </span>
      </figcaption>
      <div ref={box} class="stats-chart__box">
        <svg
          width={width()}
          height={height}
          viewBox={`0 0 ${width()} ${height}`}
          role="img"
          aria-labelledby={`${props.id}-title ${props.id}-summary`}
        >
          <line class="stats-chart__axis" x1={left} x2={width() - right} y1={y(0)} y2={y(0)} />
          <line class="stats-chart__grid" x1={left} x2={width() - right} y1={y(axisMax())} y2={y(axisMax())} />
          <text class="stats-chart__scale" x={left - 4} y={y(axisMax()) + 4} text-anchor="end">
            {axisMax()}
          </text>
          <text class="stats-chart__scale" x={left - 4} y={y(0) + 4} text-anchor="end">
            0
          </text>
          <For each={props.bars}>
            {(bar, i) => (
              <g>
                <rect
                  class="stats-chart__bar"
                  x={left + i() * slot() + slot() * 0.15}
                  width={Math.max(1, slot() * 0.7)}
                  y={y(bar.value)}
                  height={y(0) - y(bar.value)}
                >
                  <title>{`${bar.label} — ${bar.value}`}</title>
                </rect>
                {i() % tickEvery() === 0 && (
                  <text class="stats-chart__tick" x={left + i() * slot() + slot() / 2} y={height - 6} text-anchor="middle">
                    {bar.tick}
                  </text>
                )}
              </g>
            )}
          </For>
        </svg>
      </div>
      <details class="stats-chart__data" onToggle={(event) => event.currentTarget.open && setDataShown(true)}>
        <summary>{t().sections.statistics.charts.showData}</summary>
        <Show when={dataShown()}>
          <table class="stats-table stats-table--compact">
            <caption class="stats-sr-only">{props.title}</caption>
            <thead>
              <tr>
                <th scope="col">{props.labelHeader}</th>
                <th scope="col" class="stats-num">
                  {props.valueHeader}
                </th>
              </tr>
            </thead>
            <tbody>
              <For each={props.bars}>
                {(bar) => (
                  <tr>
                    <th scope="row">{bar.label}</th>
                    <td class="stats-num">{bar.value}</td>
                  </tr>
                )}
              </For>
            </tbody>
          </table>
        </Show>
      </details>
    </figure>
  );
}
