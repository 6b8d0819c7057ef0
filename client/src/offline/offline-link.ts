import { isTRPCClientError, type TRPCClientError, type TRPCLink } from "@trpc/client";
import { observable } from "@trpc/server/observable";
import type { AnyRouter } from "@trpc/server";
import { owner } from "./offline-owner";
import { firstAsk, openedCopy, showingCopy, showingFresh, showingNothing } from "./offline-view";
import { newestStandIn } from "./recent-reports";
import { listReports, readReport, writeReport } from "./report-store";

/**
 * The offline side of every report, in front of `httpLink`: each successful query of a
 * section's router is kept on the device (IndexedDB, per user, with its fetch time); when the
 * network is down the query is answered from that copy, and the banner says so. A query never
 * viewed with those filters fails as before, marked `notViewedOffline` for the pages — unless it
 * is the page's opening query (its defaults, or a link's filters): that shows the newest copy of
 * the procedure, the section's last search here, which the banner describes in words.
 * Mutations and the session's own queries pass through untouched.
 */
export function offlineLink<TRouter extends AnyRouter>(sections: readonly string[]): TRPCLink<TRouter> {
  return () =>
    ({ op, next }) =>
      observable((observer) => {
        const section = op.path.split(".")[0] ?? "";
        const who = owner();
        if (op.type !== "query" || !who || !sections.includes(section)) return next(op).subscribe(observer);
        const input = op.input === undefined ? "" : JSON.stringify(op.input);

        const opening = firstAsk(op.path);
        const chosen = openedCopy(op.path, who);
        if (chosen) {
          showingCopy(chosen, true);
          observer.next({ result: { type: "data", data: chosen.data } });
          observer.complete();
          return () => {};
        }

        let closed = false;
        const subscription = next(op).subscribe({
          next(value) {
            if (value.result.type === "data") {
              const data = (value.result as { data?: unknown }).data;
              void writeReport({ owner: who, section, path: op.path, input, data, fetchedAt: new Date().toISOString() }).catch(
                () => {
                  // Quota or private mode: nothing kept, nothing broken.
                },
              );
              showingFresh(op.path);
            }
            observer.next(value);
          },
          error(error) {
            if (!isUnreachable(error)) return observer.error(error);
            readReport(who, op.path, input)
              .then(async (copy) => copy ?? (opening ? newestStandIn(await listReports(who), op.path) : undefined))
              .then(
              (copy) => {
                if (closed) return;
                if (copy) {
                  showingCopy(copy);
                  observer.next({ result: { type: "data", data: copy.data } });
                  observer.complete();
                } else {
                  showingNothing(op.path, section);
                  observer.error(markNotViewed(error));
                }
              },
              () => observer.error(error),
            );
          },
          complete() {
            observer.complete();
          },
        });
        return () => {
          closed = true;
          subscription.unsubscribe();
        };
      });
}

/** The server was not reached (no network, or no tRPC answer at all), as opposed to refusing. */
function isUnreachable(error: TRPCClientError<AnyRouter>): boolean {
  if (!isTRPCClientError(error)) return false;
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
