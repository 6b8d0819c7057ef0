import { createSignal, type JSX, Show } from "solid-js";
import { afterNextPaint } from "../after-next-paint";
import { useI18n } from "../i18n";
import { type Chip, FilterPanel } from "../report/FilterPanel";
import { Page } from "./Page";

/**
 * The layout of a report section (recordings, messages, billing, billable calls, statistics):
 * its title and account line (from `Page`), a one-line lead, the filter form, the actions
 * (Open in Excel, E-mail this report) and the results. On a phone the form is folded under
 * "Filtres (n)" with the active filters as chips, so the results come first; on a wide screen
 * the form stays open beside or above the results.
 *
 * ```tsx
 * <ReportPage title={t().sections.billable.title} lead={…}
 *   filters={<form>…</form>} chips={chips()} onRemoveChip={remove} filterErrors={hasErrors()}
 *   actions={<ReportActions …/>}>
 *   <ReportResults report={report} skeleton="rows">{(data) => <table>…</table>}</ReportResults>
 * </ReportPage>
 * ```
 */
export function ReportPage(props: {
  title: string;
  lead?: JSX.Element;
  filters: JSX.Element;
  chips?: Chip[];
  onRemoveChip?: (key: string) => void;
  filterErrors?: boolean;
  /** The lead says something the page needs on a phone too (billable calls' billing cycle). */
  keepLead?: boolean;
  actions: JSX.Element;
  children: JSX.Element;
}) {
  // Each of `filters` and `actions` is read once, where it goes: a JSX prop is built anew at
  // every read (a `<Show when={props.filters}>` built the whole form twice more at load).
  const { t } = useI18n();
  // The title and account line are painted first, the filters and results (their placeholders
  // until the data comes) in the next task: building both at once was a report page's longest task.
  const [bodyShown, showBody] = createSignal(false);
  afterNextPaint(() => showBody(true));
  return (
    <Page title={props.title} lead={props.lead} class={`report${props.keepLead ? " report--keep-lead" : ""}`}>
      <Show when={bodyShown()}>
        <div class="report-body">
          <section class="card report-filters" aria-labelledby="report-filters-title">
            <h2 id="report-filters-title" class="card-title report-filters__title">
              {t().report.filters}
            </h2>
            <FilterPanel chips={props.chips ?? []} onRemove={(key) => props.onRemoveChip?.(key)} hasErrors={props.filterErrors ?? false}>
              {props.filters}
            </FilterPanel>
          </section>
          <section class="report-results" id="report-results" aria-labelledby="report-results-title" tabindex="-1">
            <div class="report-results__head">
              <h2 id="report-results-title" class="card-title">
                {t().report.results}
              </h2>
              <div class="report-actions">{props.actions}</div>
            </div>
            {props.children}
          </section>
        </div>
      </Show>
    </Page>
  );
}
