import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import type { Call } from "./trpc-client";

/** A call the test answers when it wants, as the server would. */
function serverCall() {
  let answer = () => {};
  const answered = new Promise<unknown>((resolve) => (answer = () => resolve("ok")));
  return { answered, answer };
}

const call: Call = { type: "query", path: "recordings.search", input: {} };
let drawn: boolean;

// The module counts calls for the whole page: each test loads its own copy.
async function load() {
  vi.resetModules();
  return import("./first-view-drawn");
}

function watch(promise: Promise<void>) {
  drawn = false;
  void promise.then(() => (drawn = true));
}

beforeEach(() => {
  vi.useFakeTimers();
  // No requestIdleCallback here, as in Safari: a second's pause stands for the idle moment.
  vi.stubGlobal("document", { readyState: "complete" });
  vi.stubGlobal("window", new EventTarget());
});

afterEach(() => {
  vi.useRealTimers();
  vi.unstubAllGlobals();
});

describe("firstViewDrawn", () => {
  it("waits for the page's load", async () => {
    vi.stubGlobal("document", { readyState: "interactive" });
    const { firstViewDrawn } = await load();
    watch(firstViewDrawn());
    await vi.advanceTimersByTimeAsync(5000);
    expect(drawn).toBe(false);
    window.dispatchEvent(new Event("load"));
    await vi.advanceTimersByTimeAsync(1000);
    expect(drawn).toBe(true);
  });

  it("waits for the calls in flight to be answered, then an idle moment", async () => {
    const { countCalls, firstViewDrawn } = await load();
    const server = serverCall();
    const send = countCalls(() => server.answered);
    const answer = send(call);
    watch(firstViewDrawn());
    await vi.advanceTimersByTimeAsync(10_000);
    expect(drawn).toBe(false);
    server.answer();
    await expect(answer).resolves.toBe("ok");
    await vi.advanceTimersByTimeAsync(999);
    expect(drawn).toBe(false);
    await vi.advanceTimersByTimeAsync(1);
    expect(drawn).toBe(true);
  });

  it("counts a failed call as answered", async () => {
    const { countCalls, firstViewDrawn } = await load();
    const send = countCalls(async () => {
      throw new Error("offline");
    });
    await expect(send(call)).rejects.toThrow("offline");
    watch(firstViewDrawn());
    await vi.advanceTimersByTimeAsync(1000);
    expect(drawn).toBe(true);
  });

  it("waits again for a call made during the pause (the page's query after the session's answer)", async () => {
    const { countCalls, firstViewDrawn } = await load();
    const server = serverCall();
    const send = countCalls(() => server.answered);
    watch(firstViewDrawn());
    await vi.advanceTimersByTimeAsync(500);
    const answer = send(call);
    await vi.advanceTimersByTimeAsync(5000);
    expect(drawn).toBe(false);
    server.answer();
    await answer;
    await vi.advanceTimersByTimeAsync(1000);
    expect(drawn).toBe(true);
  });
});
