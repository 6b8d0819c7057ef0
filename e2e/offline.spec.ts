import AxeBuilder from "@axe-core/playwright";
import type { BrowserContext, Page } from "@playwright/test";
import { expect, horizontalOverflow, signInAs, switchLanguage, test } from "./support/fixtures";
import { startDeployProxy } from "./support/deploy-proxy";
import { billingDescriptions, offlineUsers, recordedCall, seedOffline } from "./support/offline-seed";

/**
 * Offline: report copies (IndexedDB) shown with their fetch time, filters never viewed, the
 * return of the network, a recording kept and played/sought offline, sign-out emptying the
 * device, another user's sign-in, and the update prompt. Each test has its own user.
 */
test.beforeAll(async () => {
  await seedOffline();
});

async function serviceWorkerReady(page: Page) {
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
  });
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null);
}

/** Every key of the offline reports store (empty when the database is gone). */
function storedReportKeys(page: Page): Promise<string[]> {
  return page.evaluate(async () => {
    const names = (await indexedDB.databases()).map((d) => d.name);
    if (!names.includes("portal-offline")) return [];
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const r = indexedDB.open("portal-offline");
      r.onsuccess = () => resolve(r.result);
      r.onerror = () => reject(r.error);
    });
    try {
      if (!db.objectStoreNames.contains("reports")) return [];
      return await new Promise<string[]>((resolve, reject) => {
        const r = db.transaction("reports").objectStore("reports").getAllKeys();
        r.onsuccess = () => resolve(r.result.map(String));
        r.onerror = () => reject(r.error);
      });
    } finally {
      db.close();
    }
  });
}

function cacheNames(page: Page): Promise<string[]> {
  return page.evaluate(() => caches.keys());
}

async function axeViolations(page: Page) {
  const result = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "best-practice"]).analyze();
  return result.violations.map((v) => `${v.id}: ${v.help} — ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`);
}

const strings = {
  fr: {
    banner: /^Hors ligne — données du \d{1,2}(er)? \p{L}+ à \d{1,2} h \d\d/u,
    notViewed: "Ce rapport n'a pas été consulté avec ces paramètres et il n'y a pas de réseau.",
    byBilling: "Numéro de facturation",
    show: "Afficher l'historique de facturation",
    recent: "Consultés récemment",
    billingTitle: "Historique de facturation",
  },
  en: {
    banner: /^Offline — data from [A-Z][a-z]{2} \d{1,2}, \d{1,2}:\d\d [ap]\.m\./,
    notViewed: "This report was not viewed with these settings and there is no network.",
    byBilling: "Billing number",
    show: "Show the billing history",
    recent: "Recently viewed",
    billingTitle: "Billing History",
  },
};

for (const locale of ["fr", "en"] as const) {
  test(`a viewed report reads offline with its fetch time, unviewed filters say so, the network's return refreshes (${locale})`, async ({
    page,
    context,
  }) => {
    const s = strings[locale];
    await signInAs(page, locale === "fr" ? offlineUsers.olivia : offlineUsers.owen);
    if (locale === "en") await switchLanguage(page, "en");
    await serviceWorkerReady(page);
    await page.goto("/billing");
    const rows = page.getByTestId("billing-table").locator("tbody tr");
    await expect(rows).toHaveCount(3);
    const online = await rows.allInnerTexts();
    for (const d of billingDescriptions) expect(online.join("\n")).toContain(d);
    await expect.poll(async () => (await storedReportKeys(page)).some((k) => k.includes("|billing.history|"))).toBe(true);
    await expect(page.getByTestId("offline-banner")).toHaveCount(0);

    await context.setOffline(true);
    await page.reload();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(s.billingTitle);
    await expect(rows).toHaveCount(3);
    expect(await rows.allInnerTexts()).toEqual(online);
    const banner = page.getByTestId("offline-banner");
    await expect(banner.locator("strong")).toHaveText(s.banner);
    expect(await axeViolations(page)).toEqual([]);

    // Filters never fetched on this device: a plain sentence, no spinner.
    await page.getByRole("radio", { name: s.byBilling }).check();
    await page.getByRole("textbox", { name: s.byBilling }).fill("660001");
    await page.getByRole("button", { name: s.show }).click();
    await expect(banner).toContainText(s.notViewed);
    await expect(page.locator(".spinner")).toHaveCount(0);

    // The list of copies leads back to the one that was viewed.
    await banner.getByRole("link", { name: s.recent }).click();
    const entry = page.getByTestId("recently-viewed").getByRole("link").first();
    await expect(entry).toContainText(s.billingTitle);
    await expect(entry).toContainText("6601");
    expect(await axeViolations(page)).toEqual([]);
    await entry.click();
    // The copy's filters are in the page's URL, so its form shows them.
    await expect(page).toHaveURL(/\/billing\?account=6601$/);
    await expect(page.locator("#billing-account")).toHaveValue("6601");
    await expect(rows).toHaveCount(3);
    await expect(banner.locator("strong")).toHaveText(s.banner);
    // New filters on that page are asked for as usual (not the opened copy again).
    await page.getByRole("radio", { name: s.byBilling }).check();
    await page.getByRole("textbox", { name: s.byBilling }).fill("660001");
    await page.getByRole("button", { name: s.show }).click();
    await expect(banner).toContainText(s.notViewed);

    // Back online: the page loads again by itself, fresh, without the banner.
    const reloaded = page.waitForEvent("load");
    await context.setOffline(false);
    await reloaded;
    await expect(rows).toHaveCount(3);
    await expect(page.getByTestId("offline-banner")).toHaveCount(0);
    await expect(page.locator(".offline-note")).toHaveCount(0);
  });
}

