import { createSignal, For, Show } from "solid-js";
import { type BillingCycle, currentCycle, previousCycle } from "../../../shared/billing-cycle";
import type { BillableFilters } from "../../../shared/filters/billable";
import { formatCalendarDate, formatDateTime } from "../../../shared/format/date-time";
import { formatMinSec } from "../../../shared/format/duration";
import { formatNumber } from "../../../shared/format/number";
import { addDays, today } from "../../../shared/time-zone";
import { trpc } from "../api";
import { CycleMeter } from "../components/CycleMeter";
import { ReportActions } from "../components/ReportActions";
import { ReportPage } from "../components/ReportPage";
import { useFiltersInUrl } from "../use-filters-in-url";
import { useI18n, useStrings } from "../i18n";
import { createReport } from "../report/create-report";
import { ErrorSummary } from "../report/ErrorSummary";
import { createFormProblems } from "../report/form-problems";
import { loadFilterChecks } from "../report/load-filter-checks";
import { Pager } from "../report/Pager";
import { ReportResults } from "../report/ReportResults";
import { useSession } from "../session";
import "../components/billing/billing-sections.css";
import { ContactText } from "../components/ContactText";

interface Form {
  from: string;
  to: string;
  /** "" = every account the user sees. */
  account: string;
}

/** Rows a page shows: a few phone screens; the totals above them count every row, the export holds them all. */
const pageSize = 50;

const formOf = (f: BillableFilters): Form => ({ from: f.from, to: f.to, account: f.account === undefined ? "" : String(f.account) });

/**
 * Appels facturables: the billed calls of a period (the current billing cycle by default, the
 * 20th to the 19th), newest first: the totals over every row at the top, then a page of rows
 * (paged on the server), and the cycle-so-far meter. The form is checked here before anything is sent.
 */
