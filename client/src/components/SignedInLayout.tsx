import { Navigate, type RouteSectionProps } from "@solidjs/router";
import { ErrorBoundary, lazy, Match, onCleanup, Show, Suspense, Switch } from "solid-js";
import { useI18n } from "../i18n";
import { useSession } from "../session";
import { OfflineBanner } from "../offline/OfflineBanner";
import { PageErrorBoundary } from "../offline/PageErrorBoundary";
import { closePlayer, nowPlaying } from "../player/now-playing";
import { Header } from "./Header";
import { SectionBar } from "./SectionBar";

// Fetched when a recording is first played: no page shows the player on arrival.
const Player = lazy(() => import("../player/Player").then((m) => ({ default: m.Player })));

/**
 * The frame of every signed-in page: the banner, then `<main>`. A visitor without a session
 * goes to sign-in, and comes back here after (`?next=`). Offline with a copy of the session on
 * this device, the pages still open, under an "offline" note (OfflineBanner: with the time of
 * the report copy shown, if any).
 */
export function SignedInLayout(props: RouteSectionProps) {
  const { t } = useI18n();
  const session = useSession();
  const here = () => props.location.pathname + props.location.search + props.location.hash;
  // Warmed at the user's first press or key on the page (a play button's press comes before its
  // click): the player is there when the click starts the recording, whose play() then runs in
  // the click itself, as browsers ask of sound (precached, the file takes a few milliseconds).
  const warm = () => void Player.preload().catch(() => {});
  for (const type of ["pointerdown", "keydown"]) window.addEventListener(type, warm, { capture: true, once: true });
  onCleanup(() => {
    for (const type of ["pointerdown", "keydown"]) window.removeEventListener(type, warm, { capture: true });
  });
  return (
    <Switch fallback={<Loading />}>
      <Match when={session.state()?.status === "signed-out"}>
        <Navigate href={`/sign-in?next=${encodeURIComponent(here())}`} />
      </Match>
      <Match when={session.state()?.status === "unreachable"}>
        <main id="main" class="main main--center" tabindex="-1">
          <Unreachable />
        </main>
        <PlayerWhenPlaying />
        <SectionBar />
      </Match>
      <Match when={session.me()}>
        <Header />
        <OfflineBanner />
        <main id="main" class="main" tabindex="-1">
          <PageErrorBoundary>
            <Suspense fallback={<Loading />}>{props.children}</Suspense>
          </PageErrorBoundary>
        </main>
        <PlayerWhenPlaying />
        <SectionBar />
      </Match>
    </Switch>
  );
}

function PlayerWhenPlaying() {
  return (
    <Show when={nowPlaying()}>
      {/* Its file unreachable (offline before the service worker took over): no player, not a broken page. */}
      <ErrorBoundary fallback={() => void queueMicrotask(() => closePlayer())}>
        <Suspense>
          <Player />
        </Suspense>
      </ErrorBoundary>
    </Show>
  );
}

/**
 * No session could be read: the network is down, or the server said it is briefly unavailable
 * (its database is restarting) — then it is asked again every few seconds, so the page comes
 * back by itself.
 */
function Unreachable() {
  const { t } = useI18n();
  const session = useSession();
  const service = () => {
    const state = session.state();
    return state?.status === "unreachable" && state.reason === "service";
  };
  const timer = setInterval(() => {
    if (service() && !session.loading()) void session.refresh();
  }, 5_000);
  onCleanup(() => clearInterval(timer));
  return (
    <div class="card notice" role="alert">
      <h1>{t().common.appName}</h1>
      <p>{service() ? t().common.serviceUnavailable : t().common.networkError}</p>
      <button type="button" class="button" onClick={() => void session.refresh()}>
        {t().common.retry}
      </button>
    </div>
  );
}

export function Loading() {
  const { t } = useI18n();
  return (
    <div class="loading" role="status">
      <span class="spinner" aria-hidden="true" />
      <span>{t().common.loading}</span>
    </div>
  );
}