/** Waits for the player (its code comes with the first play) and its audio's length, seeks to the middle and answers where it landed. */
async function seekToMiddle(page: Page, selector: string) {
  await page.locator(selector).waitFor({ state: "attached" });
  return page.evaluate(async (sel) => {
    const audio = document.querySelector<HTMLAudioElement>(sel);
    if (!audio) throw new Error(`no ${sel}`);
    audio.muted = true;
    if (!(audio.duration > 0)) {
      audio.preload = "auto";
      audio.load();
      await new Promise<void>((resolve, reject) => {
        audio.addEventListener("loadedmetadata", () => resolve(), { once: true });
        audio.addEventListener("error", () => reject(new Error(`media error ${audio.error?.code}`)), { once: true });
      });
    }
    const duration = audio.duration;
    const seeked = new Promise<void>((resolve) => audio.addEventListener("seeked", () => resolve(), { once: true }));
    audio.currentTime = duration / 2;
    await seeked;
    return { duration, currentTime: audio.currentTime };
  }, selector);
}

test("a kept recording plays and seeks offline, and is listed with its size", async ({ page, context }) => {
  test.setTimeout(90_000);
  await signInAs(page, offlineUsers.rita);
  await serviceWorkerReady(page);
  // The message's own page (from its inbox row) carries its recording's Keep offline.
  await page.goto("/messages");
  await page.getByTestId("message-row").first().click();
  await page.waitForURL("**/messages/66000001");
  const keep = page.getByTestId("keep-offline").first();
  await keep.getByRole("button", { name: "Garder hors ligne" }).click();
  await expect(keep).toContainText("Gardé hors ligne");
  expect((await cacheNames(page)).filter((n) => n.startsWith("recordings-"))).toHaveLength(1);

  await context.setOffline(true);
  await page.reload();
  await expect(page.getByTestId("offline-banner")).toBeVisible();
  await page.getByRole("button", { name: "Écouter l'enregistrement" }).first().click();
  const played = await seekToMiddle(page, '[data-testid="mini-player"] audio');
  expect(played.duration).toBeGreaterThan(19);
  expect(played.currentTime).toBeGreaterThan(8);
  // The service worker answers ranges from the kept file.
  const partial = await page.evaluate(async (n) => {
    const res = await fetch(`/recordings/${n}`, { headers: { range: "bytes=100-199" } });
    return { status: res.status, bytes: (await res.arrayBuffer()).byteLength, range: res.headers.get("content-range") };
  }, recordedCall);
  expect(partial).toEqual({ status: 206, bytes: 100, range: `bytes 100-199/${44 + 8000 * 20 * 2}` });

  // "On this device": the kept recording, its size, playable from there too; then removed.
  await page.getByRole("link", { name: "Sur cet appareil" }).click();
  const kept = page.getByTestId("kept-recordings");
  await expect(kept).toContainText(`Appel ${recordedCall}`);
  await expect(kept).toContainText("312,5 Ko");
  await expect(page.getByTestId("kept-total")).toContainText("1 enregistrement gardé : 312,5 Ko");
  await kept.getByRole("button", { name: `Enregistrement de l'appel ${recordedCall}` }).click();
  const fromPanel = await seekToMiddle(page, '[data-testid="mini-player"] audio');
  expect(fromPanel.currentTime).toBeGreaterThan(8);
  expect(await axeViolations(page)).toEqual([]);
  await kept.getByRole("button", { name: `Retirer l'appel ${recordedCall} de cet appareil` }).click();
  await expect(page.getByText("Aucun enregistrement n'est gardé sur cet appareil.")).toBeVisible();
  await context.setOffline(false);
});

