import AxeBuilder from "@axe-core/playwright";
import type { Page, TestInfo } from "@playwright/test";
import { expect, openFilters, test } from "./support/fixtures";
import { offlineUsers, recordedCall } from "./support/offline-seed";

/**
 * Offline after an online visit, as a user on the move meets it, in both languages at phone and
 * desktop widths: the recorder's search is listed in "Recently viewed" (once), Home's links
 * reopen each section with its last filters, the banner says those filters in words, Statistics
 * shows its copy (never the error card), a recording not kept says it needs the network; the
 * delivery history is in the page's language; "ready offline" comes only after sign-in and goes
 * by itself. axe on every state.
 */

const strings = {
  fr: {
    ready: "Le portail est prêt à fonctionner hors ligne.",
    sinceMidnight: "Depuis minuit",
    search: "Récupérer les appels",
    home: "Accueil",
    recorder: "Enregistreur d'appels",
    statistics: "Statistiques",
    recent: "Consultés récemment",
    recorderWords: "Depuis minuit · Compte 6601",
    needsNetwork: "Cet enregistrement n'est pas gardé sur cet appareil : il faut le réseau pour l'écouter.",
    events: [
      "Envoi du courriel à commandes@boulangerie.ca amorcé",
      "Courriel envoyé à commandes@boulangerie.ca",
      "Texto envoyé au 450-555-0199",
      "Message remis",
      "Rappel demandé par le client",
      "Message pris",
    ],
    history: "Historique d'envoi",
    viewedBy: "Consulté dans le portail par ",
  },
  en: {
    ready: "The portal is ready to work offline.",
    sinceMidnight: "Since midnight",
    search: "Retrieve calls",
    home: "Home",
    recorder: "Call Recorder",
    statistics: "Statistics",
    recent: "Recently viewed",
    recorderWords: "Since midnight · Account 6601",
    needsNetwork: "This recording is not kept on this device: listening to it needs the network.",
    events: [
      "Email initiated to commandes@boulangerie.ca",
      "Email sent to commandes@boulangerie.ca",
      "Text message sent to 450-555-0199",
      "Delivered",
      "Rappel demandé par le client",
      "Taken",
    ],
    history: "Delivery history",
    viewedBy: "Viewed in the portal by ",
  },
};

const cases = [
  { locale: "fr", width: 360, user: offlineUsers.gaelle },
  { locale: "fr", width: 1280, user: offlineUsers.gilles },
  { locale: "en", width: 360, user: offlineUsers.grace },
  { locale: "en", width: 1280, user: offlineUsers.gordon },
] as const;

async function axeViolations(page: Page) {
  const result = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "best-practice"]).analyze();
  return result.violations.map((v) => `${v.id}: ${v.help} — ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`);
}

async function storedPaths(page: Page): Promise<string[]> {
  return page.evaluate(async () => {
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const r = indexedDB.open("portal-offline");
      r.onsuccess = () => resolve(r.result);
      r.onerror = () => reject(r.error);
    });
    if (!db.objectStoreNames.contains("reports")) return [];
    const keys = await new Promise<IDBValidKey[]>((resolve) => {
      const r = db.transaction("reports").objectStore("reports").getAllKeys();
      r.onsuccess = () => resolve(r.result);
    });
    db.close();
    return keys.map((k) => String(k).split("|")[1]!);
  });
}

async function shot(page: Page, info: TestInfo, name: string) {
  await page.screenshot({ path: info.outputPath(`${name}.png`), fullPage: true });
}

