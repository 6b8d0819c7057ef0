import { useNavigate } from "@solidjs/router";
import { createResource, For, Show } from "solid-js";
import { formatFetchTime } from "../../../shared/format/fetch-time";
import { sectionUrl } from "../filters-in-url";
import { useI18n } from "../i18n";
import { sections } from "../sections";
import { useSession } from "../session";
import { summariseFilters } from "./filters-summary";
import { owner } from "./offline-owner";
import { openCopy } from "./offline-view";
import { listReports, type StoredReport } from "./report-store";

/** Queries that only help a page (its choices, a meter), not a report anyone would reopen. */
const helpers = new Set(["statistics.options", "billable.cycleMeter", "account.requests"]);

/** Where a kept report opens: its section's page with the copy's filters in its URL (so its form shows them), or a message's own page. */
function routeOf(report: StoredReport): string | null {
  const section = sections.find((s) => s.key === report.section);
  if (!section) return null;
  if (report.path === "messages.byId") {
    const id = (JSON.parse(report.input || "{}") as { messageId?: unknown }).messageId;
    return typeof id === "number" ? `/messages/${id}` : null;
  }
  return sectionUrl(report.section, section.path, JSON.parse(report.input || "{}"));
}

function isFirstPage(report: StoredReport): boolean {
  const input = JSON.parse(report.input || "{}") as { offset?: unknown; page?: unknown };
  return !input.offset && (input.page === undefined || input.page === 1 || input.page === 0);
}

/**
 * "Consultés récemment / Recently viewed": the reports kept on this device for the signed-in
 * user, newest first (section, filters, fetch time); opening one shows that copy on its page.
 */
export function RecentlyViewed() {
  const { t, locale } = useI18n();
  const session = useSession();
  const navigate = useNavigate();
  const [reports] = createResource(
    () => owner(),
    async (who) => (await listReports(who).catch(() => [])).filter((r) => !helpers.has(r.path) && isFirstPage(r)),
  );
  const zone = () => session.me()?.timeZone ?? "America/Toronto";
  return (
    <section class="card offline-card" aria-labelledby="recently-viewed-title">
      <h2 id="recently-viewed-title" class="card-title">
        {t().offline.recentlyViewed}
      </h2>
      <p class="offline-card__hint">{t().offline.recentHint}</p>
      <Show when={(reports.latest ?? []).length > 0} fallback={<p class="offline-card__empty">{t().offline.noRecent}</p>}>
        <ul class="offline-list" data-testid="recently-viewed">
          <For each={reports.latest}>
            {(report) => {
              const route = routeOf(report);
              const title = () => t().sections[report.section as keyof ReturnType<typeof t>["sections"]]?.title ?? report.section;
              const when = () => formatFetchTime(report.fetchedAt, locale(), zone());
              return (
                <Show when={route}>
                  {(to) => (
                    <li>
                      <a
                        class="offline-entry"
                        href={to()}
                        onClick={(event) => {
                          event.preventDefault();
                          openCopy(report, to().split("?")[0]!);
                          navigate(to());
                        }}
                      >
                        <span class="offline-entry__title">{title()}</span>
                        <span class="offline-entry__filters">{summariseFilters(report.input, t())}</span>
                        <span class="offline-entry__time">{t().offline.fetchedAt(when())}</span>
                      </a>
                    </li>
                  )}
                </Show>
              );
            }}
          </For>
        </ul>
      </Show>
    </section>
  );
}
