/// <reference lib="webworker" />
import { clientsClaim } from "workbox-core";
import { cleanupOutdatedCaches, createHandlerBoundToURL, precacheAndRoute } from "workbox-precaching";
import { createPartialResponse } from "workbox-range-requests";
import { NavigationRoute, registerRoute } from "workbox-routing";

/**
 * The portal's service worker. It precaches the app shell (every built file, listed by
 * vite-plugin-pwa in `self.__WB_MANIFEST`), answers every page navigation with the precached
 * `index.html` (so the app opens offline), and leaves the API to the network.
 * A new version waits until the user chooses Reload (the page posts SKIP_WAITING).
 *
 * A recording the user kept for offline (client/src/offline/kept-recordings.ts: the whole file
 * in their `recordings-<owner>` cache) is played from that copy when the server cannot be
 * reached, and seeking works: Range requests are answered from it. Online, recordings go to the
 * network as before (each listen audited); downloads (`?download=1`) always do. Report copies
 * live in IndexedDB, read by the page itself (client/src/offline/offline-link.ts).
 *
 * Web Push (docs/notifications.md): a push shows the server's notification as it came (the
 * server decides what it may say); a tap opens the message it names, in an open portal window
 * if there is one.
 */
declare let self: ServiceWorkerGlobalScope;

precacheAndRoute(self.__WB_MANIFEST);
cleanupOutdatedCaches();

registerRoute(
  new NavigationRoute(createHandlerBoundToURL("index.html"), {
    // Server endpoints, never the app. `/recordings` alone is the recorder's page; `/recordings/<n>` is audio.
    denylist: [/^\/trpc(\/|$)/, /^\/auth(\/|$)/, /^\/ingest(\/|$)/, /^\/events(\/|$)/, /^\/recordings\//, /^\/healthz$/],
  }),
);

registerRoute(
  ({ url }) => url.origin === self.location.origin && /^\/recordings\/\d+$/.test(url.pathname) && !url.search,
  async ({ request, url }) => {
    // The network first: every listen the server sees is written to its audit log. The kept
    // copy answers when the server cannot be reached.
    let failed: Response | null = null;
    try {
      const response = await fetch(request);
      if (response.status < 500) return response;
      failed = response;
    } catch {
      // offline: the kept copy, if any
    }
    // Only the signed-in user's cache exists: sign-out and a different user's sign-in delete the others.
    for (const name of await caches.keys()) {
      if (!name.startsWith("recordings-")) continue;
      const kept = await (await caches.open(name)).match(url.pathname);
      if (kept) return request.headers.has("range") ? createPartialResponse(request, kept) : kept;
    }
    return failed ?? Response.error();
  },
);

/** What the server sends (server/push/notification-content.ts). */
interface PushPayload {
  title: string;
  body?: string;
  url: string;
  tag: string;
}

self.addEventListener("push", (event) => {
  let payload: PushPayload;
  try {
    payload = event.data?.json() as PushPayload;
  } catch {
    return;
  }
  if (!payload?.title) return;
  event.waitUntil(
    self.registration.showNotification(payload.title, {
      body: payload.body,
      tag: payload.tag,
      icon: "/icons/icon-192.png",
      data: { url: payload.url },
    }),
  );
});

self.addEventListener("notificationclick", (event) => {
  event.notification.close();
  // Only the portal's own pages, whatever the payload says.
  const target = new URL((event.notification.data as { url?: string } | null)?.url ?? "/", self.location.origin);
  const url = target.origin === self.location.origin ? target.href : self.location.origin;
  event.waitUntil(
    (async () => {
      const windows = await self.clients.matchAll({ type: "window", includeUncontrolled: true });
      const open = windows.find((w) => new URL(w.url).origin === self.location.origin);
      if (open) {
        // Focus may be refused (no user activation); the window still goes to the message.
        await open.focus().catch(() => {});
        // navigate() needs a window this worker controls; otherwise a new one opens.
        if (await open.navigate(url).catch(() => null)) return;
      }
      await self.clients.openWindow(url);
    })(),
  );
});

self.addEventListener("message", (event) => {
  if ((event.data as { type?: string } | null)?.type === "SKIP_WAITING") void self.skipWaiting();
});

// The first version takes control of the open page at once (so it works offline without a
// reload); later versions wait for the user's Reload, above.
clientsClaim();
