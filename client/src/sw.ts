/// <reference lib="webworker" />
import { clientsClaim } from "workbox-core";
import { cleanupOutdatedCaches, createHandlerBoundToURL, precacheAndRoute } from "workbox-precaching";
import { NavigationRoute, registerRoute } from "workbox-routing";

/**
 * The portal's service worker. It precaches the app shell (every built file, listed by
 * vite-plugin-pwa in `self.__WB_MANIFEST`), answers every page navigation with the precached
 * `index.html` (so the app opens offline), and leaves the API and recordings to the network.
 * A new version waits until the user chooses Reload (the page posts SKIP_WAITING).
 *
 * Later offline work (report copies, kept recordings) adds its routes below.
 */
declare let self: ServiceWorkerGlobalScope;

precacheAndRoute(self.__WB_MANIFEST);
cleanupOutdatedCaches();

registerRoute(
  new NavigationRoute(createHandlerBoundToURL("index.html"), {
    // Server endpoints, never the app. `/recordings` alone is the recorder's page; `/recordings/<n>` is audio.
    denylist: [/^\/trpc(\/|$)/, /^\/auth(\/|$)/, /^\/recordings\//, /^\/healthz$/],
  }),
);

self.addEventListener("message", (event) => {
  if ((event.data as { type?: string } | null)?.type === "SKIP_WAITING") void self.skipWaiting();
});

// The first version takes control of the open page at once (so it works offline without a
// reload); later versions wait for the user's Reload, above.
clientsClaim();
