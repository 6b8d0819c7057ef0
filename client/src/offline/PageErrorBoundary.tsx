import { useLocation } from "@solidjs/router";
import { createEffect, ErrorBoundary, type JSX, on, onCleanup } from "solid-js";
import { isNetworkError } from "../api";
import { failureMessage } from "../failure-message";
import { Page } from "../components/Page";
import { sectionOfPath } from "../section-list";
import { useI18n } from "../i18n";
import { isNotViewedOffline } from "./offline-link";

/**
 * Around every signed-in page: a page that fails while rendering (a query read without a
 * catch — typically offline, filters never viewed here) shows a designed card in the user's
 * language instead of staying on "Loading…" or going blank. It tries again when the network
 * comes back, on another page, or on demand.
 */
export function PageErrorBoundary(props: { children: JSX.Element }) {
  return <ErrorBoundary fallback={(error, reset) => <PageError error={error} reset={reset} />}>{props.children}</ErrorBoundary>;
}

function PageError(props: { error: unknown; reset: () => void }) {
  const { t } = useI18n();
  const location = useLocation();
  const offline = () => isNotViewedOffline(props.error) || isNetworkError(props.error);
  createEffect(on(() => location.pathname, () => props.reset(), { defer: true }));
  const retry = () => props.reset();
  window.addEventListener("online", retry);
  onCleanup(() => window.removeEventListener("online", retry));
  const title = () => {
    const section = sectionOfPath(location.pathname);
    return section ? t().sections[section].title : t().common.appName;
  };
  return (
    <Page title={title()}>
      <div class="card notice page-error" role="alert">
        <p>{offline() ? t().common.networkError : failureMessage(props.error, t())}</p>
        <div class="page-error__actions">
          <button type="button" class="button" onClick={retry}>
            {t().common.retry}
          </button>
          {offline() && (
            <a href="/offline" class="button button--secondary">
              {t().offline.recentlyViewed}
            </a>
          )}
        </div>
      </div>
    </Page>
  );
}