export default function BillablePage() {
  const { locale } = useI18n();
  const t = useStrings("billable");
  const session = useSession();
  const s = () => t().sections.billable;
  const zone = () => session.me()?.timeZone ?? "America/Toronto";
  const oldest = () => addDays(today(zone()), -(session.me()?.retentionDays ?? 60));
  const url = useFiltersInUrl("billable", (checks) => checks.fromWithinWindow(checks.billableFilters, oldest()));
  const cycleFilters = (c: BillingCycle, account: number | undefined): BillableFilters => ({
    from: c.start < oldest() ? oldest() : c.start,
    to: c.end,
    ...(account === undefined ? {} : { account }),
  });

  const [form, setForm] = createSignal<Form>(formOf(url.initial ?? cycleFilters(currentCycle(zone()), session.currentAccount()?.accountNumber)));
  const problems = createFormProblems({
    report: () => report,
    labels: () => ({ from: s().from, to: s().to, account: s().account }),
    id: (field) => `billable-${field}`,
    oldest: () => formatCalendarDate(oldest(), locale(), "long"),
  });
  const report = createReport({
    initial: () => url.initial ?? cycleFilters(currentCycle(zone()), session.currentAccount()?.accountNumber),
    load: (filters: BillableFilters, offset: number) => trpc.billable.page.query({ filters, offset, limit: pageSize }),
    save: url.save,
    account: { current: () => session.currentAccount()?.accountNumber, apply: (f, account) => ({ ...f, account }) },
    showInForm: (f) => {
      setForm(formOf(f));
      problems.clear();
    },
  });

  const formAccount = () => (form().account === "" ? undefined : Number(form().account));
  const submit = async (wanted: Form) => {
    const checks = await loadFilterChecks().catch(report.fail);
    if (!checks) return;
    const { checkFilters, billableFilters, fromWithinWindow } = checks;
    const checked = checkFilters(fromWithinWindow(billableFilters, oldest()), {
      from: wanted.from,
      to: wanted.to,
      account: wanted.account === "" ? undefined : Number(wanted.account),
    });
    const filters = problems.accept(checked);
    if (!filters) return;
    void report.run(filters, { fromForm: true });
  };
  const message = problems.message;

  // The Account column only when the rows may come from several accounts.
  const manyAccounts = () => report.filters()?.account === undefined && session.accounts().length > 1;
  const chips = () => {
    const f = report.filters();
    if (!f) return [];
    const long = (d: string) => formatCalendarDate(d, locale(), "long");
    return [
      { key: "period", label: t().list.period, value: `${long(f.from)} – ${long(f.to)}` },
      ...(f.account === undefined ? [] : [{ key: "account", label: s().account, value: String(f.account) }]),
    ];
  };
  const removeChip = (key: string) => {
    const f = report.filters();
    if (!f) return;
    if (key === "account") void report.run({ from: f.from, to: f.to });
    else void report.run(cycleFilters(currentCycle(zone()), f.account));
  };
  const dateField = (name: "from" | "to", label: string) => (
    <div class="field">
      <label for={`billable-${name}`}>{label}</label>
      <input
        id={`billable-${name}`}
        type="date"
        min={oldest()}
        value={form()[name]}
        onInput={(e) => setForm({ ...form(), [name]: e.currentTarget.value })}
        aria-invalid={message(name) ? "true" : undefined}
        aria-describedby={message(name) ? `billable-${name}-error` : undefined}
      />
      <Show when={message(name)}>
        <p class="field-error" id={`billable-${name}-error`}>
          {message(name)}
        </p>
      </Show>
    </div>
  );

  return (
    <ReportPage
      title={s().title}
      lead={
        <>
          {s().lead(session.me()?.retentionDays ?? 60)} <strong data-testid="cycle-rule">{s().cycleRule}</strong>
        </>
      }
      keepLead
      chips={chips()}
      onRemoveChip={removeChip}
      filterErrors={problems.summary().length > 0}
      actions={<ReportActions section="billable" filters={() => report.filters()} disabled={!report.data() || report.stale()} />}
      filters={
        <form
          class="form"
          novalidate
          aria-busy={report.loading()}
          onSubmit={(e) => {
            e.preventDefault();
            void submit(form());
          }}
        >
          <ErrorSummary errors={problems.summary()} />
          <div class="cycle-buttons" role="group" aria-label={s().cycleRule}>
            <button type="button" class="button button--secondary" onClick={() => void report.run(cycleFilters(currentCycle(zone()), formAccount()))}>
              {s().currentCycle}
            </button>
            <button
              type="button"
              class="button button--secondary"
              onClick={() => void report.run(cycleFilters(previousCycle(currentCycle(zone())), formAccount()))}
            >
              {s().previousCycle}
            </button>
          </div>
          <div class="field-pair">
            {dateField("from", s().from)}
            {dateField("to", s().to)}
          </div>
          <div class="field">
            <label for="billable-account">{s().account}</label>
            <select id="billable-account" onChange={(e) => setForm({ ...form(), account: e.currentTarget.value })}>
              <option value="" selected={form().account === ""}>
                {s().allAccounts}
              </option>
              <For each={session.accounts()}>
                {(a) => (
                  <option value={String(a.accountNumber)} selected={String(a.accountNumber) === form().account}>
                    {a.accountNumber} — {a.name}
                  </option>
                )}
              </For>
            </select>
          </div>
          <button type="submit" class="button">
            {s().show}
          </button>
        </form>
      }
    >
      <ReportResults report={report} skeleton="rows">
        {(data) => (
          <div class="report-output">
            <p class="report-period" data-testid="billable-period">
              {s().period(formatCalendarDate(data.totals.from, locale(), "long"), formatCalendarDate(data.totals.to, locale(), "long"))}
            </p>
            <Show when={data.totals.limitedByRetention}>
              <p class="message">{s().limited(formatCalendarDate(data.totals.from, locale(), "long"))}</p>
            </Show>
            <dl class="report-totals" data-testid="billable-totals">
              <div>
                <dt>{s().totalCalls}</dt>
                <dd data-testid="total-calls">{formatNumber(data.totals.calls, locale(), 0)}</dd>
              </div>
              <div>
                <dt>{s().totalStats}</dt>
                <dd data-testid="total-stats">{formatNumber(Number(data.totals.totalMinutes), locale(), 2)}</dd>
              </div>
              <div>
                <dt>{s().averageStat}</dt>
                <dd data-testid="average-stat">{formatNumber(Number(data.totals.averageMinutes), locale(), 2)}</dd>
              </div>
            </dl>
            <Show when={data.rows.length > 0} fallback={<p class="card notice">{t().report.noResults}</p>}>
              <div class="table-region" role="region" aria-labelledby="billable-table-caption" tabindex="0">
                <table class="report-table report-table--cards billable-table" data-testid="billable-table">
                  <caption id="billable-table-caption" class="visually-hidden">
                    {s().title}
                  </caption>
                  <thead>
                    <tr>
                      <th scope="col">{s().dateTime}</th>
                      <Show when={manyAccounts()}>
                        <th scope="col">{s().account}</th>
                      </Show>
                      <th scope="col">{s().descriptionHeader}</th>
                      <th scope="col">{s().number}</th>
                      <th scope="col">{s().callerName}</th>
                      <th scope="col">{s().agent}</th>
                      <th scope="col" class="num">
                        {s().statistic}
                      </th>
                    </tr>
                  </thead>
                  <tbody>
                    <For each={data.rows}>
                      {(row) => (
                        <tr>
                          <td data-label={s().dateTime} class="billable-when">
                            {formatDateTime(row.at, locale(), zone(), { seconds: true })}
                          </td>
                          <Show when={manyAccounts()}>
                            <td data-label={s().account}>{row.accountNumber}</td>
                          </Show>
                          <td data-label={s().descriptionHeader}>{row.description}</td>
                          <td data-label={s().number} class="nowrap">
                            <ContactText text={row.number} />
                          </td>
                          <td data-label={s().callerName}>{row.callerName}</td>
                          <td data-label={s().agent}>{row.agent}</td>
                          <td data-label={s().statistic} class="num billable-stat">
                            {formatMinSec(row.statSeconds)}
                          </td>
                        </tr>
                      )}
                    </For>
                  </tbody>
                </table>
              </div>
              <Pager offset={report.offset()} limit={pageSize} total={data.totals.calls} busy={report.loading()} onTurn={report.turnTo} />
            </Show>
          </div>
        )}
      </ReportResults>
      <CycleMeter account={() => report.filters()?.account} />
    </ReportPage>
  );
}
