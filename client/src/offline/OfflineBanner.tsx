import { useBeforeLeave, useLocation } from "@solidjs/router";
import { createEffect, lazy, Match, on, onCleanup, Switch } from "solid-js";
import { formatFetchTime } from "../../../shared/format/fetch-time";
import { useI18n } from "../i18n";
import { useSession } from "../session";
import { enteringPage, forgetOpenedCopy, leftPage, offlineView } from "./offline-view";
import "./offline.css";

const CopyFilters = lazy(() => import("./CopyFilters"));

/**
 * Under the header of every signed-in page: what the page shows when the network is gone —
 * this device's copy and when it was fetched, or that these filters were never viewed here —
 * with a way to the other copies. When the network (or the server) comes back, a page that
 * showed a copy is loaded again (fresh data, no banner). Offline without a report on screen:
 * the general note.
 */
export function OfflineBanner() {
  const { t, locale } = useI18n();
  const session = useSession();
  const location = useLocation();
  const zone = () => session.me()?.timeZone ?? "America/Toronto";
  const sessionOffline = () => {
    const state = session.state();
    return state?.status === "signed-in" && state.offline;
  };

  useBeforeLeave((event) => {
    // Back and forward change the address first; a link or navigate() only once the new page has its data.
    if (typeof event.to === "string") enteringPage(new URL(event.to, window.location.href).pathname);
  });
  createEffect(on(() => location.pathname, (pathname) => leftPage(pathname), { defer: true }));

  const backOnline = () => {
    // The page's own state knows nothing of copies: loading it again is the one way that works for every section.
    if (offlineView()) window.location.reload();
    else if (sessionOffline()) void session.refresh();
  };
  window.addEventListener("online", backOnline);
  onCleanup(() => window.removeEventListener("online", backOnline));
  // The network can be up while the server was not (no `online` event then): ask it now and then.
  const poll = setInterval(() => {
    const view = offlineView();
    if (!view || !navigator.onLine || (view.kind === "copy" && view.opened)) return;
    fetch("/healthz", { cache: "no-store" }).then(
      (response) => response.ok && backOnline(),
      () => {},
    );
  }, 30_000);
  onCleanup(() => clearInterval(poll));

  const recent = () => (
    <a href="/offline" class="offline-banner__link">
      {t().offline.recentlyViewed}
    </a>
  );

  return (
    <Switch>
      <Match when={offlineView()?.kind === "copy" && offlineView()} keyed>
        {(view) =>
          view.kind === "copy" && (
            <div class="offline-note offline-banner" role="status" data-testid="offline-banner">
              <p class="offline-banner__text">
                <strong>
                  {(view.opened && navigator.onLine ? t().offline.openedCopyFrom : t().offline.copyFrom)(
                    formatFetchTime(view.report.fetchedAt, locale(), zone()),
                  )}
                </strong>
                <span class="offline-banner__filters">
                  <CopyFilters path={view.report.path} input={view.report.input} />
                </span>
              </p>
              <div class="offline-banner__actions">
                {recent()}
                {view.opened && (
                  <button
                    type="button"
                    class="button button--secondary offline-banner__button"
                    onClick={() => {
                      forgetOpenedCopy();
                      window.location.reload();
                    }}
                  >
                    {t().offline.showCurrent}
                  </button>
                )}
              </div>
            </div>
          )
        }
      </Match>
      <Match when={offlineView()?.kind === "missing"}>
        <div class="offline-note offline-banner offline-banner--missing" role="status" data-testid="offline-banner">
          <p class="offline-banner__text">
            <strong>{t().offline.offlineLabel}</strong>
            <span>{t().offline.notViewed}</span>
          </p>
          <div class="offline-banner__actions">{recent()}</div>
        </div>
      </Match>
      <Match when={sessionOffline()}>
        <p class="offline-note" role="status">
          {t().common.offline} {recent()}
        </p>
      </Match>
    </Switch>
  );
}
