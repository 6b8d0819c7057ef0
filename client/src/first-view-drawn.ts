import type { Send } from "./trpc-client";

/**
 * When a page's first view is drawn: the document loaded, none of the server calls it made still
 * in flight, and the main thread idle. What the first view does not need waits for it: the
 * service worker's registration (sw-registration.ts), whose precaching of every file would
 * otherwise share a phone's network and CPU with the page's own data and its drawing (on a
 * report page, Lighthouse's blocking time went from about 150 to 300 ms with it started at load).
 */

let inFlight = 0;
let waiting: (() => void)[] = [];

/** `send`, its calls counted while they are in flight (api.ts puts it under every tRPC call). */
export function countCalls(send: Send): Send {
  return async (call) => {
    inFlight += 1;
    try {
      return await send(call);
    } finally {
      inFlight -= 1;
      if (inFlight === 0) {
        const done = waiting;
        waiting = [];
        for (const resolve of done) resolve();
      }
    }
  };
}

export async function firstViewDrawn(): Promise<void> {
  if (document.readyState !== "complete") await new Promise((resolve) => window.addEventListener("load", resolve, { once: true }));
  // An idle moment may fall between two calls (the session's answer, then the page's query it
  // was waiting for): only one with nothing in flight counts.
  do {
    if (inFlight > 0) await new Promise<void>((resolve) => waiting.push(resolve));
    await idle();
  } while (inFlight > 0);
}

// Safari has no requestIdleCallback: a second's pause stands for it there.
const idle = () =>
  new Promise<void>((resolve) =>
    typeof requestIdleCallback === "function" ? requestIdleCallback(() => resolve(), { timeout: 5000 }) : setTimeout(resolve, 1000),
  );
