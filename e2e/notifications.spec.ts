import AxeBuilder from "@axe-core/playwright";
import type { BrowserContext, Page } from "@playwright/test";
import { connect } from "../db/connection";
import { decryptPush, type DeviceKeys, makeDeviceKeys } from "../server/push/testing/push-decryption";
import { startPushService } from "../server/push/testing/push-service";
import { expect, signInAs, test } from "./support/fixtures";
import { liam, lina, liveAccount, liveToken, seedLive } from "./support/live-seed";

/**
 * Web Push on "On this device" (docs/notifications.md). Headless Chromium has no push service
 * of its own, so the browser's PushManager is replaced by one answering a subscription on this
 * spec's push service (127.0.0.1) with keys the spec holds: everything else is real — the card,
 * the tRPC calls, the portal's encrypted push, the service worker's `push` (delivered through
 * the DevTools protocol) and `notificationclick` handlers.
 */
let push: Awaited<ReturnType<typeof startPushService>>;
let token: string;
let nextId = 45_000_000 + (Date.now() % 1_000_000);

test.beforeAll(async () => {
  await seedLive();
  token = await liveToken(`e2e-notifications-${process.pid}`);
  push = await startPushService();
});
test.afterAll(() => push.close());

async function violations(page: Page) {
  const result = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "best-practice"]).analyze();
  return result.violations.map((v) => `${v.id}: ${v.help} — ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`);
}

/** The browser's PushManager, answering with a subscription on the spec's push service. */
async function fakePushManager(context: BrowserContext, device: string, keys: DeviceKeys) {
  await context.addInitScript(
    ({ endpoint, p256dh, auth }) => {
      const flag = "e2e-push-subscribed";
      const subscription = {
        endpoint,
        expirationTime: null,
        options: { userVisibleOnly: true },
        toJSON: () => ({ endpoint, expirationTime: null, keys: { p256dh, auth } }),
        unsubscribe: async () => (localStorage.removeItem(flag), true),
      };
      PushManager.prototype.getSubscription = async () => (localStorage.getItem(flag) ? (subscription as unknown as PushSubscription) : null);
      PushManager.prototype.subscribe = async () => (localStorage.setItem(flag, "1"), subscription as unknown as PushSubscription);
    },
    { endpoint: push.endpoint(device), p256dh: keys.p256dh, auth: keys.auth },
  );
}

async function ingestMessage(base: string, accountNumber: number) {
  const messageId = nextId++;
  const record = { type: "message", messageId, accountNumber, callNumber: null, takenAt: new Date().toISOString(), agent: "MCL", title: `Fuite d'eau ${messageId}`, fields: [], history: [] };
  const res = await fetch(`${base}/ingest`, { method: "POST", headers: { authorization: `Bearer ${token}` }, body: JSON.stringify(record) });
  expect(res.status).toBe(200);
  return messageId;
}

async function subscriptionsOf(endpoint: string) {
  const db = connect(process.env.E2E_DATABASE_URL!, { max: 1 });
  try {
    return await db.selectFrom("push_subscriptions").select(["accounts", "include_title"]).where("endpoint", "=", endpoint).execute();
  } finally {
    await db.destroy();
  }
}

const words = {
  fr: { off: "Les notifications sont désactivées sur cet appareil.", on: "Les notifications sont activées sur cet appareil.", turnOn: "Activer les notifications", save: "Enregistrer", saved: "Enregistré.", turnOff: "Désactiver", title: "Afficher le titre du message dans la notification", ios: /iOS 16\.4/ },
  en: { off: "Notifications are off for this device.", on: "Notifications are on for this device.", turnOn: "Turn on notifications", save: "Save", saved: "Saved.", turnOff: "Turn off", title: "Show the message's title in the notification", ios: /iOS 16\.4/ },
};

for (const [locale, user] of [["fr", lina], ["en", liam]] as const) {
  for (const width of [360, 1280]) {
    test(`the Notifications card at ${width} px in ${locale}: off, on, saved, off again; axe finds nothing`, async ({ page, context }) => {
      const device = `card-${locale}-${width}-${Date.now()}`;
      await context.grantPermissions(["notifications"]);
      await fakePushManager(context, device, makeDeviceKeys());
      await page.setViewportSize({ width, height: 800 });
      await signInAs(page, user);
      await page.goto("/offline");
      const w = words[locale];
      const card = page.getByTestId("device-notifications");
      await expect(card.getByTestId("push-status")).toHaveText(w.off);
      await expect(card.getByTestId("push-ios")).toHaveText(w.ios);
      await expect(card.getByRole("checkbox", { name: `${liveAccount} — Directe — Urgences` })).toBeChecked();
      expect(await violations(page)).toEqual([]);

      await card.getByRole("button", { name: w.turnOn }).click();
      await expect(card.getByTestId("push-status")).toHaveText(w.on);
      expect(await subscriptionsOf(push.endpoint(device))).toEqual([{ accounts: [liveAccount], include_title: false }]);
      await card.getByRole("checkbox", { name: w.title }).check();
      await card.getByRole("button", { name: w.save }).click();
      await expect(card.getByText(w.saved)).toBeVisible();
      expect(await subscriptionsOf(push.endpoint(device))).toEqual([{ accounts: [liveAccount], include_title: true }]);
      expect(await violations(page)).toEqual([]);

      // A reload shows this device's own choices.
      await page.reload();
      await expect(card.getByTestId("push-status")).toHaveText(w.on);
      await expect(card.getByRole("checkbox", { name: w.title })).toBeChecked();
      await card.getByRole("button", { name: w.turnOff }).click();
      await expect(card.getByTestId("push-status")).toHaveText(w.off);
      expect(await subscriptionsOf(push.endpoint(device))).toEqual([]);

      // Offline: said, and nothing to press.
      await context.setOffline(true);
      await expect(card.getByTestId("push-needs-network")).toBeVisible();
      await expect(card.getByRole("button", { name: w.turnOn })).toBeDisabled();
      expect(await violations(page)).toEqual([]);
      await context.setOffline(false);
      await expect(card.getByRole("button", { name: w.turnOn })).toBeEnabled();
    });
  }
}

