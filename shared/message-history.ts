import { translateDeliveryEvent } from "./delivery-event";
import type { DictionaryWith } from "./i18n";

/** A message's history as a reader sees it: the switch's delivery events and what was done in the portal. */
export interface HistoryLine {
  /** ISO instant. */
  at: string;
  text: string;
}

/**
 * The switch's events (read into the reader's language) and the portal's acknowledgements
 * ("Consulté dans le portail par Alice" — stored as who/what/when, put in words here), oldest
 * first: one list for the card, the workbook and any other output.
 */
export function historyLines(
  message: {
    history: readonly { at: string; event: string }[];
    acknowledgements?: readonly { action: "viewed" | "acknowledged"; by: string; at: string }[];
  },
  d: DictionaryWith<"messages">,
): HistoryLine[] {
  const lines = [
    ...message.history.map((h) => ({ at: h.at, text: translateDeliveryEvent(h.event, d) })),
    // Offline copies saved before acknowledgements existed have none.
    ...(message.acknowledgements ?? []).map((a) => ({ at: a.at, text: d.acknowledgements[a.action](a.by) })),
  ];
  return lines.sort((a, b) => Date.parse(a.at) - Date.parse(b.at));
}
