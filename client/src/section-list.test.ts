import { describe, expect, it } from "vitest";
import { fr } from "../../shared/i18n";
import { sectionKeys, sectionList, sectionOfPath } from "./section-list";

describe("the one list of sections", () => {
  it("has every section of the dictionaries, each once, in the manual's order", () => {
    expect([...sectionKeys].sort()).toEqual(Object.keys(fr.sections).sort());
    expect(new Set(sectionList.map((s) => s.path)).size).toBe(sectionList.length);
    expect(sectionKeys[0]).toBe("recordings");
  });

  it("finds the section of a path, a message's own page included", () => {
    expect(sectionOfPath("/messages/42")).toBe("messages");
    expect(sectionOfPath("/billable")).toBe("billable");
    expect(sectionOfPath("/billablex")).toBeUndefined();
    expect(sectionOfPath("/")).toBeUndefined();
  });
});
