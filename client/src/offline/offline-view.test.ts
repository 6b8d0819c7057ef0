import { describe, expect, it } from "vitest";
import { enteringPage, firstAsk, leftPage } from "./offline-view";

describe("firstAsk", () => {
  it("counts a page's opening query for the page being entered, not the one the address bar still shows", () => {
    // The router asks for /billing's data while the address is still /offline.
    enteringPage("/billing");
    expect(firstAsk("billing.history")).toBe(true);
    leftPage("/billing");
    // The user's own search on that page is not its opening query: no stand-in copy for it.
    expect(firstAsk("billing.history", "/billing")).toBe(false);
  });

  it("starts again on another page", () => {
    expect(firstAsk("recordings.search", "/recordings")).toBe(true);
    expect(firstAsk("recordings.search", "/recordings")).toBe(false);
    expect(firstAsk("recordings.search", "/messages")).toBe(true);
  });
});
