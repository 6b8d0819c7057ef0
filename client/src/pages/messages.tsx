import { useLocation } from "@solidjs/router";
import { For, onMount, Show } from "solid-js";
import { createStore } from "solid-js/store";
import type { MessagesFilters } from "../../../shared/filters/messages";
import { firstKeptDayFrom } from "../../../shared/retention-window";
import { formatCalendarDate, formatDateTime } from "../../../shared/format/date-time";
import { formatNumber } from "../../../shared/format/number";
import { keywordTerms } from "../../../shared/search/keyword";
import { today } from "../../../shared/time-zone";
import { afterNextPaint } from "../after-next-paint";
import { trpc } from "../api";
import { recalledInbox, rememberInbox } from "../components/messages/inbox-memory";
import { filtersInput, formValues, MessageFilterForm, type MessageFormValues } from "../components/messages/MessageFilterForm";
import { MessageRow } from "../components/messages/MessageRow";
import type { MessageResult } from "../components/messages/types";
import { ReportActions } from "../components/ReportActions";
import { ReportPage } from "../components/ReportPage";
import { useI18n, useStrings } from "../i18n";
import { NewRecordsNotice } from "../live/NewRecordsNotice";
import { firstRowsFirst } from "../report/first-rows-first";
import { createReport } from "../report/create-report";
import { ErrorSummary } from "../report/ErrorSummary";
import { createFormProblems } from "../report/form-problems";
import { loadFilterChecks } from "../report/load-filter-checks";
import { ReportResults } from "../report/ReportResults";
import { useFiltersInUrl } from "../use-filters-in-url";
import { useSession } from "../session";
import "../components/messages/messages.css";

type Filters = Record<string, unknown>;

/**
 * Text messages: opens on the most recent messages of the retention window, newest first, as
 * inbox rows ("show more" for the next ones); the manual's filters narrow it. A row opens the
 * full card; "Retour aux messages" comes back to the same rows at the same place.
 */
