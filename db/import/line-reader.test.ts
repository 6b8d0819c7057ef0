import { Readable } from "node:stream";
import { describe, expect, it } from "vitest";
import { readLines } from "./line-reader";

async function linesOf(chunks: (string | Buffer)[], max?: number) {
  const out = [];
  for await (const line of readLines(Readable.from(chunks), max)) out.push(line);
  return out;
}

describe("readLines", () => {
  it("splits on \\n, drops a \\r before it, and keeps a last line without one", async () => {
    expect(await linesOf(["a\r\nb\n", "\nc"])).toEqual(["a", "b", "", "c"]);
    expect(await linesOf(["a\n"])).toEqual(["a"]);
  });

  it("keeps a character whole when a chunk cuts it", async () => {
    const bytes = Buffer.from("é\n", "utf8");
    expect(await linesOf([bytes.subarray(0, 1), bytes.subarray(1)])).toEqual(["é"]);
  });

  it("gives null for a line over the maximum, whatever its chunks, and goes on after it", async () => {
    expect(await linesOf(["abcd\nabcde\n", "ab", "cde", "f\nok"], 4)).toEqual(["abcd", null, null, "ok"]);
    expect(await linesOf(["abcd\r\n"], 4)).toEqual(["abcd"]);
    expect(await linesOf(["abcdef"], 4)).toEqual([null]);
  });
});
