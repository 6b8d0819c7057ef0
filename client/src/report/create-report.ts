import { type Accessor, batch, createEffect, createSignal, on } from "solid-js";
import { type Failure, failureOf } from "./failure";

/**
 * The one way a report page holds its data (a store, the page a thin view over it): the filters
 * applied, the answer shown, whether a request is under way, why the last one failed, and
 * whether what is shown is stale (a new search under way, a failed one, or a form holding a bad
 * value). A new search never blanks the page: the previous answer stays, marked stale, until the
 * next one arrives; a late answer to an older search is dropped.
 *
 * ```ts
 * const report = createReport({
 *   initial: () => url.initial ?? defaults(),
 *   load: (filters, offset) => trpc.billable.page.query({ filters, offset, limit: 50 }),
 *   save: url.save,
 *   account: { current: () => session.currentAccount()?.accountNumber, apply: (f, account) => ({ ...f, account }) },
 *   showInForm: (f) => setForm(formOf(f)),
 * });
 * ```
 */
export interface ReportOptions<F, D> {
  /** The filters of the first search: the URL's, else the section's defaults. */
  initial: () => F;
  /** Asks the server for the slice of rows starting at `offset` (0 for a report that has no pages). */
  load: (filters: F, offset: number) => Promise<D>;
  /** "Show more": the next slice joined to the rows already shown. */
  append?: (shown: D, next: D) => D;
  /** Keeps the applied filters in the page's URL. */
  save?: (filters: F) => void;
  /** The header's account picker: a new choice re-runs the report for that account. */
  account?: { current: () => number | undefined; apply: (filters: F, account: number) => F };
  /** Filters applied from elsewhere than the form (the picker, a removed chip) are shown in it. */
  showInForm?: (filters: F) => void;
  /** An answer already at hand (coming back to a list): shown as it is, nothing asked. */
  seed?: { filters: F; data: D };
}

export interface Report<F, D> {
  filters: Accessor<F | undefined>;
  data: Accessor<D | undefined>;
  offset: Accessor<number>;
  loading: Accessor<boolean>;
  /** Loading "more" rows (the ones shown stay as they are). */
  loadingMore: Accessor<boolean>;
  failure: Accessor<Failure | null>;
  /** The rows shown do not answer the form as it stands. */
  stale: Accessor<boolean>;
  invalid: Accessor<boolean>;
  /** Runs the report with these filters (first slice); `remember` keeps them in the URL. */
  run(filters: F, options?: { remember?: boolean; fromForm?: boolean }): Promise<void>;
  /** Another slice of the same filters (a pager). */
  turnTo(offset: number): Promise<void>;
  /** The next slice, appended. */
  more(nextOffset: number): Promise<void>;
  /** The form holds a value that cannot be searched: the rows shown are marked stale. */
  setInvalid(invalid: boolean): void;
  /**
   * A step before the request failed (the form's checks could not be fetched): shown as that
   * request's failure would be, never a search that silently does nothing. Returns nothing, for
   * `await loadFilterChecks().catch(report.fail)`.
   */
  fail(error: unknown): undefined;
}

export function createReport<F, D>(options: ReportOptions<F, D>): Report<F, D> {
  const [filters, setFilters] = createSignal<F>();
  const [data, setData] = createSignal<D>();
  const [offset, setOffset] = createSignal(0);
  const [loading, setLoading] = createSignal(false);
  const [loadingMore, setLoadingMore] = createSignal(false);
  const [failure, setFailure] = createSignal<Failure | null>(null);
  const [invalid, setInvalid] = createSignal(false);
  let latest = 0;

  const fetchSlice = async (wanted: F, at: number, mode: "replace" | "append") => {
    const request = ++latest;
    batch(() => {
      setFilters(() => wanted);
      setFailure(null);
      if (mode === "append") setLoadingMore(true);
      else setLoading(true);
    });
    try {
      const answer = await options.load(wanted, at);
      if (request !== latest) return;
      const shown = data();
      batch(() => {
        setData(() => (mode === "append" && shown !== undefined && options.append ? options.append(shown, answer) : answer));
        setOffset(at);
      });
    } catch (error) {
      if (request === latest) setFailure(failureOf(error));
    } finally {
      if (request === latest) {
        setLoading(false);
        setLoadingMore(false);
      }
    }
  };

  const report: Report<F, D> = {
    filters,
    data,
    offset,
    loading,
    loadingMore,
    failure,
    invalid,
    stale: () => data() !== undefined && (loading() || invalid() || failure() !== null),
    async run(wanted, { remember = true, fromForm = false } = {}) {
      setInvalid(false);
      if (remember) options.save?.(wanted);
      if (!fromForm) options.showInForm?.(wanted);
      await fetchSlice(wanted, 0, "replace");
    },
    async turnTo(at) {
      const current = filters();
      if (current !== undefined) await fetchSlice(current, at, "replace");
    },
    async more(at) {
      const current = filters();
      if (current !== undefined) await fetchSlice(current, at, "append");
    },
    setInvalid,
    fail(error) {
      setFailure(failureOf(error));
      return undefined;
    },
  };

  if (options.account) {
    const { current, apply } = options.account;
    createEffect(
      on(
        current,
        (account) => {
          const shown = filters();
          if (account !== undefined && shown !== undefined) void report.run(apply(shown, account));
        },
        { defer: true },
      ),
    );
  }

  if (options.seed) {
    setFilters(() => options.seed!.filters);
    setData(() => options.seed!.data);
  } else {
    void report.run(options.initial(), { remember: false });
  }
  return report;
}
