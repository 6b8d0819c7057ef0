/**
 * What a `Range` header asks of a file of `size` bytes (RFC 9110 §14), single ranges only:
 * - `whole`: no usable range — no header, another unit, a malformed or multi-range value — so
 *   the whole file is sent with 200 (never a wrong body);
 * - `partial`: bytes `start`..`end` (both included) with 206;
 * - `unsatisfiable`: 416 with `Content-Range: bytes *\/size`.
 *
 * `bytes=0-99` → 0..99; `bytes=100-` → 100..size-1; `bytes=-100` → the last 100 bytes (the whole
 * file when it is shorter); an end past the file is cut to its last byte.
 */
export type ByteRange =
  | { kind: "whole" }
  | { kind: "partial"; start: number; end: number }
  | { kind: "unsatisfiable" };

const single = /^bytes[ \t]*=[ \t]*(\d*)[ \t]*-[ \t]*(\d*)[ \t]*$/i;

export function parseByteRange(header: string | undefined | null, size: number): ByteRange {
  if (!header) return { kind: "whole" };
  const m = single.exec(header);
  // A comma means several ranges: allowed to be ignored (§14.2), and the whole file is never wrong.
  if (!m) return { kind: "whole" };
  const [, first = "", last = ""] = m;
  if (first === "" && last === "") return { kind: "whole" };
  if (first === "") {
    const suffix = Number(last);
    if (!Number.isSafeInteger(suffix)) return { kind: "whole" };
    if (suffix === 0 || size === 0) return { kind: "unsatisfiable" };
    return { kind: "partial", start: Math.max(0, size - suffix), end: size - 1 };
  }
  const start = Number(first);
  const end = last === "" ? Number.MAX_SAFE_INTEGER : Number(last);
  if (!Number.isSafeInteger(start) || !Number.isSafeInteger(end) || end < start) return { kind: "whole" };
  if (start >= size) return { kind: "unsatisfiable" };
  return { kind: "partial", start, end: Math.min(end, size - 1) };
}
