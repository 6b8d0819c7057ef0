import { Show } from "solid-js";
import { useRegisterSW } from "virtual:pwa-register/solid";
import { useI18n } from "../i18n";

/**
 * Registers the service worker (from this module: the CSP allows no inline script) and tells
 * the user when a new version is waiting (Reload activates it) or when the app is ready offline.
 */
export function UpdatePrompt() {
  const { t } = useI18n();
  const {
    needRefresh: [needRefresh, setNeedRefresh],
    offlineReady: [offlineReady, setOfflineReady],
    updateServiceWorker,
  } = useRegisterSW({
    immediate: true,
    onRegisteredSW(_url, registration) {
      // Look for a new version every hour while the app stays open.
      if (registration) setInterval(() => void registration.update().catch(() => {}), 3600_000);
    },
  });
  const close = () => {
    setNeedRefresh(false);
    setOfflineReady(false);
  };
  return (
    <div class="toast-region" role="status" aria-live="polite">
      <Show when={needRefresh() || offlineReady()}>
        <div class="toast">
          <p class="toast__text">{needRefresh() ? t().pwa.updateAvailable : t().pwa.offlineReady}</p>
          <div class="toast__actions">
            <Show when={needRefresh()}>
              <button type="button" class="button" onClick={() => void updateServiceWorker(true)}>
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
