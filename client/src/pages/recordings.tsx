import { isTRPCClientError } from "@trpc/client";
import { createEffect, createResource, createSignal, on, Show } from "solid-js";
import { createStore } from "solid-js/store";
import {
  type RecordingSortKey,
  type RecordingsFilters,
  recordingsFiltersWithin,
} from "../../../shared/filters/recordings";
import { validationMessage } from "../../../shared/filters/validation";
import { formatMinutes } from "../../../shared/format/duration";
import { formatNumber } from "../../../shared/format/number";
import { today } from "../../../shared/time-zone";
import { errorCode, isNetworkError, trpc } from "../api";
import { FilterForm } from "../components/recordings/FilterForm";
import { type FilterForm as Form, formFromFilters, initialForm, toFilters } from "../components/recordings/filter-form-state";
import { MiniPlayer, type NowPlaying } from "../components/recordings/MiniPlayer";
import { RecordingsTable } from "../components/recordings/RecordingsTable";
import { ReportActions } from "../components/ReportActions";
import { ReportPage } from "../components/ReportPage";
import { NewRecordsNotice } from "../live/NewRecordsNotice";
import { useFiltersInUrl } from "../filters-in-url";
import { useI18n } from "../i18n";
import { useSession } from "../session";
import "../components/recordings/recordings.css";

type Filters = Omit<RecordingsFilters, "page" | "sort" | "direction">;
interface Query {
  filters: Filters;
  sort: RecordingSortKey;
  direction: "asc" | "desc";
  offset: number;
  limit: number;
}

const pageSizes = [25, 50, 100, 200];
const phone = () => typeof matchMedia === "function" && matchMedia("(max-width: 63.99rem)").matches;

/**
 * Enregistreur d'appels: search the calls of the last 60 days, read them a page at a time
 * (sorted and totalled by the server over every match), and play any of them in the page.
 */
