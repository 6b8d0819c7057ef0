import { createResource, createSignal, For, onMount, Show } from "solid-js";
import type { StatisticsFilters } from "../../../shared/filters/statistics";
import { formatDateTime } from "../../../shared/format/date-time";
import { formatMinutes } from "../../../shared/format/duration";
import { formatNumber } from "../../../shared/format/number";
import type { StatisticKey } from "../../../shared/statistics";
import { isNetworkError, trpc } from "../api";
import { useI18n, useStrings } from "../i18n";
import { nowPlaying, play } from "../player/now-playing";
import { ContactText } from "../components/ContactText";

const pageSize = 50;
const averages: StatisticKey[] = ["avgWorkSeconds", "avgHoldSeconds", "avgAnswerDelaySeconds", "avgTransferMinutes"];

/** The calls behind one figure, a page at a time, each with its recording when there is one. */
export function FigureCalls(props: { figure: StatisticKey; filters: StatisticsFilters; timeZone: string; onClose: () => void }) {
  const { locale } = useI18n();
  const t = useStrings("statistics");
  const calls = useStrings("statisticsCalls");
  const s = () => t().sections.statistics;
  const c = () => calls().sections.statistics.calls;
  const [offset, setOffset] = createSignal(0);
  const [page] = createResource(
    () => ({ figure: props.figure, filters: props.filters, offset: offset() }),
    (input) => trpc.statistics.calls.query({ ...input, limit: pageSize }),
  );
  let heading!: HTMLHeadingElement;
  onMount(() => heading.focus());
  const num = (v: number | null) => (v === null ? "" : formatNumber(v, locale(), 0));

  return (
    <section class="card stats-calls" id="stats-calls" aria-labelledby="stats-calls-title" data-testid="statistics-calls">
      <div class="stats-calls__head">
        <h3 id="stats-calls-title" class="stats-subtitle" tabindex="-1" ref={heading}>
          {c().title(s().figures[props.figure].label)}
        </h3>
        <button type="button" class="button button--secondary" onClick={() => props.onClose()}>
          {c().close}
        </button>
      </div>
      <Show when={averages.includes(props.figure)}>
        <p class="field-hint">{props.figure === "avgWorkSeconds" ? c().allRecords : c().averagedOver}</p>
      </Show>
      <Show when={page.error}>
        <p class="message message--error" role="alert">
          {isNetworkError(page.error) ? t().common.networkError : t().common.unexpectedError}
        </p>
      </Show>
      <Show when={page.error ? undefined : page.latest} fallback={<Show when={!page.error}><p class="loading">{t().common.loading}</p></Show>}>
        {(data) => (
          <>
            <p class="stats-calls__count" id="stats-calls-count" role="status" data-testid="statistics-calls-count">
              {c().count(data().total)}
              <Show when={data().total > 0}>
                {" · "}
                {c().range(offset() + 1, offset() + data().calls.length, data().total)}
              </Show>
            </p>
            <Show when={data().calls.length > 0}>
              <div class="stats-calls__scroll" role="region" aria-labelledby="stats-calls-title stats-calls-count" tabindex="0">
                <table class="stats-table stats-calls__table">
                  <thead>
                    <tr>
                      <th scope="col">{c().dateTime}</th>
                      <th scope="col">{c().account}</th>
                      <th scope="col">{c().caller}</th>
                      <th scope="col">{c().kind}</th>
                      <th scope="col">{c().agent}</th>
                      <th scope="col" class="stats-num">{c().duration}</th>
                      <th scope="col" class="stats-num">{c().answerDelay}</th>
                      <th scope="col" class="stats-num">{c().hold}</th>
                      <th scope="col" class="stats-num">{c().work}</th>
                      <th scope="col">{c().recording}</th>
                    </tr>
                  </thead>
                  <tbody>
                    <For each={data().calls}>
                      {(call) => (
                        <tr data-call={call.callNumber}>
                          <td>{formatDateTime(call.startedAt, locale(), props.timeZone, { seconds: true })}</td>
                          <td>{call.accountNumber}</td>
                          <td>
                            {call.callerName ?? (call.callerId === null ? t().common.unknownCaller : "")}
                            <Show when={call.callerId}>
                              {(id) => (
                                <span class="stats-calls__caller-id">
                                  {" "}
                                  <ContactText text={id()} />
                                </span>
                              )}
                            </Show>
                          </td>
                          <td>{c().kinds[call.kind]}</td>
                          <td>{call.agent ?? ""}</td>
                          <td class="stats-num">{formatMinutes(call.durationSeconds, locale())}</td>
                          <td class="stats-num">{num(call.answerDelaySeconds)}</td>
                          <td class="stats-num">{num(call.holdSeconds)}</td>
                          <td class="stats-num">{num(call.workSeconds)}</td>
                          <td>
                            <Show when={call.hasRecording} fallback={c().noRecording}>
                              <button
                                type="button"
                                class="stats-link"
                                aria-pressed={nowPlaying()?.callNumber === call.callNumber}
                                onClick={(event) =>
                                  play(
                                    {
                                      callNumber: call.callNumber,
                                      label: `${c().play(call.callNumber)} — ${formatDateTime(call.startedAt, locale(), props.timeZone, { seconds: true })}`,
                                    },
                                    event.currentTarget,
                                  )
                                }
                              >
                                {c().play(call.callNumber)}
                              </button>
                            </Show>
                          </td>
                        </tr>
                      )}
                    </For>
                  </tbody>
                </table>
              </div>
            </Show>
            <Show when={data().total > pageSize}>
              <div class="stats-calls__pager">
                <button
                  type="button"
                  class="button button--secondary"
                  disabled={offset() === 0 || page.loading}
                  onClick={() => setOffset(Math.max(0, offset() - pageSize))}
                >
                  {c().previous}
                </button>
                <button
                  type="button"
                  class="button button--secondary"
                  disabled={offset() + pageSize >= data().total || page.loading}
                  onClick={() => setOffset(offset() + pageSize)}
                >
                  {c().next}
                </button>
              </div>
            </Show>
          </>
        )}
      </Show>
    </section>
  );
}
