import { createResource, For, Show } from "solid-js";
import { cycleLength } from "../../../shared/billing-cycle";
import { formatCalendarDate } from "../../../shared/format/date-time";
import { formatMinutes } from "../../../shared/format/duration";
import { formatNumber } from "../../../shared/format/number";
import { trpc } from "../api";
import { useI18n } from "../i18n";
import "./billing/billing-sections.css";

/**
 * "Ce cycle jusqu'à maintenant": the current billing cycle's billable calls and minutes to date,
 * beside the previous cycle's at the same point, and a bar per day (this cycle's and the
 * previous one's side by side). The chart is an image with a spoken summary; the figures are
 * text. Clients dread surprise bills: this shows one coming.
 */
export function CycleMeter(props: { account: () => number | undefined; link?: boolean; headingLevel?: 2 | 3 }) {
  const { t, locale } = useI18n();
  const [meter] = createResource(
    () => ({ account: props.account() }),
    async (input) => {
      try {
        // Offline, the offline link answers with this device's copy (offline/offline-link.ts).
        return await trpc.billable.cycleMeter.query(input);
      } catch {
        return undefined;
      }
    },
  );
  const s = () => t().sections.billable;
  const long = (date: string) => formatCalendarDate(date, locale(), "long");
  const Heading = (p: { children: string }) =>
    props.headingLevel === 3 ? <h3 class="card-title">{p.children}</h3> : <h2 class="card-title">{p.children}</h2>;

  return (
    <section class="card cycle-meter" aria-label={s().meterTitle} data-testid="cycle-meter">
      <Heading>{s().meterTitle}</Heading>
      <Show when={meter()} fallback={<p class="loading">{meter.loading ? t().common.loading : t().common.unexpectedError}</p>}>
        {(m) => {
          const max = () => Math.max(1, ...m().current.days.map((d) => d.calls), ...m().previous.days.map((d) => d.calls));
          // The whole cycle's width, so the bars also show how far into the cycle we are.
          const days = () => cycleLength(m().current);
          return (
            <>
              <p class="cycle-meter__period">{s().meterCycle(long(m().current.start), long(m().current.end))}</p>
              <dl class="cycle-meter__figures">
                <div>
                  <dt>{s().meterCalls}</dt>
                  <dd data-testid="meter-calls">{formatNumber(m().current.calls, locale(), 0)}</dd>
                  <dd class="cycle-meter__previous">
                    {s().meterPrevious}
                    {s().colon}
                    <span data-testid="meter-previous-calls">{formatNumber(m().previous.calls, locale(), 0)}</span>
                  </dd>
                </div>
                <div>
                  <dt>{s().meterMinutes}</dt>
                  <dd data-testid="meter-minutes">{formatMinutes(m().current.statSeconds, locale(), 2)}</dd>
                  <dd class="cycle-meter__previous">
                    {s().meterPrevious}
                    {s().colon}
                    {formatMinutes(m().previous.statSeconds, locale(), 2)}
                  </dd>
                </div>
              </dl>
              <svg
                class="cycle-meter__chart"
                viewBox={`0 0 ${days() * 10} 50`}
                preserveAspectRatio="none"
                role="img"
                aria-label={s().meterChart(m().current.days.length, m().current.calls, m().previous.calls)}
              >
                <For each={m().previous.days}>
                  {(d, i) => (
                    <rect class="bar bar--previous" x={i() * 10 + 1} width="4" y={50 - (d.calls / max()) * 48} height={(d.calls / max()) * 48} />
                  )}
                </For>
                <For each={m().current.days}>
                  {(d, i) => (
                    <rect class="bar bar--current" x={i() * 10 + 5} width="4" y={50 - (d.calls / max()) * 48} height={(d.calls / max()) * 48} />
                  )}
                </For>
              </svg>
              <p class="cycle-meter__legend" aria-hidden="true">
                <span class="swatch swatch--current" /> {s().meterLegendCurrent}
                <span class="swatch swatch--previous" /> {s().meterLegendPrevious}
              </p>
              <Show when={props.link}>
                <a href="/billable" class="cycle-meter__link">
                  {s().meterDetails}
                </a>
              </Show>
            </>
          );
        }}
      </Show>
    </section>
  );
}
