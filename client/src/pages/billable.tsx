import { createEffect, createResource, createSignal, For, on, Show } from "solid-js";
import { type BillingCycle, currentCycle, previousCycle } from "../../../shared/billing-cycle";
import type { BillableFiltersInput } from "../../../shared/filters/billable";
import { formatCalendarDate, formatDateTime } from "../../../shared/format/date-time";
import { formatMinSec } from "../../../shared/format/duration";
import { formatNumber } from "../../../shared/format/number";
import { trpc } from "../api";
import { CycleMeter } from "../components/CycleMeter";
import { OfflineNote } from "../components/billing/OfflineNote";
import { withOfflineCopy } from "../components/billing/offline-copy";
import { type RequestProblem, requestProblem } from "../components/billing/request-error";
import { ReportActions } from "../components/ReportActions";
import { ReportPage } from "../components/ReportPage";
import { useFiltersInUrl } from "../filters-in-url";
import { useI18n } from "../i18n";
import { useSession } from "../session";
import "../components/billing/billing-sections.css";

/**
 * Appels facturables: the billed calls of a period (the current billing cycle by default, the
 * 20th to the 19th), with totals computed by the server from exactly the rows shown, and the
 * cycle-so-far meter.
 */
export default function BillablePage() {
  const { t, locale } = useI18n();
  const session = useSession();
  const zone = () => session.me()?.timeZone ?? "America/Toronto";
  const cycle = currentCycle(zone());
  const url = useFiltersInUrl("billable");
  const [from, setFrom] = createSignal(url.initial?.from ?? cycle.start);
  const [to, setTo] = createSignal(url.initial?.to ?? cycle.end);
  /** "" = every account the user sees. */
  const [account, setAccount] = createSignal(url.initial?.account === undefined ? "" : String(url.initial.account));
  const [filters, setFilters] = createSignal<BillableFiltersInput | undefined>(url.initial);
  const [problem, setProblem] = createSignal<RequestProblem | null>(null);

  const toFilters = (): BillableFiltersInput => ({
    from: from(),
    to: to(),
    ...(account() ? { account: Number(account()) } : {}),
  });

  createEffect(
    on(
      () => session.currentAccount(),
      (a) => {
        if (!a || filters()) return;
        setAccount(String(a.accountNumber));
        setFilters(toFilters());
      },
    ),
  );

  const [calls] = createResource(filters, async (f) => {
    setProblem(null);
    try {
      return await withOfflineCopy(`billable:${JSON.stringify(f)}`, () => trpc.billable.calls.query(f));
    } catch (error) {
      setProblem(requestProblem(error, t(), locale()));
      return undefined;
    }
  });

  const show = (c?: BillingCycle) => {
    if (c) {
      setFrom(c.start);
      setTo(c.end);
    }
    setFilters(toFilters());
    url.save(toFilters());
  };
  const s = () => t().sections.billable;
  // The Account column only when the rows may come from several accounts.
  const manyAccounts = () => filters()?.account === undefined && session.accounts().length > 1;
  const fieldError = (name: "from" | "to") => problem()?.fields[name];

  return (
    <ReportPage
      title={s().title}
      lead={
        <>
          {s().lead(session.me()?.retentionDays ?? 60)} <strong data-testid="cycle-rule">{s().cycleRule}</strong>
        </>
      }
      actions={<ReportActions section="billable" filters={() => filters()} disabled={!filters() || !calls()} />}
      filters={
        <form
          class="form"
          novalidate
          aria-busy={calls.loading}
          onSubmit={(e) => {
            e.preventDefault();
            show();
          }}
        >
          <div class="cycle-buttons" role="group" aria-label={s().cycleRule}>
            <button type="button" class="button button--secondary" onClick={() => show(currentCycle(zone()))}>
              {s().currentCycle}
            </button>
            <button type="button" class="button button--secondary" onClick={() => show(previousCycle(currentCycle(zone())))}>
              {s().previousCycle}
            </button>
          </div>
          <div class="field-pair">
            <div class="field">
              <label for="billable-from">{s().from}</label>
              <input
                id="billable-from"
                type="date"
                value={from()}
                onInput={(e) => setFrom(e.currentTarget.value)}
                aria-invalid={fieldError("from") ? "true" : undefined}
                aria-describedby={fieldError("from") ? "billable-from-error" : undefined}
              />
              <Show when={fieldError("from")}>
                <p class="field-error" id="billable-from-error">{fieldError("from")}</p>
              </Show>
            </div>
            <div class="field">
              <label for="billable-to">{s().to}</label>
              <input
                id="billable-to"
                type="date"
                value={to()}
                onInput={(e) => setTo(e.currentTarget.value)}
                aria-invalid={fieldError("to") ? "true" : undefined}
                aria-describedby={fieldError("to") ? "billable-to-error" : undefined}
              />
              <Show when={fieldError("to")}>
                <p class="field-error" id="billable-to-error">{fieldError("to")}</p>
              </Show>
            </div>
          </div>
          <div class="field">
            <label for="billable-account">{s().account}</label>
            <select id="billable-account" onChange={(e) => setAccount(e.currentTarget.value)}>
              <option value="" selected={account() === ""}>
                {s().allAccounts}
              </option>
              <For each={session.accounts()}>
                {(a) => (
                  <option value={String(a.accountNumber)} selected={String(a.accountNumber) === account()}>
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
      <CycleMeter account={() => (filters()?.account === undefined ? undefined : Number(filters()!.account))} />
      <div aria-live="polite" class="report-output">
        <Show when={problem()?.message}>
          <p class="message message--error" role="alert">{problem()?.message}</p>
        </Show>
        <Show when={calls.loading}>
          <p class="loading">{t().common.loading}</p>
        </Show>
        <Show when={!calls.loading && calls()}>
          {(fetched) => {
            const data = () => fetched().data;
            return (
              <>
                <OfflineNote at={fetched().offlineCopyFrom} />
                <p class="report-period" data-testid="billable-period">
                  {s().period(formatCalendarDate(data().totals.from, locale(), "long"), formatCalendarDate(data().totals.to, locale(), "long"))}
                </p>
                <Show when={data().totals.limitedByRetention}>
                  <p class="message">{s().limited(formatCalendarDate(data().totals.from, locale(), "long"))}</p>
                </Show>
                <Show when={data().rows.length > 0} fallback={<p class="card notice">{t().report.noResults}</p>}>
                  <div class="table-region" role="region" aria-labelledby="billable-table-caption" tabindex="0">
                    <table class="report-table report-table--cards" data-testid="billable-table">
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
                        <For each={data().rows}>
                          {(row) => (
                            <tr>
                              <td data-label={s().dateTime}>{formatDateTime(row.at, locale(), zone(), { seconds: true })}</td>
                              <Show when={manyAccounts()}>
                                <td data-label={s().account}>{row.accountNumber}</td>
                              </Show>
                              <td data-label={s().descriptionHeader}>{row.description}</td>
                              <td data-label={s().number} class="nowrap">
                                {row.number}
                              </td>
                              <td data-label={s().callerName}>{row.callerName}</td>
                              <td data-label={s().agent}>{row.agent}</td>
                              <td data-label={s().statistic} class="num">
                                {formatMinSec(row.statSeconds)}
                              </td>
                            </tr>
                          )}
                        </For>
                      </tbody>
                    </table>
                  </div>
                </Show>
                <dl class="report-totals" data-testid="billable-totals">
                  <div>
                    <dt>{s().totalCalls}</dt>
                    <dd data-testid="total-calls">{formatNumber(data().totals.calls, locale(), 0)}</dd>
                  </div>
                  <div>
                    <dt>{s().totalStats}</dt>
                    <dd data-testid="total-stats">{formatNumber(Number(data().totals.totalMinutes), locale(), 2)}</dd>
                  </div>
                  <div>
                    <dt>{s().averageStat}</dt>
                    <dd data-testid="average-stat">{formatNumber(Number(data().totals.averageMinutes), locale(), 2)}</dd>
                  </div>
                </dl>
              </>
            );
          }}
        </Show>
      </div>
    </ReportPage>
  );
}
