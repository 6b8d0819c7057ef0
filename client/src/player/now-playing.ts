import { createSignal } from "solid-js";

/**
 * The one recording playing in the portal, whichever page started it (a recorder row, a
 * message, a statistic's call, a kept recording): the `Player` at the bottom of every signed-in
 * page plays it. Starting remembers the element that asked (the row's button), so closing the
 * player can give the keyboard focus back to it.
 */
export interface Track {
  callNumber: number;
  /** What the player says it plays ("Appel 88500001 — 2026-11-30 14:02:11"), already formatted. */
  label: string;
}

const [current, setCurrent] = createSignal<Track | null>(null);
let returnFocusTo: HTMLElement | null = null;

export const nowPlaying = current;

/** Plays `track` in the player (the click is the user gesture autoplay needs). */
export function play(track: Track, from?: EventTarget | null) {
  returnFocusTo = from instanceof HTMLElement ? from : null;
  setCurrent({ ...track });
}

/** Stops and hides the player; `restoreFocus` sends the keyboard back to what started it. */
export function closePlayer(restoreFocus = false) {
  const target = returnFocusTo;
  returnFocusTo = null;
  setCurrent(null);
  if (restoreFocus && target?.isConnected) target.focus();
}
