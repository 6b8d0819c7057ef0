import { createEffect, createSignal, on, onCleanup, Show } from "solid-js";
import { useI18n } from "../i18n";
import { useSession } from "../session";
import { firstViewDrawn } from "../first-view-drawn";
import { registerServiceWorker } from "../sw-registration";

/** How long "ready to work offline" stays: news, not a question, it goes by itself. */
export const offlineReadySeconds = 8;

/**
 * Registers the service worker (sw-registration.ts, from the bundle: the CSP allows no inline
 * script) once the first view is drawn (first-view-drawn.ts), and tells the user when a new
 * version is waiting (Reload activates it, it stays until answered) or when the app is ready
 * offline. That news is for a signed-in user, in their
 * language: one that comes on the sign-in page waits for the sign-in, then goes away by itself.
 */
export function UpdatePrompt() {
  const { t } = useI18n();
  const [needRefresh, setNeedRefresh] = createSignal(false);
  const [offlineReady, setOfflineReady] = createSignal(false);
  const { activateUpdate } = registerServiceWorker(
    {
      updateWaiting: () => setNeedRefresh(true),
      offlineReady: () => setOfflineReady(true),
    },
    firstViewDrawn(),
  );
  const session = useSession();
  const signedIn = () => session.state()?.status === "signed-in";
  const close = () => {
    setNeedRefresh(false);
    setOfflineReady(false);
  };
  const showReady = () => offlineReady() && signedIn() && !needRefresh();
  createEffect(
    on(showReady, (shown) => {
      if (!shown) return;
      const timer = setTimeout(() => setOfflineReady(false), offlineReadySeconds * 1000);
      onCleanup(() => clearTimeout(timer));
    }),
  );
  return (
    <div class="toast-region" role="status" aria-live="polite">
      <Show when={needRefresh() || showReady()}>
        <div class="toast" data-testid={needRefresh() ? "update-prompt" : "offline-ready"}>
          <p class="toast__text">{needRefresh() ? t().pwa.updateAvailable : t().pwa.offlineReady}</p>
          <div class="toast__actions">
            <Show when={needRefresh()}>
              <button type="button" class="button" onClick={activateUpdate}>
                {t().pwa.reload}
              </button>
            </Show>
            <button type="button" class="button button--ghost" onClick={close}>
              {t().pwa.dismiss}
            </button>
          </div>
        </div>
      </Show>
    </div>
  );
}
