import type { Readable } from "node:stream";

/**
 * The longest line an import accepts (bytes, without its line break). A record is a few hundred
 * bytes; an account with long information pages a few dozen KiB. A longer line is reported as
 * `line N: too long` without being held in memory whole (readline would buffer a 2 GB line).
 */
export const MAX_LINE_BYTES = 1024 * 1024;

/** A line's text, or `null` for a line over the maximum (its bytes were skipped, not kept). */
export type Line = string | null;

/**
 * The lines of `input`, split on `\n` (a `\r` before it dropped), decoded as UTF-8 once whole
 * (a character cut between two chunks stays whole). A last line without `\n` counts.
 */
export async function* readLines(input: Readable, maxBytes = MAX_LINE_BYTES): AsyncGenerator<Line> {
  let parts: Buffer[] = [];
  let size = 0;
  let tooLong = false;
  const take = (piece: Buffer) => {
    if (tooLong) return;
    if (size + piece.length > maxBytes) {
      tooLong = true;
      parts = [];
      return;
    }
    parts.push(piece);
    size += piece.length;
  };
  const end = (): Line => {
    const line = tooLong ? null : Buffer.concat(parts, size).toString("utf8").replace(/\r$/, "");
    parts = [];
    size = 0;
    tooLong = false;
    return line;
  };
  for await (const chunk of input) {
    const bytes = typeof chunk === "string" ? Buffer.from(chunk, "utf8") : (chunk as Buffer);
    let from = 0;
    for (let at = bytes.indexOf(10, from); at !== -1; at = bytes.indexOf(10, from)) {
      // A `\r` just before the break may be the last byte allowed: count it out before the check.
      take(bytes.subarray(from, at > from && bytes[at - 1] === 13 ? at - 1 : at));
      yield end();
      from = at + 1;
    }
    if (from < bytes.length) take(bytes.subarray(from));
  }
  if (size > 0 || tooLong) yield end();
}
