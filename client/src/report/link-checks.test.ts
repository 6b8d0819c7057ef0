import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { createLinkChecks } from "./link-checks";

/** A promise the test settles when it wants, as the network would. */
function held<T>() {
  let settle!: { resolve: (value: T) => void; reject: (error: unknown) => void };
  const promise = new Promise<T>((resolve, reject) => (settle = { resolve, reject }));
  return { promise, ...settle };
}

/** The server's `links.check` and the on-device checks, each answering as the test says. */
const io = {
  server: vi.fn<(section: string, named: unknown) => Promise<{ filters?: unknown }>>(),
  checks: vi.fn<() => Promise<unknown>>(),
  loaded: false,
};
let checkLink: ReturnType<typeof createLinkChecks>["checkLink"];
let checkedLink: ReturnType<typeof createLinkChecks>["checkedLink"];

beforeEach(() => {
  io.server.mockReset();
  io.checks.mockReset();
  io.loaded = false;
  ({ checkLink, checkedLink } = createLinkChecks({
    askServer: (section, named) => io.server(section, named),
    loadChecks: () => io.checks(),
    checksLoaded: () => io.loaded,
    serverWaitMs: 2000,
  }));
});

afterEach(() => {
  vi.useRealTimers();
});

describe("a link's check, before its page is set up", () => {
  it("asks nothing for a URL without filters, or once the checks are here", () => {
    expect(checkLink("recordings", "")).toBe(true);
    io.loaded = true;
    expect(checkLink("recordings", "?period=hours1")).toBe(true);
    expect(io.server).not.toHaveBeenCalled();
  });

  it("is one check however many ask while it is out, and the page then reads the server's answer", async () => {
    const answer = held<{ filters: unknown }>();
    io.server.mockReturnValue(answer.promise);
    const hover = checkLink("recordings", "?period=hours3");
    const arrival = checkLink("recordings", "?period=hours3");
    expect(arrival).toBe(hover);
    await vi.waitFor(() => expect(io.server).toHaveBeenCalledTimes(1));
    expect(io.server).toHaveBeenCalledWith("recordings", { period: "hours3" });
    // The page's own wait, started while the route's is still out (offline, the order it came in).
    const page = checkLink("recordings", "?period=hours3");
    expect(page).toBe(hover);
    answer.resolve({ filters: { period: "hours3", minMinutes: 0 } });
    expect(await Promise.all([hover, arrival, page])).toEqual([true, true, true]);
    expect(io.server).toHaveBeenCalledTimes(1);
    expect(checkedLink("recordings", "?period=hours3")).toEqual({ period: "hours3", minMinutes: 0 });
    // Asked again (a link's hover on the page it opened): nothing to wait for.
    expect(checkLink("recordings", "?period=hours3")).toBe(true);
    expect(checkedLink("recordings", "?period=other")).toBeUndefined();
  });

  it("offline: ends once the checks are on the device, for every wait started before", async () => {
    io.server.mockRejectedValue(new TypeError("Failed to fetch"));
    const checks = held<unknown>();
    io.checks.mockReturnValue(checks.promise);
    const preload = checkLink("billable", "?from=2026-11-20&to=2026-12-19");
    await vi.waitFor(() => expect(io.checks).toHaveBeenCalledTimes(1));
    const page = checkLink("billable", "?from=2026-11-20&to=2026-12-19");
    expect(page).toBe(preload);
    io.loaded = true;
    checks.resolve({});
    expect(await page).toBe(true);
    expect(await preload).toBe(true);
    expect(io.server).toHaveBeenCalledTimes(1);
    expect(checkedLink("billable", "?from=2026-11-20&to=2026-12-19")).toBeUndefined();
  });

  it("shows the page (its defaults) when neither the server nor the checks can be had, and asks again next time", async () => {
    io.server.mockRejectedValue(new TypeError("Failed to fetch"));
    io.checks.mockRejectedValue(new TypeError("Failed to fetch dynamically imported module"));
    expect(await checkLink("messages", "?from=2026-11-20")).toBe(true);
    const again = checkLink("messages", "?from=2026-11-20");
    expect(again).toBeInstanceOf(Promise);
    expect(await again).toBe(true);
    expect(io.server).toHaveBeenCalledTimes(2);
  });

  it("a refusal (an answer, not a check) is checked on the device too", async () => {
    io.server.mockRejectedValue(Object.assign(new Error("invalid_input"), { data: { code: "BAD_REQUEST" } }));
    io.checks.mockResolvedValue({});
    expect(await checkLink("statistics", "?from=2026-11-20&to=2026-11-20")).toBe(true);
    expect(io.checks).toHaveBeenCalledTimes(1);
  });

  it("a stray parameter names no filter: nothing asked", async () => {
    expect(await checkLink("billing", "?utm_source=mail")).toBe(true);
    expect(io.server).not.toHaveBeenCalled();
  });

  it("a weak signal (no answer, no failure) does not hold the page: after 2 s it checks the link itself", async () => {
    vi.useFakeTimers();
    io.server.mockReturnValue(new Promise(() => {}));
    io.checks.mockResolvedValue({});
    let shown = false;
    void Promise.resolve(checkLink("recordings", "?period=hours3")).then(() => (shown = true));
    await vi.advanceTimersByTimeAsync(1999);
    expect(shown).toBe(false);
    await vi.advanceTimersByTimeAsync(1);
    expect(shown).toBe(true);
    expect(io.checks).toHaveBeenCalledTimes(1);
    expect(checkedLink("recordings", "?period=hours3")).toBeUndefined();
  });
});
