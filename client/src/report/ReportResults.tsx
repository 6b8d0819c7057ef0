import { type JSX, Match, Show, Switch } from "solid-js";
import { useI18n } from "../i18n";
import type { Report } from "./create-report";
import { Skeleton, type SkeletonShape } from "./Skeleton";
import "./report.css";

/**
 * The data area of every report page, the same way everywhere: placeholders of the rows' shape
 * while the first answer comes, the answer once it is there, and, while a new search runs or
 * after it failed or while the form holds a bad value, the previous answer kept but marked
 * stale (dimmed, with a line saying why) instead of a blank page. A network failure says so and
 * leads to this device's copies; the offline banner above says when a copy is shown.
 */
export function ReportResults<D>(props: {
  report: Report<unknown, D>;
  skeleton: SkeletonShape;
  children: (data: D) => JSX.Element;
}) {
  const { t } = useI18n();
  const r = () => props.report;
  const failureText = () => {
    const failure = r().failure();
    if (!failure || failure.kind === "fields") return null;
    return failure.kind === "unexpected" ? t().common.unexpectedError : t().common.networkError;
  };
  return (
    <div class="report-data" aria-busy={r().loading()}>
      <div aria-live="polite">
        <Show when={failureText()}>
          <p class="message message--error" role="alert" data-testid="report-failure">
            {failureText()}{" "}
            <Show when={r().failure()?.kind !== "unexpected"}>
              <a href="/offline">{t().offline.recentlyViewed}</a>
            </Show>
          </p>
        </Show>
        <Show when={r().stale()}>
          <p class="stale-note" role="status" data-testid="stale-note">
            <Switch>
              <Match when={r().loading()}>
                <span class="spinner spinner--small" aria-hidden="true" />
                {t().list.updating}
              </Match>
              <Match when={r().invalid()}>{t().list.staleInvalid}</Match>
              <Match when={r().failure()}>{t().list.staleFailed}</Match>
            </Switch>
          </p>
        </Show>
      </div>
      <Show
        when={r().data()}
        fallback={
          <Show when={!failureText()}>
            <Skeleton shape={props.skeleton} />
          </Show>
        }
      >
        {(data) => (
          <div class="report-data__shown" classList={{ "is-stale": r().stale() }} data-stale={r().stale() ? "true" : "false"}>
            {props.children(data())}
          </div>
        )}
      </Show>
    </div>
  );
}
