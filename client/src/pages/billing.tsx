import { createSignal, For, Show } from "solid-js";
import { billingDescription } from "../../../shared/billing-description";
import type { BillingFilters } from "../../../shared/filters/billing";
import { formatMoney } from "../../../shared/format/money";
import { trpc } from "../api";
import { ContactText } from "../components/ContactText";
import { ReportActions } from "../components/ReportActions";
import { ReportPage } from "../components/ReportPage";
import { useFiltersInUrl } from "../use-filters-in-url";
import { useI18n, useStrings } from "../i18n";
import { createReport } from "../report/create-report";
import { ErrorSummary } from "../report/ErrorSummary";
import { createFormProblems } from "../report/form-problems";
import { loadFilterChecks } from "../report/load-filter-checks";
import { ReportResults } from "../report/ReportResults";
import { useSession } from "../session";
import "../components/billing/billing-sections.css";

interface Form {
  by: "account" | "billing";
  account: number;
  billing: string;
}

/**
 * Historique de facturation: the whole history of one account or one billing number, newest
 * first, under "Pour : Numéro de facturation …". It opens on the header's current account and
 * follows the header's picker. Money arrives as decimal strings and is formatted without ever
 * becoming a float.
 */
export default function BillingPage() {
  const { locale } = useI18n();
  const t = useStrings("billing");
  const session = useSession();
  const s = () => t().sections.billing;
  const url = useFiltersInUrl("billing", (checks) => checks.billingFilters);
  const current = () => session.currentAccount();
  // The field not searched by shows the current account's own value, as the manual pre-fills it.
  const formOf = (f: BillingFilters): Form => ({
    by: f.billing === undefined ? "account" : "billing",
    account: f.account ?? current()?.accountNumber ?? 0,
    billing: f.billing ?? current()?.billingNumber ?? "",
  });
  const opening = (): BillingFilters => url.initial ?? { account: current()?.accountNumber };

  const [form, setForm] = createSignal<Form>(formOf(opening()));
  const problems = createFormProblems({
    report: () => report,
    labels: () => ({ account: s().byAccount, billing: s().byBilling }),
    id: (field) => (field === "billing" ? "billing-number" : "billing-account"),
  });
  const report = createReport({
    initial: opening,
    load: (filters: BillingFilters) => trpc.billing.history.query(filters),
    save: url.save,
    account: { current: () => current()?.accountNumber, apply: (_f, account) => ({ account }) },
    showInForm: (f) => {
      setForm(formOf(f));
      problems.clear();
    },
  });

  const submit = async (event: SubmitEvent) => {
    event.preventDefault();
    const f = form();
    const checks = await loadFilterChecks().catch(report.fail);
    if (!checks) return;
    const { checkFilters, billingFilters } = checks;
    const checked = checkFilters(billingFilters, f.by === "account" ? { account: f.account } : { billing: f.billing });
    const filters = problems.accept(checked);
    if (!filters) return;
    void report.run(filters, { fromForm: true });
  };

  const message = problems.message;
  const chips = () => {
    const f = report.filters();
    if (!f) return [];
    return f.billing === undefined
      ? [{ key: "account", label: s().byAccount, value: String(f.account) }]
      : [{ key: "billing", label: s().byBilling, value: f.billing }];
  };

  return (
    <ReportPage
      title={s().title}
      lead={s().lead}
      chips={chips()}
      // One of the two is always needed: removing it goes back to the current account.
      onRemoveChip={() => void report.run({ account: current()?.accountNumber })}
      filterErrors={problems.summary().length > 0}
      actions={<ReportActions section="billing" filters={() => report.filters()} disabled={!report.data()?.totals.found || report.stale()} />}
      filters={
        <form class="form" onSubmit={(event) => void submit(event)} novalidate aria-busy={report.loading()}>
          <ErrorSummary errors={problems.summary()} />
          <fieldset class="choice">
            <legend>{s().searchBy}</legend>
            <label class="choice__option">
              <input type="radio" name="by" value="account" checked={form().by === "account"} onChange={() => setForm({ ...form(), by: "account" })} />
              {s().byAccount}
            </label>
            <label class="choice__option">
              <input type="radio" name="by" value="billing" checked={form().by === "billing"} onChange={() => setForm({ ...form(), by: "billing" })} />
              {s().byBilling}
            </label>
          </fieldset>
          <Show
            when={form().by === "account"}
            fallback={
              <div class="field">
                <label for="billing-number">{s().byBilling}</label>
                <input
                  id="billing-number"
                  name="billing"
                  inputmode="numeric"
                  autocomplete="off"
                  value={form().billing}
                  onInput={(e) => setForm({ ...form(), billing: e.currentTarget.value })}
                  aria-invalid={message("billing") ? "true" : undefined}
                  aria-describedby={message("billing") ? "billing-number-error" : undefined}
                />
                <Show when={message("billing")}>
                  <p class="field-error" id="billing-number-error">
                    {message("billing")}
                  </p>
                </Show>
              </div>
            }
          >
            <div class="field">
              <label for="billing-account">{s().byAccount}</label>
              <select
                id="billing-account"
                name="account"
                onChange={(e) => setForm({ ...form(), account: Number(e.currentTarget.value) })}
                aria-invalid={message("account") ? "true" : undefined}
                aria-describedby={message("account") ? "billing-account-error" : undefined}
              >
                <For each={session.accounts()}>
                  {(a) => (
                    <option value={a.accountNumber} selected={a.accountNumber === form().account}>
                      {a.accountNumber} — {a.name}
                    </option>
                  )}
                </For>
              </select>
              <Show when={message("account")}>
                <p class="field-error" id="billing-account-error">
                  {message("account")}
                </p>
              </Show>
            </div>
          </Show>
          <button type="submit" class="button">
            {s().show}
          </button>
        </form>
      }
    >
      <ReportResults report={report} skeleton="rows">
        {(data) => (
          <div class="report-output">
            <Show when={data.totals.found} fallback={<p class="card notice" data-testid="billing-nothing">{s().nothingFound}</p>}>
              <div class="billing-for card" data-testid="billing-for">
                <p class="billing-for__label">{s().forLabel}</p>
                <p>
                  {t().header.billingNumber}
                  {s().colon}
                  <strong>{data.totals.billingNumber}</strong>
                </p>
                <p class="billing-for__company">{data.totals.companyName}</p>
                <Show when={data.totals.accountNumber}>
                  <p>
                    {t().header.accountNumber}
                    {s().colon}
                    <strong>{data.totals.accountNumber}</strong>
                    <Show when={data.totals.accountName}> — {data.totals.accountName}</Show>
                  </p>
                </Show>
              </div>
              <Show when={data.rows.length > 0} fallback={<p class="card notice">{s().noEntries}</p>}>
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
                      <For each={data.rows}>
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
              <ContactText text={data.receivablesContact[locale()]} />
            </p>
          </div>
        )}
      </ReportResults>
    </ReportPage>
  );
}
