import { For, Show } from "solid-js";
import type { RecordingSortKey } from "../../../../shared/filters/recordings";
import { formatDateTime } from "../../../../shared/format/date-time";
import { formatMinutes } from "../../../../shared/format/duration";
import type { trpc } from "../../api";
import { useI18n, useStrings } from "../../i18n";
import { ContactText } from "../ContactText";

/** A call of the list, exactly as `recordings.search` sends it. */
export type RecordingListRow = Awaited<ReturnType<typeof trpc.recordings.search.query>>["rows"][number];

/**
 * The calls found: a table whose headers sort (server side, over every match), one card per
 * call on phones. A row's Date/Time is the button that plays it (the manual's blue link).
 */
export function RecordingsTable(props: {
  rows: RecordingListRow[];
  zone: string;
  sort: RecordingSortKey;
  direction: "asc" | "desc";
  playing: number | null;
  onSort: (key: RecordingSortKey) => void;
  onPlay: (row: RecordingListRow, when: string, from: HTMLElement) => void;
}) {
  const { locale } = useI18n();
  const t = useStrings("recordings");
  const s = () => t().sections.recordings;
  const columns = (): { key: RecordingSortKey; label: string; num?: boolean }[] => [
    { key: "startedAt", label: s().dateTime },
    { key: "accountNumber", label: s().account, num: true },
    { key: "accountName", label: s().accountName },
    { key: "callerId", label: s().callerId },
    { key: "callerName", label: s().callerName },
    { key: "agent", label: s().agent },
    { key: "station", label: s().station, num: true },
    { key: "duration", label: s().duration, num: true },
    { key: "callNumber", label: s().call, num: true },
  ];
  const ariaSort = (key: RecordingSortKey) =>
    props.sort === key ? (props.direction === "asc" ? "ascending" : "descending") : undefined;

  return (
    <div class="rec-table-region" role="region" aria-labelledby="rec-table-caption" tabindex="0">
      <table class="rec-table" data-testid="recordings-table">
        <caption id="rec-table-caption" class="rec-sr">
          {s().title}
        </caption>
        <thead>
          <tr>
            <For each={columns()}>
              {(c) => (
                <th scope="col" class={c.num ? "num" : undefined} aria-sort={ariaSort(c.key)}>
                  <button type="button" class="rec-sort" onClick={() => props.onSort(c.key)}>
                    {c.label}
                    <span class="rec-sort__arrow" aria-hidden="true">
                      {props.sort === c.key ? (props.direction === "asc" ? "▲" : "▼") : ""}
                    </span>
                  </button>
                </th>
              )}
            </For>
          </tr>
        </thead>
        <tbody>
          <For each={props.rows}>
            {(row) => {
              const when = () => formatDateTime(row.startedAt, locale(), props.zone, { seconds: true });
              return (
                <tr class={props.playing === row.callNumber ? "is-playing" : undefined} data-call={row.callNumber}>
                  <td class="rec-cell-when">
                    <button
                      type="button"
                      class="rec-play"
                      disabled={!row.hasRecording}
                      aria-label={row.hasRecording ? s().play(when()) : `${when()} — ${s().noRecording}`}
                      aria-pressed={props.playing === row.callNumber}
                      onClick={(event) => props.onPlay(row, when(), event.currentTarget)}
                    >
                      <span aria-hidden="true">{row.hasRecording ? "▶" : "–"}</span>
                      {when()}
                    </button>
                  </td>
                  <td class="num" data-label={s().account}>
                    {row.accountNumber}
                  </td>
                  <td class="rec-wrap rec-cell-name" data-label={s().accountName}>
                    {row.accountName}
                  </td>
                  <td class="nowrap" data-label={s().callerId}>
                    <Show when={row.callerId} fallback={t().common.unknownCaller}>
                      {(id) => <ContactText text={id()} />}
                    </Show>
                  </td>
                  <td class="rec-soft" data-label={s().callerName}>{row.callerName ?? t().common.unknownCaller}</td>
                  <td data-label={s().agent}>{row.agent ?? ""}</td>
                  <td class="num" data-label={s().station}>
                    {row.station ?? ""}
                  </td>
                  <td class="num" data-label={s().duration}>
                    {formatMinutes(row.durationSeconds, locale())}
                  </td>
                  <td class="num" data-label={s().call}>
                    {row.callNumber}
                  </td>
                </tr>
              );
            }}
          </For>
        </tbody>
      </table>
    </div>
  );
}