async function keepSomething(page: Page) {
  await page.goto("/billing");
  await expect(page.getByTestId("billing-table").locator("tbody tr")).toHaveCount(3);
  // The message's own page (from its inbox row) carries its recording's Keep offline.
  await page.goto("/messages");
  await page.getByTestId("message-row").first().click();
  await page.waitForURL("**/messages/66000001");
  const keep = page.getByTestId("keep-offline").first();
  await keep.getByRole("button").first().click();
  await expect(keep.locator(".keep-offline__done")).toBeVisible();
  await expect.poll(async () => (await storedReportKeys(page)).length).toBeGreaterThan(1);
}

test("signing out leaves nothing of the user on the device", async ({ page, context }) => {
  await signInAs(page, offlineUsers.sam);
  await switchLanguage(page, "en");
  await serviceWorkerReady(page);
  await keepSomething(page);
  expect((await cacheNames(page)).filter((n) => n.startsWith("recordings-"))).toHaveLength(1);

  await page.getByRole("button", { name: "Sign out" }).click();
  await page.waitForURL(/\/sign-in/);
  await context.setOffline(true);
  expect(await storedReportKeys(page)).toEqual([]);
  expect((await cacheNames(page)).filter((n) => !n.startsWith("workbox-precache"))).toEqual([]);
  const local = await page.evaluate(() => JSON.stringify(localStorage));
  expect(local).not.toContain("portal.cache.");
  expect(local).not.toContain("portal.offline");
  await page.goto("/billing");
  const html = await page.content();
  for (const d of billingDescriptions) expect(html).not.toContain(d);
  expect(html).not.toContain("Boulangerie");
  await context.setOffline(false);
});

test("a sign-out made offline empties the device and ends the session once the network returns", async ({ page, context }) => {
  await signInAs(page, offlineUsers.vincent);
  await serviceWorkerReady(page);
  await page.goto("/billing");
  await expect(page.getByTestId("billing-table").locator("tbody tr")).toHaveCount(3);
  await expect.poll(async () => (await storedReportKeys(page)).length).toBeGreaterThan(0);
  await context.setOffline(true);
  await page.getByRole("button", { name: "Sortie" }).click();
  await page.waitForURL(/\/sign-in/);
  expect(await storedReportKeys(page)).toEqual([]);
  await context.setOffline(false);
  // The session cookie is HttpOnly: only the server can end it, and it is told now.
  await page.goto("/billing");
  await page.waitForURL(/\/sign-in/);
  await expect(page.getByRole("button", { name: "Entrez / Enter" })).toBeVisible();
  const status = await page.evaluate(async () => (await fetch("/trpc/session.me")).status);
  expect(status).toBe(401);
});

test("another user signing in on the device never sees the first one's copies", async ({ page, context }) => {
  await signInAs(page, offlineUsers.tess);
  await serviceWorkerReady(page);
  await keepSomething(page);
  await expect.poll(async () => (await storedReportKeys(page)).some((k) => k.includes("|billing.history|"))).toBe(true);
  const tessKeys = await storedReportKeys(page);
  const tessCaches = (await cacheNames(page)).filter((n) => n.startsWith("recordings-"));
  expect(tessCaches).toHaveLength(1);
  // Tess's session ends without a sign-out on this device (expired elsewhere); Rita signs in.
  await context.clearCookies();
  await signInAs(page, offlineUsers.rita);
  await page.goto("/offline");
  await expect(page.getByText("Aucun rapport n'a été consulté récemment sur cet appareil.")).toBeVisible();
  await expect(page.getByText("Aucun enregistrement n'est gardé sur cet appareil.")).toBeVisible();
  await expect.poll(async () => (await storedReportKeys(page)).filter((k) => tessKeys.includes(k))).toEqual([]);
  const names = await cacheNames(page);
  for (const name of tessCaches) expect(names).not.toContain(name);
});