test("blocked, unsupported, and Safari on an iPhone: each said plainly; axe finds nothing", async ({ browser, baseURL }) => {
  const cases = [
    { name: "denied", init: "Object.defineProperty(Notification, 'permission', { get: () => 'denied' })", text: /bloquées dans les réglages/ },
    { name: "unsupported", init: "delete window.PushManager", text: /ne peut pas recevoir de notifications/ },
    { name: "ios", init: "", text: null, userAgent: "Mozilla/5.0 (iPhone; CPU iPhone OS 17_4 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.4 Mobile/15E148 Safari/604.1" },
  ];
  for (const c of cases) {
    const context = await browser.newContext({ baseURL, viewport: { width: 360, height: 800 }, userAgent: c.userAgent, locale: "fr-CA" });
    try {
      await context.addInitScript("globalThis.__name = (f) => f");
      if (c.init) await context.addInitScript(c.init);
      const page = await context.newPage();
      await signInAs(page, lina);
      await page.goto("/offline");
      const card = page.getByTestId("device-notifications");
      await expect(card.getByTestId("push-ios")).toBeVisible();
      if (c.text) await expect(card.getByTestId(`push-${c.name}`)).toHaveText(c.text);
      // No form where the browser cannot subscribe.
      await expect(card.getByRole("button", { name: "Activer les notifications" })).toHaveCount(0);
      expect(await violations(page), c.name).toEqual([]);
    } finally {
      await context.close();
    }
  }
});

test("a message taken: the portal pushes it, the service worker shows it, a tap opens it; sign-out removes the device", async ({ page, context, baseURL }) => {
  const device = `flow-${Date.now()}`;
  const keys = makeDeviceKeys();
  await context.grantPermissions(["notifications"]);
  await fakePushManager(context, device, keys);
  await signInAs(page, lina);
  await page.goto("/offline");
  await page.waitForFunction(async () => {
    await navigator.serviceWorker.ready;
    return navigator.serviceWorker.controller !== null;
  });
  await page.getByRole("button", { name: "Activer les notifications" }).click();
  await expect(page.getByTestId("push-status")).toHaveText("Les notifications sont activées sur cet appareil.");

  const messageId = await ingestMessage(baseURL!, liveAccount);
  const [received] = await push.pushesTo(device, 1, 5000);
  expect(received, "the portal sent a push").toBeDefined();
  const payload = decryptPush(received!.body, keys);
  expect(JSON.parse(payload)).toEqual({ title: `Nouveau message — compte ${liveAccount}`, url: `/messages/${messageId}`, tag: `message-${messageId}` });

  // The push service's part: hand the decrypted payload to the service worker.
  const cdp = await context.newCDPSession(page);
  const registrationId = new Promise<string>((resolve) =>
    cdp.on("ServiceWorker.workerRegistrationUpdated", ({ registrations }) => {
      const live = registrations.find((r: { isDeleted: boolean }) => !r.isDeleted);
      if (live) resolve(live.registrationId);
    }),
  );
  await cdp.send("ServiceWorker.enable");
  await cdp.send("ServiceWorker.deliverPushMessage", { origin: new URL(baseURL!).origin, registrationId: await registrationId, data: payload });
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent("serviceworker"));
  await expect
    .poll(() =>
      worker.evaluate(async () =>
        (await (self as unknown as ServiceWorkerGlobalScope).registration.getNotifications()).map((n) => ({ title: n.title, body: n.body, tag: n.tag, data: n.data })),
      ),
    )
    .toEqual([{ title: `Nouveau message — compte ${liveAccount}`, body: "", tag: `message-${messageId}`, data: { url: `/messages/${messageId}` } }]);

  // The tap: a notificationclick in the worker, as the browser would dispatch it.
  await worker.evaluate(async () => {
    const scope = self as unknown as ServiceWorkerGlobalScope;
    const [notification] = await scope.registration.getNotifications();
    scope.dispatchEvent(new NotificationEvent("notificationclick", { notification: notification! }));
  });
  await page.waitForURL(`**/messages/${messageId}`);
  await expect(page.getByText(`Fuite d'eau ${messageId}`)).toBeVisible();
  await expect.poll(() => worker.evaluate(async () => (await (self as unknown as ServiceWorkerGlobalScope).registration.getNotifications()).length)).toBe(0);

  await page.getByRole("button", { name: "Sortie" }).click();
  await page.waitForURL("**/sign-in");
  expect(await subscriptionsOf(push.endpoint(device))).toEqual([]);
  expect(await page.evaluate(() => localStorage.getItem("e2e-push-subscribed"))).toBeNull();
});
