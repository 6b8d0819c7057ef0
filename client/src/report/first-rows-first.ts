import { createSignal } from "solid-js";
import { afterNextPaint } from "../after-next-paint";

/**
 * For a list's first drawing on a page: its first `count` rows at once, the others in a task
 * after the next paint — a phone's screen holds about 7 message rows or 3 calls, a wide one
 * about 10, and building 25 to 100 rows before anything shows holds the first paint back. The rows below come at the end of the list,
 * out of sight, so nothing moves. Every later drawing (a new search, more rows, a sort) shows
 * all of its rows at once: only the page's arrival is split.
 *
 * ```tsx
 * const firstRows = firstRowsFirst();
 * <For each={firstRows(data.rows)}>…</For>
 * ```
 */
export function firstRowsFirst(count = 10) {
  const [limited, setLimited] = createSignal(true);
  let scheduled = false;
  return <T>(rows: T[]): T[] => {
    if (!limited()) return rows;
    if (!scheduled) {
      scheduled = true;
      afterNextPaint(() => setLimited(false));
    }
    return rows.length > count ? rows.slice(0, count) : rows;
  };
}
