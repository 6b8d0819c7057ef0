import type { TRPCClient } from "@trpc/client";
import type { inferRouterError } from "@trpc/server";
import type { AppRouter } from "../../server/trpc/app-router";

/**
 * The portal's own tRPC client: `trpc.<router>.<procedure>.query(input)` / `.mutate(input)`,
 * typed by @trpc/client's own `TRPCClient` (a type import: no byte of it in the bundle), over
 * the requests tRPC's `httpLink` makes. @trpc/client's runtime (links, observables, batching,
 * transformers, subscriptions, none of them used here) was 5.4 KB gzip of the code every page
 * loads. Only a call's input is sent: the options its type allows (`signal`, `context`)
 * are not used by the portal, and ignored.
 */

/** One procedure call. */
export interface Call {
  type: "query" | "mutation";
  /** The procedure's dotted path: `messages.search`. */
  path: string;
  input: unknown;
}

/** Carries a call to the server: resolves with the procedure's answer, or rejects with a `CallError`. */
export type Send = (call: Call) => Promise<unknown>;

/** What server/trpc/init.ts's error formatter sends with every error: `code`, `httpStatus`, `fieldErrors`. */
export type ErrorData = inferRouterError<AppRouter>["data"];

/**
 * A failed call. `data` is the server's tRPC error data; there is none when no tRPC answer came:
 * the network is down (`cause` is fetch's `TypeError`), or something else answered (a proxy's
 * HTML page, the app's own plain 500 from before tRPC runs).
 */
export class CallError extends Error {
  constructor(
    message: string,
    readonly data?: ErrorData,
    options?: ErrorOptions,
  ) {
    super(message, options);
  }
}

/**
 * Sends each call in its own request under `url`, as `httpLink` did (index.html preloads
 * `/trpc/session.me`: the URL must be the same). No batching, so that every query has its own
 * URL, a usable cache key for offline copies. A 401 calls `onUnauthorized`, whatever answered it.
 */
export function httpSend(url: string, onUnauthorized: () => void): Send {
  return async ({ type, path, input }) => {
    let answer: unknown;
    try {
      const response =
        type === "query"
          ? await fetch(`${url}/${path}${input === undefined ? "" : `?input=${encodeURIComponent(JSON.stringify(input))}`}`, {
              credentials: "same-origin",
            })
          : await fetch(`${url}/${path}`, {
              method: "POST",
              credentials: "same-origin",
              headers: { "content-type": "application/json" },
              body: JSON.stringify(input),
            });
      if (response.status === 401) onUnauthorized();
      answer = await response.json();
    } catch (cause) {
      throw new CallError(cause instanceof Error ? cause.message : String(cause), undefined, { cause });
    }
    if (isObject(answer) && "error" in answer) {
      const { error } = answer;
      if (isObject(error) && typeof error.code === "number" && typeof error.message === "string") {
        throw new CallError(error.message, error.data as ErrorData);
      }
    } else if (isObject(answer) && isObject(answer.result)) {
      return answer.result.data;
    }
    throw new CallError("not a tRPC answer");
  };
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/** The typed client: each `….query(input)` / `….mutate(input)` becomes one call to `send`. */
export function createClient(send: Send): TRPCClient<AppRouter> {
  const at = (path: readonly string[]): unknown =>
    new Proxy(() => {}, {
      // Never a thenable: an `await` of a router or a procedure must find no `then` to call.
      get: (_, key) => (typeof key === "string" && key !== "then" ? at([...path, key]) : undefined),
      // The last name is the method (its type allows `query` or `mutate` only); the rest, the procedure's path.
      apply: (_, __, [input]: unknown[]) =>
        send({ type: path.at(-1) === "mutate" ? "mutation" : "query", path: path.slice(0, -1).join("."), input }),
    });
  return at([]) as TRPCClient<AppRouter>;
}
