import { type JSX, Show } from "solid-js";
import { useI18n } from "../i18n";
import { Page } from "./Page";

/**
 * The layout of a report section (recordings, messages, billing, billable calls, statistics):
 * its title and account line (from `Page`), a one-line lead, the filter form, the actions
 * (Open in Excel, E-mail this report) and the results. On a phone the parts stack; on a wide
 * screen the filters sit beside the results.
 *
 * ```tsx
 * <ReportPage title={t().sections.billable.title} lead={…}
 *   filters={<form>…</form>} actions={<ReportActions …/>}>
 *   <table>…</table>
 * </ReportPage>
 * ```
 */
export function ReportPage(props: {
  title: string;
  lead?: JSX.Element;
  filters?: JSX.Element;
  actions?: JSX.Element;
  children: JSX.Element;
}) {
  const { t } = useI18n();
  return (
    <Page title={props.title} lead={props.lead} class={props.filters ? "report report--with-filters" : "report"}>
      <div class="report-body">
        <Show when={props.filters}>
          <section class="card report-filters" aria-labelledby="report-filters-title">
            <h2 id="report-filters-title" class="card-title">
              {t().report.filters}
            </h2>
            {props.filters}
          </section>
        </Show>
        <section class="report-results" aria-labelledby="report-results-title">
          <div class="report-results__head">
            <h2 id="report-results-title" class="card-title">
              {t().report.results}
            </h2>
            <Show when={props.actions}>
              <div class="report-actions">{props.actions}</div>
            </Show>
          </div>
          {props.children}
        </section>
      </div>
    </Page>
  );
}
