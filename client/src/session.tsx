import {
  type Accessor,
  createContext,
  createEffect,
  createMemo,
  createResource,
  createSignal,
  on,
  type ParentProps,
  useContext,
} from "solid-js";
import {
  type Account,
  errorCode,
  finishPendingSignOut,
  isNetworkError,
  isServiceUnavailable,
  type Me,
  onUnauthorized,
  signOut as postSignOut,
  trpc,
} from "./api";
import { useI18n } from "./i18n";
import { clearOfflineData, readCached, writeCached } from "./offline-data";
import { adoptDevice } from "./offline/device-owner";
import { setOwnerSource } from "./offline/offline-owner";

/**
 * Who is signed in (`session.me`), and the "current account" that later sections pre-fill their
 * filters with. `me` never throws: it is `signed-in` (possibly from this device's copy when the
 * network is down, with `offline: true`), `signed-out`, or `unreachable` (offline and no copy).
 */
export type SessionState =
  | { status: "signed-in"; me: Me; offline: boolean }
  | { status: "signed-out" }
  | { status: "unreachable"; reason: "network" | "service" };

export interface Session {
  state: Accessor<SessionState | undefined>;
  /** The signed-in user's data, or undefined. */
  me: Accessor<Me | undefined>;
  loading: Accessor<boolean>;
  /** Asks the server again (after signing in, or to retry when it was unreachable). */
  refresh(): Promise<void>;
  /** Signs out on the server and clears everything kept on this device. */
  signOut(): Promise<void>;
  /** Forgets the session locally (the server said it has ended). */
  markSignedOut(): void;
  accounts: Accessor<Account[]>;
  currentAccount: Accessor<Account | undefined>;
  setCurrentAccount(accountNumber: number): void;
}

const meKey = "me";
const accountKey = "portal.account";
const SessionContext = createContext<Session>();

async function fetchState(): Promise<SessionState> {
  if (await finishPendingSignOut()) return { status: "signed-out" };
  try {
    const me = await trpc.session.me.query();
    writeCached(meKey, me);
    return { status: "signed-in", me, offline: false };
  } catch (error) {
    if (errorCode(error) === "UNAUTHORIZED") return { status: "signed-out" };
    if (isNetworkError(error)) {
      const copy = readCached<Me>(meKey);
      return copy ? { status: "signed-in", me: copy, offline: true } : { status: "unreachable", reason: "network" };
    }
    if (isServiceUnavailable(error)) return { status: "unreachable", reason: "service" };
    throw error;
  }
}

function readStoredAccount(): number {
  try {
    return Number(localStorage.getItem(accountKey)) || 0;
  } catch {
    return 0;
  }
}

async function checkSession(): Promise<SessionState> {
  try {
    return await fetchState();
  } catch {
    return { status: "unreachable", reason: "network" };
  }
}

let firstCheck: Promise<SessionState> | null = null;

/** Starts the first session check before the app renders (main.tsx), while its words load. */
export function startSessionCheck(): Promise<SessionState> {
  firstCheck ??= checkSession();
  return firstCheck;
}

export function SessionProvider(props: ParentProps) {
  const i18n = useI18n();
  const [state, { refetch, mutate }] = createResource<SessionState>(() => {
    const started = firstCheck;
    firstCheck = null;
    return started ?? checkSession();
  });
  const me = createMemo(() => {
    const s = state.latest;
    return s?.status === "signed-in" ? s.me : undefined;
  });

  // Report copies are kept under the user whose session is showing, from its first query on.
  setOwnerSource(() => me()?.user.username);
  createEffect(
    on(
      () => me()?.user.username,
      (username) => {
        if (username) void adoptDevice(username);
      },
    ),
  );

  // The user's saved language wins over this device's, each time a user's session starts.
  createEffect(
    on(
      () => me()?.user.username,
      (username) => {
        const saved = me()?.user.locale;
        if (username && saved && !(state.latest as { offline?: boolean })?.offline) i18n.setLocale(saved);
      },
    ),
  );

  const accounts = createMemo(() => me()?.accounts ?? []);
  const [storedAccount, setStoredAccount] = createSignal(readStoredAccount());
  const currentAccount = createMemo(() => {
    const list = accounts();
    return list.find((a) => a.accountNumber === storedAccount()) ?? list[0];
  });

  const markSignedOut = () => {
    void clearOfflineData();
    mutate({ status: "signed-out" });
  };
  onUnauthorized(() => {
    if (state.latest?.status === "signed-in") markSignedOut();
  });

  const session: Session = {
    state: () => state.latest,
    me,
    loading: () => state.loading,
    refresh: async () => {
      await refetch();
    },
    async signOut() {
      await postSignOut();
      // The server deleted this device's push subscription with the session; the browser forgets it
      // too. Its code is fetched now (precached): only sign-out and On this device use it.
      await import("./push/push-device").then((push) => push.forgetThisDevice()).catch(() => {});
      await clearOfflineData();
      try {
        localStorage.removeItem(accountKey);
      } catch {
        // nothing kept
      }
      setStoredAccount(0);
      mutate({ status: "signed-out" });
    },
    markSignedOut,
    accounts,
    currentAccount,
    setCurrentAccount(accountNumber) {
      setStoredAccount(accountNumber);
      try {
        localStorage.setItem(accountKey, String(accountNumber));
      } catch {
        // kept for this page only
      }
    },
  };
  return <SessionContext.Provider value={session}>{props.children}</SessionContext.Provider>;
}

export function useSession(): Session {
  const value = useContext(SessionContext);
  if (!value) throw new Error("useSession outside <SessionProvider>");
  return value;
}
