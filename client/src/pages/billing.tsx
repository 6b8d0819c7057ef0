import { createEffect, createResource, createSignal, For, on, Show } from "solid-js";
import { billingDescription } from "../../../shared/billing-description";
import type { BillingFiltersInput } from "../../../shared/filters/billing";
import { formatMoney } from "../../../shared/format/money";
import { trpc } from "../api";
import { OfflineNote } from "../components/billing/OfflineNote";
import { withOfflineCopy } from "../components/billing/offline-copy";
import { type RequestProblem, requestProblem } from "../components/billing/request-error";
import { ReportActions } from "../components/ReportActions";
import { ReportPage } from "../components/ReportPage";
import { useFiltersInUrl } from "../use-filters-in-url";
import { useI18n } from "../i18n";
import { useSession } from "../session";
import "../components/billing/billing-sections.css";
import { ContactText } from "../components/ContactText";

/**
 * Historique de facturation: the whole history of one account or one billing number, newest
 * first, under "Pour : Numéro de facturation …". Money arrives as decimal strings and is
 * formatted without ever becoming a float.
 */
export default function BillingPage() {
  const { t, locale } = useI18n();
  const session = useSession();
  const url = useFiltersInUrl("billing");
  const [mode, setMode] = createSignal<"account" | "billing">(url.initial?.billing === undefined ? "account" : "billing");
  const [account, setAccount] = createSignal<number>(url.initial?.account ?? 0);
  const [billing, setBilling] = createSignal(url.initial?.billing ?? "");
  const [filters, setFilters] = createSignal<BillingFiltersInput | undefined>(url.initial);
  let first = true;
  const [problem, setProblem] = createSignal<RequestProblem | null>(null);

  // Start on the current account, as the manual's page pre-fills it.
  createEffect(
    on(
      () => session.currentAccount(),
      (current) => {
        if (!current) return;
        // Filters from the URL are shown first; the current account only fills the other field.
        const kept = first ? url.initial : undefined;
        if (kept?.account === undefined) setAccount(current.accountNumber);
        if (kept?.billing === undefined) setBilling(current.billingNumber);
        if (!kept && mode() === "account") {
          setFilters({ account: current.accountNumber });
          // A change in the account bar is the user's choice too; the first pre-fill is not.
          if (!first) url.save({ account: current.accountNumber });
        }
        first = false;
      },
    ),
  );

  const [history] = createResource(filters, async (f) => {
    setProblem(null);
    try {
      return await withOfflineCopy(`billing:${JSON.stringify(f)}`, () => trpc.billing.history.query(f));
    } catch (error) {
      setProblem(requestProblem(error, t(), locale()));
      return undefined;
    }
  });

  const submit = (event: SubmitEvent) => {
    event.preventDefault();
    const chosen = mode() === "account" ? { account: account() } : { billing: billing().trim() };
    setFilters(chosen);
    url.save(chosen);
  };
  const s = () => t().sections.billing;

  return (
    <ReportPage
      title={s().title}
      lead={s().lead}
      actions={<ReportActions section="billing" filters={() => filters()} disabled={!filters() || !history()?.data.totals.found} />}
      filters={
        <form class="form" onSubmit={submit} novalidate aria-busy={history.loading}>
          <fieldset class="choice">
            <legend>{s().searchBy}</legend>
            <label class="choice__option">
              <input type="radio" name="by" value="account" checked={mode() === "account"} onChange={() => setMode("account")} />
              {s().byAccount}
            </label>
            <label class="choice__option">
              <input type="radio" name="by" value="billing" checked={mode() === "billing"} onChange={() => setMode("billing")} />
              {s().byBilling}
            </label>
          </fieldset>
          <Show
            when={mode() === "account"}
            fallback={
              <div class="field">
                <label for="billing-number">{s().byBilling}</label>
                <input
                  id="billing-number"
                  name="billing"
                  inputmode="numeric"
                  autocomplete="off"
                  value={billing()}
                  onInput={(e) => setBilling(e.currentTarget.value)}
                  aria-invalid={problem()?.fields.billing ? "true" : undefined}
                  aria-describedby={problem()?.fields.billing ? "billing-number-error" : undefined}
                />
                <Show when={problem()?.fields.billing}>
                  <p class="field-error" id="billing-number-error">{problem()?.fields.billing}</p>
                </Show>
              </div>
            }
          >
            <div class="field">
              <label for="billing-account">{s().byAccount}</label>
              <select id="billing-account" name="account" onChange={(e) => setAccount(Number(e.currentTarget.value))}>
                <For each={session.accounts()}>
                  {(a) => (
                    <option value={a.accountNumber} selected={a.accountNumber === account()}>
                      {a.accountNumber} — {a.name}
                    </option>
                  )}
                </For>
              </select>
            </div>
          </Show>
          <Show when={problem()?.fields.account}>
            <p class="message message--error" role="alert">{problem()?.fields.account}</p>
          </Show>
          <button type="submit" class="button">
            {s().show}
          </button>
        </form>
      }
    >
      <div aria-live="polite" class="report-output">
        <Show when={problem()?.message}>
          <p class="message message--error" role="alert">{problem()?.message}</p>
        </Show>
        <Show when={history.loading}>
          <p class="loading">{t().common.loading}</p>
        </Show>
        <Show when={!history.loading && history()}>
          {(fetched) => (
            <>
              <OfflineNote at={fetched().offlineCopyFrom} />
              <Show
                when={fetched().data.totals.found}
                fallback={<p class="card notice" data-testid="billing-nothing">{s().nothingFound}</p>}
              >
                <div class="billing-for card" data-testid="billing-for">
                  <p class="billing-for__label">{s().forLabel}</p>
                  <p>
                    {t().header.billingNumber}
                    {s().colon}
                    <strong>{fetched().data.totals.billingNumber}</strong>
                  </p>
                  <p class="billing-for__company">{fetched().data.totals.companyName}</p>
                  <Show when={fetched().data.totals.accountNumber}>
                    <p>
                      {t().header.accountNumber}
                      {s().colon}
                      <strong>{fetched().data.totals.accountNumber}</strong>
                      <Show when={fetched().data.totals.accountName}> — {fetched().data.totals.accountName}</Show>
                    </p>
                  </Show>
                </div>
                <Show when={fetched().data.rows.length > 0} fallback={<p class="card notice">{s().noEntries}</p>}>
                  <div class="table-region" role="region" aria-labelledby="billing-table-caption" tabindex="0">
                    <table class="report-table report-table--cards" data-testid="billing-table">
                      <caption id="billing-table-caption" class="visually-hidden">
                        {s().title}
                      </caption>
                      <thead>
                        <tr>
                          <th scope="col">{s().date}</th>
                          <th scope="col">{s().descriptionHeader}</th>
                          <th scope="col" class="num">
                            {s().amount}
                          </th>
                        </tr>
                      </thead>
                      <tbody>
                        <For each={fetched().data.rows}>
                          {(row) => (
                            <tr classList={{ "is-balance": row.isBalance, "is-credit": row.amount.startsWith("-") }}>
                              <td data-label={s().date}>{row.date}</td>
                              <td data-label={s().descriptionHeader}>{billingDescription(row.description, t())}</td>
                              <td data-label={s().amount} class="num">
                                {formatMoney(row.amount, locale())}
                              </td>
                            </tr>
                          )}
                        </For>
                      </tbody>
                    </table>
                  </div>
                </Show>
              </Show>
              <p class="receivables" data-testid="receivables-contact">
                <ContactText text={fetched().data.receivablesContact[locale()]} />
              </p>
            </>
          )}
        </Show>
      </div>
    </ReportPage>
  );
}
