import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";

const root = path.resolve(import.meta.dirname, "..");

describe("configuration", () => {
  it("the README's table lists every variable server/config.ts reads", () => {
    const source = readFileSync(path.join(root, "server/config.ts"), "utf8");
    const read = [...new Set([...source.matchAll(/\benv\.([A-Z][A-Z0-9_]*)/g)].map((m) => m[1]!))];
    expect(read.length).toBeGreaterThan(20);
    const readme = readFileSync(path.join(root, "README.md"), "utf8");
    const table = readme.slice(readme.indexOf("## Configuration"), readme.indexOf("## The operator command"));
    // `RECEIVABLES_CONTACT_FR` / `_EN` share one row.
    const listed = (name: string) => table.includes(`\`${name}\``) || table.includes(`\`_${name.split("_").at(-1)}\``);
    expect(read.filter((name) => !listed(name))).toEqual([]);
  });
});
