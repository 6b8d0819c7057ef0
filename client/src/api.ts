import type { Locale } from "../../shared/i18n";
import { countCalls } from "./first-view-drawn";
import { offlineLink } from "./offline/offline-link";
import { sectionKeys } from "./section-list";
import { CallError, createClient, httpSend } from "./trpc-client";

/**
 * The client's one way to the server: the typed tRPC client (client/src/trpc-client.ts: one
 * HTTP request per call) and the two auth endpoints. Any 401 from the server (tRPC's
 * UNAUTHORIZED) calls the handler the app installs with `onUnauthorized`, which sends the
 * visitor to the sign-in page.
 */

let unauthorizedHandler: (() => void) | null = null;

/** Installs what to do when the session has ended (the app navigates to sign-in). */
export function onUnauthorized(handler: () => void) {
  unauthorizedHandler = handler;
}

// The sections' queries are kept on the device and answered from there when offline; the calls
// that reach for the network are counted, to tell when the first view is drawn.
export const trpc = createClient(offlineLink(sectionKeys, countCalls(httpSend("/trpc", () => unauthorizedHandler?.()))));

/** What `session.me` answers: the user, their accounts, the service's zone and retention. */
export type Me = Awaited<ReturnType<typeof trpc.session.me.query>>;
export type Account = Me["accounts"][number];

export type SignInResult =
  | { ok: true; locale: Locale }
  | { ok: false; reason: "invalid" }
  | { ok: false; reason: "throttled"; retryAfterSeconds: number }
  | { ok: false; reason: "network" }
  | { ok: false; reason: "unavailable" };

/** `POST /auth/login`. Failed attempts are slowed down by the server: this can take seconds. */
export async function signIn(username: string, password: string): Promise<SignInResult> {
  let response: Response;
  try {
    response = await fetch("/auth/login", {
      method: "POST",
      credentials: "same-origin",
      headers: { "content-type": "application/json", accept: "application/json" },
      body: JSON.stringify({ username, password }),
    });
  } catch {
    return { ok: false, reason: "network" };
  }
  const body = (await response.json().catch(() => ({}))) as {
    ok?: boolean;
    locale?: Locale;
    error?: string;
    retryAfterSeconds?: number;
  };
  if (response.ok && body.ok) {
    // A new session: an older sign-out still pending must not end it.
    setPendingSignOut(false);
    return { ok: true, locale: body.locale === "en" ? "en" : "fr" };
  }
  if (response.status === 429 || body.error === "throttled") {
    const header = Number(response.headers.get("retry-after"));
    const seconds = body.retryAfterSeconds ?? (Number.isFinite(header) && header > 0 ? header : 30);
    return { ok: false, reason: "throttled", retryAfterSeconds: Math.max(1, Math.ceil(seconds)) };
  }
  if (response.status === 503) return { ok: false, reason: "unavailable" };
  if (response.status >= 500) return { ok: false, reason: "network" };
  return { ok: false, reason: "invalid" };
}

/**
 * `POST /auth/logout`; resolves even when the network is down (the local state is cleared
 * anyway). Offline, the server still holds the session (its cookie is HttpOnly): the sign-out is
 * remembered and sent the next time the portal reaches the server (`finishPendingSignOut`), so
 * the next person on this device is not let in as this user.
 */
export async function signOut(): Promise<void> {
  try {
    await fetch("/auth/logout", { method: "POST", credentials: "same-origin" });
    setPendingSignOut(false);
  } catch {
    setPendingSignOut(true);
  }
}

const pendingSignOutKey = "portal.signOutPending";

function setPendingSignOut(pending: boolean) {
  try {
    if (pending) localStorage.setItem(pendingSignOutKey, "1");
    else localStorage.removeItem(pendingSignOutKey);
  } catch {
    // Storage blocked: the session ends with the server's idle timeout.
  }
}

/** True when a sign-out made offline was pending (it is sent now if the server answers). */
export async function finishPendingSignOut(): Promise<boolean> {
  try {
    if (localStorage.getItem(pendingSignOutKey) !== "1") return false;
  } catch {
    return false;
  }
  // index.html preloads `session.me` for the first query, which is not made now: its answer,
  // asked with the session being ended, is taken out of the way, or the next query of this page
  // (the next user's, after they sign in) would be given it.
  await fetch("/trpc/session.me", { credentials: "same-origin" }).catch(() => {});
  await signOut();
  return true;
}

/** The tRPC error code of `error` (`UNAUTHORIZED`, `BAD_REQUEST`, …), if it is one. */
export function errorCode(error: unknown): string | undefined {
  return error instanceof CallError ? error.data?.code : undefined;
}

/** True when the server answered that it is briefly unavailable (its database is down: 503). */
export function isServiceUnavailable(error: unknown): boolean {
  return errorCode(error) === "SERVICE_UNAVAILABLE";
}

/** True when `error` came from the network being unreachable rather than from the server. */
export function isNetworkError(error: unknown): boolean {
  if (error instanceof CallError) return !error.data && (error.cause instanceof TypeError || !navigator.onLine);
  return error instanceof TypeError;
}
