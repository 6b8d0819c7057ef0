import type { LiveItem } from "../../db/database";
import { dictionaries, type Locale } from "../../shared/i18n";

/** What the service worker shows (client/src/sw.ts): nothing the user did not allow. */
export interface PushPayload {
  title: string;
  /** The messages' title lines, only if the user opted in. */
  body?: string;
  /** The page that opens on a tap: the message itself, or the list when there are several. */
  url: string;
  /** One notification per event: sent again, it replaces rather than piles up. */
  tag: string;
}

/** A title line is cut here: the whole payload must stay far below the 4 KB push services accept. */
const TITLE_LINE_MAX = 120;
const TITLE_LINES_MAX = 3;

/**
 * The notification for the items of one live event that this subscription wants (already
 * narrowed to its accounts and choices). By default only "Nouveau message — compte 5201"; the
 * message's title only with `includeTitle`. Callers, fields, numbers are never sent.
 */
export function notificationFor(
  event: { id: number; kind: "message" | "call" },
  items: readonly LiveItem[],
  options: { locale: Locale; includeTitle: boolean },
): PushPayload {
  const words = dictionaries[options.locale].notifications.push;
  const accounts = [...new Set(items.map((i) => i.account))].sort((a, b) => a - b);
  const several = accounts.length > 1;
  const first = items[0]!;
  if (event.kind === "message") {
    const payload: PushPayload =
      items.length === 1
        ? { title: words.message(first.account), url: `/messages/${first.id}`, tag: `message-${first.id}` }
        : { title: words.messages(items.length, accounts.join(", "), several), url: "/messages", tag: `event-${event.id}` };
    if (options.includeTitle) {
      const lines = items
        .slice(0, TITLE_LINES_MAX)
        .map((i) => cut(i.title ?? ""))
        .filter((line) => line !== "");
      if (items.length > TITLE_LINES_MAX && lines.length > 0) lines.push("…");
      if (lines.length > 0) payload.body = lines.join("\n");
    }
    return payload;
  }
  if (items.length === 1) {
    // A call is only sent for an outcome the user chose: it has one.
    return { title: words.call(words.outcomes[first.outcome!], first.account), url: `/recordings?period=recent&call=${first.id}`, tag: `call-${first.id}` };
  }
  return { title: words.calls(items.length, accounts.join(", "), several), url: "/recordings", tag: `event-${event.id}` };
}

function cut(line: string): string {
  const flat = line.replace(/\s+/g, " ").trim();
  return flat.length > TITLE_LINE_MAX ? `${flat.slice(0, TITLE_LINE_MAX - 1)}…` : flat;
}
