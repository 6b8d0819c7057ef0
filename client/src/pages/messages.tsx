import { createEffect, createSignal, For, on, onMount, Show } from "solid-js";
import { createStore } from "solid-js/store";
import { z } from "zod/mini";
import { firstDay, messagesFiltersWithin } from "../../../shared/filters/messages";
import { formatDateTime } from "../../../shared/format/date-time";
import { formatNumber } from "../../../shared/format/number";
import { keywordTerms } from "../../../shared/search/keyword";
import { today } from "../../../shared/time-zone";
import { errorCode, isNetworkError, trpc } from "../api";
import { MessageCard } from "../components/messages/MessageCard";
import { type FieldErrors, filtersInput, formValues, MessageFilterForm, type MessageFormValues } from "../components/messages/MessageFilterForm";
import type { Message, MessageResult } from "../components/messages/types";
import { ReportActions } from "../components/ReportActions";
import { ReportPage } from "../components/ReportPage";
import { useFiltersInUrl } from "../filters-in-url";
import { NewRecordsNotice } from "../live/NewRecordsNotice";
import { useI18n } from "../i18n";
import { useSession } from "../session";

interface Shown {
  filters: Record<string, unknown>;
  rows: Message[];
  totals: MessageResult["totals"];
  terms: string[];
}

/**
 * Text messages: the search form, then the messages of the period as cards, newest first,
 * a page at a time ("show more"), the period and the counts above them.
 */
export default function MessagesPage() {
  const { t, locale } = useI18n();
  const session = useSession();
  const s = () => t().sections.messages;
  const zone = () => session.me()?.timeZone ?? "America/Toronto";
  const retention = () => ({ today: today(zone()), retentionDays: session.me()?.retentionDays ?? 60 });

  const url = useFiltersInUrl("messages", messagesFiltersWithin(retention()));
  const [values, setValues] = createStore<MessageFormValues>(
    url.initial
      ? formValues(url.initial)
      : {
          from: retention().today,
          to: retention().today,
          account: String(session.currentAccount()?.accountNumber ?? ""),
          billing: "",
          call: "",
          agent: "",
          keyword: "",
        },
  );
  const [errors, setErrors] = createSignal<FieldErrors>({});
  const [problem, setProblem] = createSignal<string | null>(null);
  const [busy, setBusy] = createSignal(false);
  const [loadingMore, setLoadingMore] = createSignal(false);
  const [shown, setShown] = createSignal<Shown | null>(null);

  const fail = (error: unknown) => {
    const fieldErrors = (error as { data?: { fieldErrors?: FieldErrors } })?.data?.fieldErrors;
    if (errorCode(error) === "BAD_REQUEST" && fieldErrors) {
      setErrors(fieldErrors);
      setProblem(s().fixErrors);
    } else if (isNetworkError(error)) {
      // Offline, the API's link already answered with this device's copy when it had one.
      setProblem(t().common.networkError);
    } else {
      setProblem(t().common.unexpectedError);
    }
  };

  const search = async (remember = false) => {
    const filters = filtersInput(values);
    const checked = messagesFiltersWithin(retention()).safeParse(filters);
    if (!checked.success) {
      setErrors(z.flattenError(checked.error).fieldErrors as FieldErrors);
      setProblem(s().fixErrors);
      return;
    }
    setErrors({});
    setProblem(null);
    if (remember) url.save(checked.data);
    setBusy(true);
    try {
      const result = await trpc.messages.search.query({ filters, offset: 0 });
      const next: Shown = { filters, rows: result.rows, totals: result.totals, terms: keywordTerms(checked.data.keyword) };
      setShown(next);
    } catch (error) {
      fail(error);
    } finally {
      setBusy(false);
    }
  };

  const loadMore = async () => {
    const current = shown();
    if (!current) return;
    setLoadingMore(true);
    try {
      const result = await trpc.messages.search.query({ filters: current.filters, offset: current.rows.length });
      setShown({ ...current, rows: [...current.rows, ...result.rows], totals: result.totals });
    } catch (error) {
      fail(error);
    } finally {
      setLoadingMore(false);
    }
  };

  onMount(() => void search());
  // The account chosen in the bar above is the one searched.
  createEffect(
    on(
      () => session.currentAccount()?.accountNumber,
      (account) => {
        if (account === undefined || String(account) === values.account) return;
        setValues("account", String(account));
        void search(true);
      },
      { defer: true },
    ),
  );

  const period = (totals: MessageResult["totals"]) =>
    s().period(
      formatDateTime(totals.from, locale(), zone()),
      formatDateTime(new Date(Date.parse(totals.to) - 60_000), locale(), zone()),
    );

  return (
    <ReportPage
      title={s().title}
      lead={s().description}
      actions={<ReportActions section="messages" filters={() => shown()?.filters} disabled={!shown() || busy()} />}
      filters={
        <MessageFilterForm
          values={values}
          setValues={setValues}
          errors={errors()}
          firstDay={firstDay(retention())}
          busy={busy()}
          onSubmit={() => void search(true)}
        />
      }
    >
      <div class="msg-results" aria-busy={busy()}>
        <NewRecordsNotice
          kind="message"
          account={() => shown()?.filters.account as string | number | undefined}
          shownAt={shown}
          onShow={() => void search()}
        />
        <div aria-live="polite" class="form-messages">
          <Show when={problem()}>
            <p class="message message--error" role="alert">
              {problem()}
            </p>
          </Show>
        </div>
        <Show when={shown()}>
          {(current) => (
            <>
              <div class="msg-summary">
                <p class="msg-period" data-testid="messages-period">
                  {period(current().totals)}
                </p>
                <p class="msg-count" role="status" data-testid="messages-count">
                  {s().count(
                    formatNumber(current().rows.length, locale()),
                    formatNumber(current().totals.count, locale()),
                    current().totals.more,
                  )}
                </p>
              </div>
              <Show when={current().rows.length > 0} fallback={<p class="card msg-empty">{s().noMessages}</p>}>
                <ol class="msg-list">
                  <For each={current().rows}>
                    {(message) => (
                      <li>
                        <MessageCard message={message} terms={current().terms} />
                      </li>
                    )}
                  </For>
                </ol>
              </Show>
              <Show when={(current().rows.length < current().totals.count || current().totals.more)}>
                <button type="button" class="button button--secondary button--block" disabled={loadingMore()} onClick={() => void loadMore()}>
                  <Show when={loadingMore()} fallback={s().loadMore}>
                    <span class="spinner spinner--small" aria-hidden="true" />
                    {t().common.loading}
                  </Show>
                </button>
              </Show>
            </>
          )}
        </Show>
      </div>
    </ReportPage>
  );
}
