import { CallError, type Send } from "../trpc-client";
import { owner } from "./offline-owner";
import { firstAsk, openedCopy, showingCopy, showingFresh, showingNothing } from "./offline-view";
import { newestStandIn } from "./recent-reports";
import { listReports, readReport, writeReport } from "./report-store";

/**
 * The offline side of every report, in front of the HTTP call: each successful query of a
 * section's router is kept on the device (IndexedDB, per user, with its fetch time); when the
 * network is down the query is answered from that copy, and the banner says so. A query never
 * viewed with those filters fails as before, marked `notViewedOffline` for the pages — unless it
 * is the page's opening query (its defaults, or a link's filters): that shows the newest copy of
 * the procedure, the section's last search here, which the banner describes in words.
 * Mutations and the session's own queries pass through untouched.
 */
export function offlineLink(sections: readonly string[], send: Send): Send {
  return async (call) => {
    const section = call.path.split(".")[0] ?? "";
    const who = owner();
    if (call.type !== "query" || !who || !sections.includes(section)) return send(call);
    const input = call.input === undefined ? "" : JSON.stringify(call.input);

    // Before any wait: the page this query belongs to is the one being entered now.
    const opening = firstAsk(call.path);
    const chosen = openedCopy(call.path, who);
    if (chosen) {
      showingCopy(chosen, true);
      return chosen.data;
    }

    let data: unknown;
    try {
      data = await send(call);
    } catch (error) {
      if (!isUnreachable(error)) throw error;
      let copy;
      try {
        copy = (await readReport(who, call.path, input)) ?? (opening ? newestStandIn(await listReports(who), call.path) : undefined);
      } catch {
        throw error;
      }
      if (!copy) {
        showingNothing(call.path, section);
        throw markNotViewed(error);
      }
      showingCopy(copy);
      return copy.data;
    }
    void writeReport({ owner: who, section, path: call.path, input, data, fetchedAt: new Date().toISOString() }).catch(() => {
      // Quota or private mode: nothing kept, nothing broken.
    });
    showingFresh(call.path);
    return data;
  };
}

/** The server was not reached (no network, or no tRPC answer at all), as opposed to refusing. */
function isUnreachable(error: unknown): error is CallError {
  if (!(error instanceof CallError)) return false;
  return !error.data || error.cause instanceof TypeError || !navigator.onLine;
}

function markNotViewed<T extends object>(error: T): T {
  (error as { notViewedOffline?: boolean }).notViewedOffline = true;
  return error;
}

/** True for a query that failed offline and was never viewed on this device with those filters. */
export function isNotViewedOffline(error: unknown): boolean {
  return typeof error === "object" && error !== null && (error as { notViewedOffline?: boolean }).notViewedOffline === true;
}