for (const { locale, width, user } of cases) {
  test(`offline after an online visit, without gaps (${locale}, ${width} px)`, async ({ page, context }, info) => {
    test.setTimeout(180_000);
    const s = strings[locale];
    await page.setViewportSize({ width, height: width === 360 ? 740 : 800 });

    // The service worker installs on the sign-in page: no "ready offline" there, nobody to tell.
    await page.goto("/sign-in");
    await page.evaluate(async () => {
      await navigator.serviceWorker.ready;
    });
    await page.waitForTimeout(500);
    await expect(page.locator(".toast")).toHaveCount(0);
    await page.getByLabel("Nom / User Name").fill(user.username);
    await page.getByLabel("Mot de passe / Password").fill(user.password);
    await page.getByRole("button", { name: "Entrez / Enter" }).click();
    await page.waitForURL((url) => !url.pathname.startsWith("/sign-in"));
    await expect(page.locator("html")).toHaveAttribute("lang", locale);
    // Once signed in: said in the user's language, then gone by itself.
    const ready = page.getByTestId("offline-ready");
    await expect(ready).toHaveText(new RegExp(s.ready.replace(/[.]/g, "\\.")));
    await expect(ready).toHaveCount(0, { timeout: 15_000 });
    await page.waitForFunction(() => navigator.serviceWorker.controller !== null);

    // Online: a recorder search since midnight, today's messages, the statistics.
    await page.goto("/recordings");
    await expect(page.locator(`tr[data-call="${recordedCall}"]`)).toBeVisible();
    // On a phone the form folds once results are shown.
    await openFilters(page);
    await page.getByRole("radio", { name: s.sinceMidnight }).check();
    // Its answer kept on the device before leaving (the row is already there from the opening list).
    const answered = page.waitForResponse((r) => r.url().includes("/trpc/recordings.search") && decodeURIComponent(r.url()).includes("sinceMidnight"));
    await page.getByRole("button", { name: s.search }).click();
    await expect(page).toHaveURL(/period=sinceMidnight/);
    await answered;
    await expect(page.locator(".report-data__shown")).toHaveAttribute("data-stale", "false");
    const row = page.locator(`tr[data-call="${recordedCall}"]`);
    await expect(row).toBeVisible();
    await page.goto("/messages");
    // Messages are inbox rows: the history is on the card a row opens.
    await page.getByTestId("message-row").first().click();
    const card = page.getByTestId("message-card").first();
    await expect(card.getByText(s.history)).toBeVisible();
    // The switch's English events, in the page's language; a line it does not know, as it came;
    // opening the card also records the reader's visit, once (the other cases' readers open it too).
    const events = card.locator(".msg-history__event");
    await expect(events.filter({ hasNotText: s.viewedBy })).toHaveText(s.events);
    await expect(events.filter({ hasText: `${s.viewedBy}${(user as { name: string }).name}` })).toHaveCount(1);
    expect(await axeViolations(page)).toEqual([]);
    await shot(page, info, "history");
    await page.goto("/statistics");
    await expect(page.getByTestId("statistics-heading")).toBeVisible();
    await expect
      .poll(async () => {
        const paths = await storedPaths(page);
        return paths.includes("statistics.figures") && paths.includes("statistics.charts") && paths.includes("recordings.search");
      })
      .toBe(true);

    // Offline from here on; moving about inside the app as a user does.
    await context.setOffline(true);
    await page.getByRole("link", { name: s.home, exact: true }).first().click();
    const recorderLink = page.locator(".section-card__link").filter({ hasText: s.recorder });
    await expect(recorderLink).toHaveAttribute("href", /^\/recordings\?.*period=sinceMidnight/);
    expect(await axeViolations(page)).toEqual([]);
    await recorderLink.click();
    await expect(row).toBeVisible();
    const banner = page.getByTestId("offline-banner");
    await expect(banner.locator(".offline-banner__filters")).toHaveText(s.recorderWords);
    await expect(banner).not.toContainText(/period|custom|T\d\d:|sinceMidnight/);
    expect(await axeViolations(page)).toEqual([]);
    await shot(page, info, "recorder-offline");

    // Its recording was not kept: the player says what it needs.
    await row.locator("button").first().click();
    await expect(page.getByTestId("mini-player").getByTestId("needs-network")).toHaveText(s.needsNetwork);
    expect(await axeViolations(page)).toEqual([]);
    await shot(page, info, "player-offline");
    await page.getByTestId("mini-player").locator("button").last().click();

    // Statistics: its copy, not the error card.
    await page.getByRole("link", { name: s.home, exact: true }).first().click();
    await page.locator(".section-card__link").filter({ hasText: s.statistics }).click();
    await expect(page.getByTestId("statistics-heading")).toBeVisible();
    await expect(page.locator(".page-error")).toHaveCount(0);
    await expect(banner.locator(".offline-banner__filters")).toContainText(locale === "fr" ? " au " : " to ");
    expect(await axeViolations(page)).toEqual([]);
    await shot(page, info, "statistics-offline");

    // Recently viewed: the recorder's search is there, and nothing twice.
    await banner.getByRole("link", { name: s.recent }).click();
    const entries = page.getByTestId("recently-viewed").getByRole("link");
    // Two searches were made there (the opening one, then since midnight): two entries, each once.
    await expect(entries.filter({ hasText: s.recorder })).toHaveCount(2);
    await expect(entries.filter({ hasText: s.recorderWords })).toHaveCount(1);
    await expect(entries.filter({ hasText: s.statistics })).toHaveCount(1);
    const texts = await entries.allInnerTexts();
    expect(new Set(texts.map((t) => t.split("\n").slice(0, 2).join("|"))).size).toBe(texts.length);
    expect(await axeViolations(page)).toEqual([]);
    await shot(page, info, "recently-viewed");
    await context.setOffline(false);
  });
}
