import { Show } from "solid-js";
import { createStore } from "solid-js/store";
import type { RecordingSortKey, RecordingsFilters } from "../../../shared/filters/recordings";
import { retentionStart } from "../../../shared/retention-window";
import { formatDateTime } from "../../../shared/format/date-time";
import { formatMinutes } from "../../../shared/format/duration";
import { formatNumber } from "../../../shared/format/number";
import { today } from "../../../shared/time-zone";
import { trpc } from "../api";
import { FilterForm } from "../components/recordings/FilterForm";
import {
  type FilterForm as Form,
  formFromFilters,
  initialFilters,
  initialForm,
  toFilters,
} from "../components/recordings/filter-form-state";
import { RecordingsTable } from "../components/recordings/RecordingsTable";
import { ReportActions } from "../components/ReportActions";
import { ReportPage } from "../components/ReportPage";
import { useFiltersInUrl } from "../use-filters-in-url";
import { useI18n, useStrings } from "../i18n";
import { NewRecordsNotice } from "../live/NewRecordsNotice";
import { nowPlaying, play } from "../player/now-playing";
import { firstRowsFirst } from "../report/first-rows-first";
import { createReport } from "../report/create-report";
import { loadFilterChecks } from "../report/load-filter-checks";
import { ErrorSummary } from "../report/ErrorSummary";
import { createFormProblems } from "../report/form-problems";
import { Pager } from "../report/Pager";
import { ReportResults } from "../report/ReportResults";
import { useSession } from "../session";
import { recordingChips, withoutChip } from "../components/recordings/recording-chips";
import "../components/recordings/recordings.css";

type Filters = Omit<RecordingsFilters, "page" | "sort" | "direction">;
interface Query {
  filters: Filters;
  sort: RecordingSortKey;
  direction: "asc" | "desc";
  limit: number;
}

const pageSizes = [25, 50, 100, 200];

/**
 * Enregistreur d'appels: opens on the most recent calls of the retention window, newest first,
 * a page at a time (sorted and totalled by the server over every match); the manual's periods
 * and filters narrow it; any call plays in the portal's player.
 */