export default function MessagesPage() {
  const { locale } = useI18n();
  const t = useStrings("messages");
  const firstRows = firstRowsFirst();
  const session = useSession();
  const location = useLocation();
  const s = () => t().sections.messages;
  const zone = () => session.me()?.timeZone ?? "America/Toronto";
  const retention = () => ({ today: today(zone()), retentionDays: session.me()?.retentionDays ?? 60 });
  const firstDay = () => firstKeptDayFrom(retention().today, retention().retentionDays);
  const defaults = (account = session.currentAccount()?.accountNumber): MessageFormValues => ({
    from: firstDay(),
    to: retention().today,
    account: account === undefined ? "" : String(account),
    billing: "",
    call: "",
    agent: "",
    keyword: "",
  });

  const url = useFiltersInUrl("messages", (checks) => checks.messagesFiltersWithin(retention()));
  const recalled = recalledInbox(location.search);
  const [values, setValues] = createStore<MessageFormValues>(recalled ? formValues(recalled.filters as never) : url.initial ? formValues(url.initial) : defaults());
  const labels = (): Record<string, string> => ({
    from: s().from,
    to: s().to,
    account: s().account,
    billing: s().billing,
    call: s().call,
    agent: s().agent,
    keyword: s().keyword,
  });
  const problems = createFormProblems({
    report: () => report,
    labels,
    id: (field) => `messages-${field}`,
    oldest: () => formatCalendarDate(firstDay(), locale(), "long"),
  });

  const report = createReport<Filters, MessageResult>({
    initial: () => filtersInput(values),
    load: (filters, offset) => trpc.messages.search.query({ filters, offset }),
    append: (shown, next) => ({ rows: [...shown.rows, ...next.rows], totals: next.totals }),
    // Filters the form's check passed (or the URL's), or those with a chip removed or another account: no schema needed.
    save: url.save,
    account: { current: () => session.currentAccount()?.accountNumber, apply: (f, account) => ({ ...f, account }) },
    showInForm: (f) => {
      setValues(formValues(f as MessagesFilters));
      problems.clear();
    },
    seed: recalled ? { filters: recalled.filters, data: recalled.data } : undefined,
  });

  onMount(() => {
    if (!recalled) return;
    // After the router's own scroll to the top of the new page, and once the rows are drawn
    // down to where the inbox was left: the page's body and a list's later rows come a paint
    // after the page (after-next-paint.ts).
    const restore = (tries: number) => {
      const opened = document.querySelector<HTMLElement>(`[data-message-id="${recalled.openedId}"]`);
      const tall = document.documentElement.scrollHeight >= recalled.scrollY + window.innerHeight;
      if ((!opened || !tall) && tries > 0) return afterNextPaint(() => restore(tries - 1));
      window.scrollTo(0, recalled.scrollY);
      opened?.focus({ preventScroll: true });
    };
    setTimeout(() => restore(5), 0);
  });

  const search = async () => {
    const filters = filtersInput(values);
    const checks = await loadFilterChecks().catch(report.fail);
    if (!checks) return;
    const { checkFilters, messagesFiltersWithin } = checks;
    // The form's own values go to the server (its schema parses them again).
    if (!problems.accept(checkFilters(messagesFiltersWithin(retention()), filters))) return;
    void report.run(filters, { fromForm: true });
  };

  const chips = () => {
    const f = report.filters();
    if (!f) return [];
    const d = defaults();
    const list = [];
    if (f.from !== d.from || f.to !== d.to) {
      const long = (v: unknown) => formatCalendarDate(String(v), locale(), "long");
      list.push({ key: "period", label: t().list.period, value: `${long(f.from)} – ${long(f.to)}` });
    }
    for (const key of ["account", "billing", "call", "agent", "keyword"] as const) {
      if (f[key] !== undefined && f[key] !== "") list.push({ key, label: labels()[key]!, value: String(f[key]) });
    }
    return list;
  };
  const removeChip = (key: string) => {
    const f = report.filters();
    if (!f) return;
    const d = defaults();
    void report.run(key === "period" ? { ...f, from: d.from, to: d.to } : { ...f, [key]: undefined });
  };

  const period = (totals: MessageResult["totals"]) =>
    s().period(
      formatDateTime(totals.from, locale(), zone()),
      formatDateTime(new Date(Date.parse(totals.to) - 60_000), locale(), zone()),
    );
  const remember = (openedId: number) => {
    const data = report.data();
    const filters = report.filters();
    if (data && filters) rememberInbox({ search: location.search, filters, data, scrollY: window.scrollY, openedId });
  };

  return (
    <ReportPage
      title={s().title}
      lead={s().description}
      chips={chips()}
      onRemoveChip={removeChip}
      filterErrors={problems.summary().length > 0}
      actions={<ReportActions section="messages" filters={() => report.filters()} disabled={!report.data() || report.stale()} />}
      filters={
        <>
          <ErrorSummary errors={problems.summary()} />
          <MessageFilterForm
            values={values}
            setValues={setValues}
            errors={problems.messages()}
            firstDay={firstDay()}
            busy={report.loading()}
            onSubmit={() => void search()}
          />
        </>
      }
    >
      <NewRecordsNotice
        kind="message"
        account={() => report.filters()?.account as string | number | undefined}
        shownAt={report.data}
        onShow={() => {
          const f = report.filters();
          if (f) void report.run(f, { remember: false });
        }}
      />
      <ReportResults report={report} skeleton="inbox">
        {(data) => (
          <div class="msg-results">
            <div class="msg-summary">
              <p class="msg-period" data-testid="messages-period">
                {period(data.totals)}
              </p>
              <p class="msg-count" role="status" data-testid="messages-count">
                {s().count(formatNumber(data.rows.length, locale()), formatNumber(data.totals.count, locale()), data.totals.more)}
              </p>
            </div>
            <Show when={data.rows.length > 0} fallback={<p class="card msg-empty">{s().noMessages}</p>}>
              <ol class="msg-inbox" data-testid="message-list">
                <For each={firstRows(data.rows)}>
                  {(message) => (
                    <li>
                      <MessageRow
                        message={message}
                        terms={keywordTerms(String(report.filters()?.keyword ?? ""))}
                        zone={zone()}
                        onOpen={() => remember(message.messageId)}
                      />
                    </li>
                  )}
                </For>
              </ol>
            </Show>
            <Show when={data.rows.length < data.totals.count || data.totals.more}>
              <button
                type="button"
                class="button button--secondary button--block"
                disabled={report.loadingMore()}
                onClick={() => void report.more(data.rows.length)}
              >
                <Show when={report.loadingMore()} fallback={s().loadMore}>
                  <span class="spinner spinner--small" aria-hidden="true" />
                  {t().common.loading}
                </Show>
              </button>
            </Show>
          </div>
        )}
      </ReportResults>
    </ReportPage>
  );
}