test("a deployed update offers to reload, and accepting keeps the device's copies", async ({ page, baseURL }) => {
  const front = await startDeployProxy(baseURL!);
  try {
    await signInAs(page, offlineUsers.ursula, `${front.url}/sign-in`);
    await serviceWorkerReady(page);
    await page.goto(`${front.url}/billing`);
    await expect(page.getByTestId("billing-table").locator("tbody tr")).toHaveCount(3);
    await page.goto(`${front.url}/messages/66000001`);
    await page.getByTestId("keep-offline").first().getByRole("button").first().click();
    await expect(page.getByTestId("keep-offline").first()).toContainText("Gardé hors ligne");
    await expect.poll(async () => (await storedReportKeys(page)).length).toBeGreaterThan(1);
    const before = await storedReportKeys(page);

    front.deploy();
    // What the app does by itself every hour (UpdatePrompt), done now.
    await page.evaluate(async () => {
      await (await navigator.serviceWorker.getRegistration())?.update();
    });
    const prompt = page.locator(".toast").filter({ hasText: "Une nouvelle version est disponible." });
    await expect(prompt).toBeVisible();
    expect(await axeViolations(page)).toEqual([]);
    const reloaded = page.waitForEvent("load");
    await prompt.getByRole("button", { name: "Recharger" }).click();
    await reloaded;
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Message 66000001");
    await expect(page.locator(".toast")).toHaveCount(0);
    expect(await storedReportKeys(page)).toEqual(expect.arrayContaining(before));
    expect((await cacheNames(page)).filter((n) => n.startsWith("recordings-"))).toHaveLength(1);
    await expect(page.getByTestId("keep-offline").first()).toContainText("Gardé hors ligne");
  } finally {
    await page.close();
    await front.close();
  }
});

for (const width of [360, 1280]) {
  test(`the offline pages are designed at ${width} px in both languages`, async ({ page, context }) => {
    test.setTimeout(120_000);
    await page.setViewportSize({ width, height: 800 });
    await signInAs(page, width === 360 ? offlineUsers.owen : offlineUsers.tess);
    await serviceWorkerReady(page);
    await page.goto("/billing");
    await expect(page.getByTestId("billing-table").locator("tbody tr")).toHaveCount(3);
    await expect.poll(async () => (await storedReportKeys(page)).length).toBeGreaterThan(0);
    for (const locale of ["fr", "en"] as const) {
      // A page under the offline banner loads itself again when the network returns: let it.
      const reloaded = (await page.getByTestId("offline-banner").count()) > 0 ? page.waitForEvent("load") : null;
      await context.setOffline(false);
      await reloaded;
      await page.goto("/recordings");
      await switchLanguage(page, locale);
      // The recorder's player carries "Keep offline" in its own row.
      await page.locator(`tr[data-call="${recordedCall}"] .rec-play, [data-call="${recordedCall}"] .rec-play`).first().click();
      const player = page.getByTestId("mini-player");
      await expect(player.getByTestId("keep-offline")).toBeVisible();
      expect(await horizontalOverflow(page), `/recordings ${locale}`).toBeLessThanOrEqual(0);
      expect(await axeViolations(page), `/recordings ${locale}`).toEqual([]);
      await page.screenshot({ path: `/tmp/shots/offline-recorder-player-${locale}-${width}.png`, fullPage: true });
      await context.setOffline(true);
      for (const path of ["/billing", "/offline", "/statistics"]) {
        await page.goto(path);
        await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
        await page.waitForTimeout(300);
        expect(await horizontalOverflow(page), `${path} ${locale}`).toBeLessThanOrEqual(0);
        expect(await axeViolations(page), `${path} ${locale}`).toEqual([]);
        await page.screenshot({ path: `/tmp/shots/offline-${path.slice(1)}-${locale}-${width}.png`, fullPage: true });
      }
    }
    await context.setOffline(false);
  });
}