export default function RecordingsPage() {
  const { locale } = useI18n();
  const t = useStrings("recordings");
  const firstRows = firstRowsFirst();
  const session = useSession();
  const zone = () => session.me()?.timeZone ?? "America/Toronto";
  const s = () => t().sections.recordings;
  const clock = () => ({ now: new Date(), timeZone: zone(), retentionDays: session.me()?.retentionDays ?? 60 });
  const url = useFiltersInUrl("recordings", (checks) => checks.recordingsFiltersWithin(clock()));

  const [form, setForm] = createStore<Form>(
    url.initial ? formFromFilters(url.initial, today(zone())) : initialForm(today(zone()), session.currentAccount()?.accountNumber),
  );
  const queryOf = (f: RecordingsFilters, limit = 50): Query => {
    const { page: _page, sort, direction, ...filters } = f;
    return { filters, sort, direction, limit };
  };
  const firstQuery = (): Query => queryOf(url.initial ?? initialFilters(session.currentAccount()?.accountNumber));

  const oldest = () => formatDateTime(retentionStart(clock()), locale(), zone());
  const labels = (): Record<string, string> => ({
    from: s().from,
    to: s().to,
    account: s().accountFilter,
    billing: s().billing,
    call: s().callNumber,
    agent: s().agentFilter,
    station: s().stationFilter,
    minMinutes: s().minMinutes,
    maxMinutes: s().maxMinutes,
    callerId: s().callerId,
    accountName: s().accountNameFilter,
    minQuality: s().minQuality,
    maxQuality: s().maxQuality,
    period: s().period,
  });
  const problems = createFormProblems({ report: () => report, labels, id: (field) => `rec-${field}`, oldest });

  const report = createReport({
    initial: firstQuery,
    load: (q: Query, offset: number) =>
      trpc.recordings.search.query({ ...q.filters, sort: q.sort, direction: q.direction, page: { limit: q.limit, offset } }),
    save: (q) => url.save({ ...q.filters, sort: q.sort, direction: q.direction }),
    account: { current: () => session.currentAccount()?.accountNumber, apply: (q, account) => ({ ...q, filters: { ...q.filters, account } }) },
    showInForm: (q) => {
      setForm(formFromFilters({ ...q.filters, sort: q.sort, direction: q.direction } as RecordingsFilters, today(zone())));
      problems.clear();
    },
  });

  const search = async () => {
    const input = toFilters(form) as Record<string, unknown>;
    const checks = await loadFilterChecks().catch(report.fail);
    if (!checks) return;
    const { checkFilters, recordingsFiltersWithin } = checks;
    const checked = checkFilters(recordingsFiltersWithin(clock()), input);
    const filters = problems.accept(checked);
    if (!filters) return;
    const current = report.filters();
    void report.run({ ...queryOf(filters, current?.limit), sort: current?.sort ?? "startedAt", direction: current?.direction ?? "desc" }, { fromForm: true });
  };

  const sortBy = (key: RecordingSortKey) => {
    const q = report.filters();
    if (!q) return;
    const direction = q.sort === key ? (q.direction === "asc" ? "desc" : "asc") : key === "startedAt" ? "desc" : "asc";
    void report.run({ ...q, sort: key, direction });
  };
  const exportFilters = () => {
    const q = report.filters();
    return q ? { ...q.filters, sort: q.sort, direction: q.direction } : undefined;
  };
  const chips = () => {
    const q = report.filters();
    return q ? recordingChips(q.filters, t(), locale()) : [];
  };
  const n = (value: number) => formatNumber(value, locale(), 0);

  return (
    <ReportPage
      title={s().title}
      lead={s().lead}
      chips={chips()}
      onRemoveChip={(key) => {
        const q = report.filters();
        if (q) void report.run({ ...q, filters: withoutChip(q.filters, key) });
      }}
      filterErrors={problems.summary().length > 0}
      filters={
        <>
          <ErrorSummary errors={problems.summary()} />
          <FilterForm
            form={form}
            setForm={setForm}
            errors={problems.messages()}
            busy={report.loading()}
            onSubmit={() => void search()}
            onReset={() => {
              setForm(initialForm(today(zone()), session.currentAccount()?.accountNumber));
              problems.clear();
              report.setInvalid(false);
            }}
          />
        </>
      }
      actions={<ReportActions section="recordings" filters={exportFilters} disabled={!report.data() || report.stale()} />}
    >
      <NewRecordsNotice
        kind="call"
        account={() => report.filters()?.filters.account}
        shownAt={report.data}
        onShow={() => {
          const q = report.filters();
          if (q) void report.run(q, { remember: false });
        }}
      />
      <ReportResults report={report} skeleton="rows">
        {(data) => {
          const q = () => report.filters()!;
          const first = () => Math.min(data.totals.count, report.offset() + 1);
          const last = () => Math.min(data.totals.count, report.offset() + data.rows.length);
          return (
            <>
              <div class="rec-summary">
                <p data-testid="recordings-count">
                  <Show when={data.totals.count > 0} fallback={t().report.noResults}>
                    {s().range(n(first()), n(last()), n(data.totals.count))}
                  </Show>
                </p>
                <div class="field">
                  <label for="rec-page-size">{s().pageSize}</label>
                  <select id="rec-page-size" onChange={(e) => void report.run({ ...q(), limit: Number(e.currentTarget.value) })}>
                    {pageSizes.map((size) => (
                      <option value={size} selected={size === q().limit}>
                        {size}
                      </option>
                    ))}
                  </select>
                </div>
              </div>
              <Show when={data.rows.length > 0}>
                <RecordingsTable
                  rows={firstRows(data.rows)}
                  zone={zone()}
                  sort={q().sort}
                  direction={q().direction}
                  playing={nowPlaying()?.callNumber ?? null}
                  onSort={sortBy}
                  onPlay={(row, when, from) => play({ callNumber: row.callNumber, label: s().nowPlaying(when, String(row.callNumber)) }, from)}
                />
                <Pager offset={report.offset()} limit={q().limit} total={data.totals.count} busy={report.loading()} onTurn={report.turnTo} />
              </Show>
              <dl class="rec-totals" data-testid="recordings-totals">
                <div>
                  <dt>{s().totalDuration}</dt>
                  <dd data-testid="total-duration">{formatMinutes(data.totals.durationSeconds, locale())}</dd>
                </div>
                <div>
                  <dt>{s().totalCalls}</dt>
                  <dd data-testid="total-calls">{n(data.totals.count)}</dd>
                </div>
              </dl>
            </>
          );
        }}
      </ReportResults>
    </ReportPage>
  );
}
