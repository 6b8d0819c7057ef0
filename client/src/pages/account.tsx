import { createEffect, createMemo, createResource, createSignal, For, on, Show } from "solid-js";
import { changeRequestMaxLength } from "../../../shared/filters/change-request-length";
import { validationMessage } from "../../../shared/filters/validation";
import { formatDateTime } from "../../../shared/format/date-time";
import { errorCode, trpc } from "../api";
import { type RequestProblem, requestProblem } from "../components/billing/request-error";
import { Page } from "../components/Page";
import { useFiltersInUrl } from "../use-filters-in-url";
import { useI18n, useStrings } from "../i18n";
import { createReport } from "../report/create-report";
import { ReportResults } from "../report/ReportResults";
import { useSession } from "../session";
import "../components/billing/billing-sections.css";
import { ContactText } from "../components/ContactText";

/**
 * Informations générales du compte client: the information pages agents see, account by account
 * (the current one first), shown as text with their line breaks; and a form to request a
 * change, filed with a reference number the user can quote.
 */
export default function AccountPage() {
  const { locale } = useI18n();
  const t = useStrings("account");
  const session = useSession();
  const s = () => t().sections.account;
  // Every account's pages at once (a few kilobytes): the tabs and the header's picker only choose among them.
  const report = createReport({ initial: () => ({}), load: () => trpc.account.pages.query() });
  const [requests, { refetch: refetchRequests }] = createResource(async () => {
    try {
      return await trpc.account.requests.query();
    } catch {
      return [];
    }
  });

  const ordered = createMemo(() => {
    const list = report.data()?.accounts ?? [];
    const current = session.currentAccount()?.accountNumber;
    return [...list].sort((a, b) => (a.accountNumber === current ? -1 : b.accountNumber === current ? 1 : a.accountNumber - b.accountNumber));
  });
  const url = useFiltersInUrl("account", (checks) => checks.accountFilters);
  const [chosen, setChosen] = createSignal<number | undefined>(url.initial?.account);
  // The header's account picker shows that account's pages, and the URL follows.
  createEffect(
    on(
      () => session.currentAccount()?.accountNumber,
      (account) => {
        if (account === undefined) return;
        setChosen(account);
        url.save({ account });
      },
      { defer: true },
    ),
  );
  const selected = () => ordered().find((a) => a.accountNumber === chosen()) ?? ordered()[0];

  // The form
  const [requestAccount, setRequestAccount] = createSignal<number>();
  const formAccount = () => requestAccount() ?? selected()?.accountNumber;
  const formPages = () => ordered().find((a) => a.accountNumber === formAccount())?.infoPages ?? [];
  const [body, setBody] = createSignal("");
  const [busy, setBusy] = createSignal(false);
  const [problem, setProblem] = createSignal<RequestProblem | null>(null);
  const [done, setDone] = createSignal<{ reference: string; status: "sent" | "failed" } | null>(null);
  let form!: HTMLFormElement;

  const submit = async (event: SubmitEvent) => {
    event.preventDefault();
    const data = new FormData(form);
    setProblem(null);
    setDone(null);
    if (body().trim() === "") {
      setProblem({ fields: { body: validationMessage("required", locale()) }, message: null });
      return;
    }
    setBusy(true);
    try {
      const result = await trpc.account.requestChange.mutate({
        account: Number(data.get("account")),
        pageTitle: String(data.get("pageTitle") ?? ""),
        body: body(),
        contact: String(data.get("contact") ?? ""),
      });
      setDone(result);
      setBody("");
      form.reset();
      void refetchRequests();
    } catch (error) {
      if (errorCode(error) === "NOT_FOUND") setProblem({ fields: {}, message: s().notFound });
      else setProblem(requestProblem(error, t(), locale()));
    } finally {
      setBusy(false);
    }
  };
  const left = () => changeRequestMaxLength - body().length;
  const zone = () => session.me()?.timeZone ?? "America/Toronto";
  const statusText = (status: string) =>
    status === "sent" ? s().statusSent : status === "failed" ? s().statusFailed : s().statusPending;

  return (
    <Page title={s().title} lead={s().lead} class="account-info">
      <ReportResults report={report} skeleton="rows">
        {(data) => (
          <>
            <nav class="account-tabs" aria-label={s().accountsLabel}>
              <ul>
                <For each={ordered()}>
                  {(a) => (
                    <li>
                      <button
                        type="button"
                        class="account-tab"
                        aria-pressed={a.accountNumber === selected()?.accountNumber}
                        onClick={() => {
                          setChosen(a.accountNumber);
                          url.save({ account: a.accountNumber });
                        }}
                      >
                        <span class="account-tab__number">{a.accountNumber}</span>
                        <span class="account-tab__name">{a.name}</span>
                        <Show when={a.accountNumber === session.currentAccount()?.accountNumber}>
                          <span class="account-tab__current">({s().current})</span>
                        </Show>
                      </button>
                    </li>
                  )}
                </For>
              </ul>
            </nav>
            <Show when={selected()}>
              {(account) => (
                <section class="info-pages" aria-labelledby="info-pages-title" data-testid="info-pages">
                  <h2 id="info-pages-title" class="section-heading">
                    {s().pagesOf(account().accountNumber, account().name)}
                  </h2>
                  <Show when={account().infoPages.length > 0} fallback={<p class="card notice">{s().noPages}</p>}>
                    <div class="info-pages__list">
                      <For each={account().infoPages}>
                        {(page) => (
                          <article class="card info-page">
                            <h3 class="card-title">{page.title}</h3>
                            <p class="info-page__body">
                              <ContactText text={page.body} />
                            </p>
                          </article>
                        )}
                      </For>
                    </div>
                  </Show>
                </section>
              )}
            </Show>

            <section class="card change-request" aria-labelledby="change-request-title">
              <h2 id="change-request-title" class="card-title">
                {s().requestTitle}
              </h2>
              <p class="field-hint">{s().changeHint(data.serviceEmail)}</p>
              <form ref={form} class="form" onSubmit={submit} novalidate aria-busy={busy()}>
                <div class="field">
                  <label for="cr-account">{s().requestAccount}</label>
                  <select id="cr-account" name="account" onChange={(e) => setRequestAccount(Number(e.currentTarget.value))}>
                    <For each={ordered()}>
                      {(a) => (
                        <option value={a.accountNumber} selected={a.accountNumber === formAccount()}>
                          {a.accountNumber} — {a.name}
                        </option>
                      )}
                    </For>
                  </select>
                </div>
                <div class="field">
                  <label for="cr-page">{s().requestPage}</label>
                  <select id="cr-page" name="pageTitle">
                    <option value="">{s().anyPage}</option>
                    <For each={formPages()}>{(p) => <option value={p.title}>{p.title}</option>}</For>
                  </select>
                </div>
                <div class="field">
                  <label for="cr-body">{s().requestBody}</label>
                  <textarea
                    id="cr-body"
                    name="body"
                    rows="6"
                    maxlength={changeRequestMaxLength}
                    required
                    value={body()}
                    onInput={(e) => setBody(e.currentTarget.value)}
                    aria-invalid={problem()?.fields.body ? "true" : undefined}
                    aria-describedby={`cr-body-hint cr-body-count${problem()?.fields.body ? " cr-body-error" : ""}`}
                  />
                  <p class="field-hint" id="cr-body-hint">
                    {s().requestBodyHint(changeRequestMaxLength)}
                  </p>
                  <p class="field-hint" id="cr-body-count" aria-live="polite">
                    {s().charactersLeft(left())}
                  </p>
                  <Show when={problem()?.fields.body}>
                    <p class="field-error" id="cr-body-error">{problem()?.fields.body}</p>
                  </Show>
                </div>
                <div class="field">
                  <label for="cr-contact">{s().requestContact}</label>
                  <input id="cr-contact" name="contact" maxlength="200" autocomplete="email" />
                  <Show when={problem()?.fields.contact}>
                    <p class="field-error">{problem()?.fields.contact}</p>
                  </Show>
                </div>
                <div class="form-messages" aria-live="polite">
                  <Show when={problem()?.message}>
                    <p class="message message--error" role="alert">{problem()?.message}</p>
                  </Show>
                  <Show when={done()}>
                    {(d) => (
                      <p class={`message ${d().status === "sent" ? "message--success" : "message--error"}`} role="status" data-testid="change-request-done">
                        {d().status === "sent" ? s().sent(d().reference) : s().sentNotEmailed(d().reference)}
                      </p>
                    )}
                  </Show>
                </div>
                <button type="submit" class="button" disabled={busy()}>
                  {busy() ? s().sending : s().submit}
                </button>
              </form>
            </section>

            <Show when={(requests() ?? []).length > 0}>
              <section class="card recent-requests" aria-labelledby="recent-requests-title">
                <h2 id="recent-requests-title" class="card-title">
                  {s().recentRequests}
                </h2>
                <ul class="recent-requests__list">
                  <For each={requests()}>
                    {(r) => (
                      <li>
                        <strong>{r.reference}</strong> · {r.accountNumber}
                        <Show when={r.pageTitle}> · {r.pageTitle}</Show> · {formatDateTime(r.createdAt, locale(), zone())} ·{" "}
                        <span class={`status status--${r.status}`}>{statusText(r.status)}</span>
                      </li>
                    )}
                  </For>
                </ul>
              </section>
            </Show>
          </>
        )}
      </ReportResults>
    </Page>
  );
}
