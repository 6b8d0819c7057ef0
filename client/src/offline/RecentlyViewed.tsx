import { useNavigate } from "@solidjs/router";
import { createResource, For, Show } from "solid-js";
import { formatFetchTime } from "../../../shared/format/fetch-time";
import { sectionUrl } from "../filters-in-url";
import { useI18n, useStrings } from "../i18n";
import { sections } from "../sections";
import { useSession } from "../session";
import { parseInput, recentEntries } from "./recent-reports";
import { owner } from "./offline-owner";
import { openCopy } from "./offline-view";
import { listReports, type StoredReport } from "./report-store";

/** Where a kept report opens: its section's page with the copy's filters in its URL (so its form shows them), or a message's own page. */
function routeOf(report: StoredReport): string | null {
  const section = sections.find((s) => s.key === report.section);
  if (!section) return null;
  const input = parseInput(report.input) ?? {};
  if (report.path === "messages.byId") {
    return typeof input.messageId === "number" ? `/messages/${input.messageId}` : null;
  }
  return sectionUrl(report.section, section.path, input);
}

/**
 * "Consultés récemment / Recently viewed": the reports kept on this device for the signed-in
 * user, newest first (section, filters, fetch time); opening one shows that copy on its page.
 */
export function RecentlyViewed() {
  const { locale } = useI18n();
  const t = useStrings("onThisDevice");
  const session = useSession();
  const navigate = useNavigate();
  const [reports] = createResource(
    () => owner(),
    async (who) => {
      const entries = recentEntries(await listReports(who).catch(() => []), routeOf);
      if (entries.length === 0) return null;
      // Saying filters in words takes every section's schema: fetched only when there are copies to list.
      const { filtersLine } = await import("../../../shared/filters/filters-in-words");
      return { entries, filtersLine };
    },
  );
  const zone = () => session.me()?.timeZone ?? "America/Toronto";
  return (
    <section class="card offline-card" aria-labelledby="recently-viewed-title">
      <h2 id="recently-viewed-title" class="card-title">
        {t().offline.recentlyViewed}
      </h2>
      <p class="offline-card__hint">{t().offline.recentHint}</p>
      <Show when={reports.latest} fallback={<p class="offline-card__empty">{t().offline.noRecent}</p>}>
        {(list) => (
        <ul class="offline-list" data-testid="recently-viewed">
          <For each={list().entries}>
            {({ report, route }) => {
              const title = () => t().sections[report.section as keyof ReturnType<typeof t>["sections"]]?.title ?? report.section;
              const when = () => formatFetchTime(report.fetchedAt, locale(), zone());
              return (
                <li>
                  <a
                    class="offline-entry"
                    href={route}
                    onClick={(event) => {
                      event.preventDefault();
                      openCopy(report, route.split("?")[0]!);
                      navigate(route);
                    }}
                  >
                    <span class="offline-entry__title">{title()}</span>
                    <span class="offline-entry__filters">{list().filtersLine(report.path, parseInput(report.input), t(), locale())}</span>
                    <span class="offline-entry__time">{t().offline.fetchedAt(when())}</span>
                  </a>
                </li>
              );
            }}
          </For>
        </ul>
        )}
      </Show>
    </section>
  );
}