export default function RecordingsPage() {
  const { t, locale } = useI18n();
  const session = useSession();
  const zone = () => session.me()?.timeZone ?? "America/Toronto";
  const s = () => t().sections.recordings;

  const clock = () => ({ now: new Date(), timeZone: zone(), retentionDays: session.me()?.retentionDays ?? 60 });
  const url = useFiltersInUrl("recordings", recordingsFiltersWithin(clock()));
  const [form, setForm] = createStore<Form>(
    url.initial ? formFromFilters(url.initial, today(zone())) : initialForm(today(zone()), session.currentAccount()?.accountNumber),
  );
  const [errors, setErrors] = createSignal<Record<string, string>>({});
  const [failure, setFailure] = createSignal<"network" | "unexpected" | null>(null);
  const [query, setQuery] = createSignal<Query>();
  const [collapsed, setCollapsed] = createSignal(false);
  const [playing, setPlaying] = createSignal<NowPlaying | null>(null);

  const search = (changes: Partial<Query> = {}, remember = false) => {
    const parsed = recordingsFiltersWithin(clock()).safeParse(toFilters(form));
    if (!parsed.success) {
      const found: Record<string, string> = {};
      for (const issue of parsed.error.issues) {
        const key = String(issue.path[0] ?? "");
        if (!found[key]) found[key] = issue.message;
      }
      setErrors(found);
      return;
    }
    setErrors({});
    const { page: _page, sort: _sort, direction: _direction, ...filters } = parsed.data;
    const next = setQuery((q) => ({ sort: "startedAt", direction: "desc", limit: 50, ...q, offset: 0, ...changes, filters }));
    if (remember) url.save({ ...filters, sort: next.sort, direction: next.direction });
    if (phone()) setCollapsed(true);
  };

  // The first search, as soon as the current account is known (the manual pre-fills it).
  createEffect(
    on(
      () => session.currentAccount(),
      (a) => {
        if (query()) return;
        if (a && !url.initial) setForm("account", String(a.accountNumber));
        search(url.initial ? { sort: url.initial.sort, direction: url.initial.direction } : {});
      },
    ),
  );

  const [results] = createResource(query, async (q) => {
    setFailure(null);
    try {
      return await trpc.recordings.search.query({
        ...q.filters,
        sort: q.sort,
        direction: q.direction,
        page: { limit: q.limit, offset: q.offset },
      });
    } catch (error) {
      if (isNetworkError(error)) setFailure("network");
      else if (errorCode(error) === "BAD_REQUEST" && isTRPCClientError(error)) {
        const fields = (error.data as { fieldErrors?: Record<string, string[] | undefined> } | undefined)?.fieldErrors ?? {};
        const found: Record<string, string> = {};
        for (const [k, v] of Object.entries(fields)) if (v?.[0]) found[k] = v[0];
        setErrors(found);
        setCollapsed(false);
        if (Object.keys(found).length === 0) setFailure("unexpected");
      } else setFailure("unexpected");
      return undefined;
    }
  });

  const translatedErrors = () =>
    Object.fromEntries(Object.entries(errors()).map(([k, key]) => [k, validationMessage(key, locale())]));
  const sortBy = (key: RecordingSortKey) => {
    const q = query();
    if (!q) return;
    const direction = q.sort === key ? (q.direction === "asc" ? "desc" : "asc") : key === "startedAt" ? "desc" : "asc";
    setQuery({ ...q, sort: key, direction, offset: 0 });
    url.save({ ...q.filters, sort: key, direction });
  };
  const turnPage = (step: number) => {
    const q = query();
    if (q) setQuery({ ...q, offset: Math.max(0, q.offset + step * q.limit) });
  };
  const exportFilters = () => {
    const q = query();
    return q ? { ...q.filters, sort: q.sort, direction: q.direction } : undefined;
  };
  const n = (value: number) => formatNumber(value, locale(), 0);

  return (
    <ReportPage
      title={s().title}
      lead={s().lead}
      filters={
        <>
          <button
            type="button"
            class="button button--secondary rec-toggle"
            aria-expanded={!collapsed()}
            aria-controls="rec-filter-panel"
            onClick={() => setCollapsed(!collapsed())}
          >
            {collapsed() ? s().showFilters : s().hideFilters}
            <span aria-hidden="true">{collapsed() ? "▾" : "▴"}</span>
          </button>
          <div id="rec-filter-panel" class="rec-form" data-collapsed={collapsed() ? "true" : "false"}>
            <FilterForm
              form={form}
              setForm={setForm}
              errors={translatedErrors()}
              busy={results.loading}
              onSubmit={() => search({}, true)}
              onReset={() => {
                setForm(initialForm(today(zone()), session.currentAccount()?.accountNumber));
                setErrors({});
              }}
            />
          </div>
        </>
      }
      actions={<ReportActions section="recordings" filters={exportFilters} disabled={!query()} />}
    >
      <NewRecordsNotice
        kind="call"
        account={() => query()?.filters.account}
        shownAt={() => results.latest}
        onShow={() => {
          const q = query();
          if (q) setQuery({ ...q, offset: 0 });
        }}
      />
      <div aria-live="polite" aria-busy={results.loading}>
        <Show when={Object.keys(errors()).length > 0}>
          <p class="message message--error" role="alert">
            {s().errorSummary}
          </p>
        </Show>
        <Show when={failure()}>
          <p class="message message--error" role="alert">
            {failure() === "network" ? t().common.networkError : t().common.unexpectedError}
          </p>
        </Show>
        <Show when={results.loading && !results.latest}>
          <p class="loading">{t().common.loading}</p>
        </Show>
        <Show when={results.latest}>
          {(data) => {
            const q = () => query()!;
            const first = () => Math.min(data().totals.count, q().offset + 1);
            const last = () => Math.min(data().totals.count, q().offset + data().rows.length);
            return (
              <>
                <div class="rec-summary">
                  <p data-testid="recordings-count">
                    <Show when={data().totals.count > 0} fallback={t().report.noResults}>
                      {s().range(n(first()), n(last()), n(data().totals.count))}
                    </Show>
                  </p>
                  <div class="field">
                    <label for="rec-page-size">{s().pageSize}</label>
                    <select
                      id="rec-page-size"
                      onChange={(e) => setQuery({ ...q(), limit: Number(e.currentTarget.value), offset: 0 })}
                    >
                      {pageSizes.map((size) => (
                        <option value={size} selected={size === q().limit}>
                          {size}
                        </option>
                      ))}
                    </select>
                  </div>
                </div>
                <Show when={data().rows.length > 0}>
                  <RecordingsTable
                    rows={data().rows}
                    zone={zone()}
                    sort={q().sort}
                    direction={q().direction}
                    playing={playing()?.callNumber ?? null}
                    onSort={sortBy}
                    onPlay={(row, when) => setPlaying({ callNumber: row.callNumber, when })}
                  />
                  <Show when={data().totals.count > q().limit}>
                    <nav class="rec-pager" aria-label={s().range(n(first()), n(last()), n(data().totals.count))}>
                      <button type="button" class="button button--secondary" disabled={q().offset === 0} onClick={() => turnPage(-1)}>
                        ← {s().previous}
                      </button>
                      <button
                        type="button"
                        class="button button--secondary"
                        disabled={last() >= data().totals.count}
                        onClick={() => turnPage(1)}
                      >
                        {s().next} →
                      </button>
                    </nav>
                  </Show>
                </Show>
                <dl class="rec-totals" data-testid="recordings-totals">
                  <div>
                    <dt>{s().totalDuration}</dt>
                    <dd data-testid="total-duration">{formatMinutes(data().totals.durationSeconds, locale())}</dd>
                  </div>
                  <div>
                    <dt>{s().totalCalls}</dt>
                    <dd data-testid="total-calls">{n(data().totals.count)}</dd>
                  </div>
                </dl>
              </>
            );
          }}
        </Show>
      </div>
      <MiniPlayer playing={playing()} onClose={() => setPlaying(null)} />
    </ReportPage>
  );
}
