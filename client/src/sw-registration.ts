/** What the page hears of the service worker's versions (shown by components/UpdatePrompt.tsx). */
export interface ServiceWorkerNews {
  /** A new version is installed and waits: `activateUpdate()` starts it and reloads the page. */
  updateWaiting(): void;
  /** The first version is installed: the app now opens offline. */
  offlineReady(): void;
}

/** How often an open app asks the server for a new version. */
const updateCheckMs = 3600_000;

/**
 * Registers the service worker (sw.ts, built as `/sw.js`) once `ready` resolves (the page's first
 * view drawn: first-view-drawn.ts), and follows its versions.
 *
 * Written for the portal instead of workbox-window (2.2 KB gzip on every page for what is a few
 * events): sw.ts lets a new version wait until the page posts SKIP_WAITING, and the first one
 * claims the page at once. So a worker that installs while another version is active waits for
 * the user; the first one means "ready offline". Once a version waits, the page reloads when it
 * takes control, whichever tab asked for it: the old version's files are gone from the cache.
 */
export function registerServiceWorker(news: ServiceWorkerNews, ready: Promise<void>): { activateUpdate(): void } {
  if (!("serviceWorker" in navigator)) return { activateUpdate() {} };
  const workers = navigator.serviceWorker;
  let registration: ServiceWorkerRegistration | undefined;
  let waiting = false;
  let reloading = false;
  const updateWaiting = () => {
    waiting = true;
    news.updateWaiting();
  };
  workers.addEventListener("controllerchange", () => {
    if (!waiting || reloading) return;
    reloading = true;
    location.reload();
  });
  const register = async () => {
    registration = await workers.register("/sw.js", { scope: "/" });
    if (registration.waiting) updateWaiting();
    registration.addEventListener("updatefound", () => {
      const worker = registration?.installing;
      if (!worker) return;
      // Read now, not once installed: by then the first version may already be activating.
      const isUpdate = registration?.active != null;
      worker.addEventListener("statechange", () => {
        if (worker.state !== "installed") return;
        if (isUpdate) updateWaiting();
        else news.offlineReady();
      });
    });
    setInterval(() => void registration?.update().catch(() => {}), updateCheckMs);
  };
  void ready.then(register).catch(() => {});
  return {
    activateUpdate() {
      registration?.waiting?.postMessage({ type: "SKIP_WAITING" });
    },
  };
}
