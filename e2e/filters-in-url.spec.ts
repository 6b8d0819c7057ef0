import { mkdirSync } from "node:fs";
import AxeBuilder from "@axe-core/playwright";
import type { Page } from "@playwright/test";
import { previousCycle, currentCycle } from "../shared/billing-cycle";
import { addDays } from "../shared/time-zone";
import { billingUsers, seedBilling } from "./support/billing-seed";
import { expect, horizontalOverflow, signInAs, switchLanguage, test } from "./support/fixtures";

const shots = process.env.SHOTS_DIR ?? "/tmp/shots";
const zone = "America/Toronto";

test.beforeAll(async () => {
  await seedBilling();
});

/** Billable calls, searched from the form: the previous cycle, account 5202 only (the URL then names them). */
async function searchPreviousCycleOf5202(page: Page) {
  await page.goto("/billable");
  await expect(page.getByTestId("billable-totals")).toBeVisible();
  await page.getByLabel("Compte", { exact: true }).selectOption("5202");
  await page.getByRole("button", { name: "Cycle précédent" }).click();
  const previous = previousCycle(currentCycle(zone));
  await expect(page).toHaveURL(new RegExp(`/billable\\?from=${previous.start}&to=${previous.end}&account=5202$`));
  return previous;
}

async function axe(page: Page) {
  const result = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "best-practice"]).analyze();
  expect(result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`)).toEqual([]);
}

test("applied filters live in the URL: a reload shows the same filters and results (billable calls, billing)", async ({ page }) => {
  await signInAs(page, billingUsers.bianca);

  const previous = await searchPreviousCycleOf5202(page);
  // The previous results stay on screen, marked stale, until the new ones arrive: read those.
  await expect(page.locator(".report-data")).toHaveAttribute("aria-busy", "false");
  await expect(page.locator("[data-stale]")).toHaveAttribute("data-stale", "false");
  const calls = await page.getByTestId("total-calls").textContent();
  const period = await page.getByTestId("billable-period").textContent();
  await page.reload();
  await expect(page.getByTestId("billable-period")).toHaveText(period!);
  await expect(page.getByTestId("total-calls")).toHaveText(calls!);
  await expect(page.getByLabel("Du", { exact: true })).toHaveValue(previous.start);
  await expect(page.getByLabel("Au", { exact: true })).toHaveValue(previous.end);
  await expect(page.getByLabel("Compte", { exact: true })).toHaveValue("5202");
  // Only 5202's calls: the Account column is not there.
  await expect(page.getByTestId("billable-table").getByRole("columnheader", { name: "Compte" })).toHaveCount(0);

  // Billing history: by billing number.
  await page.goto("/billing");
  await expect(page.getByTestId("billing-for")).toBeVisible();
  await page.getByLabel("Numéro de facturation").first().check();
  await page.getByRole("textbox", { name: "Numéro de facturation" }).fill("120045");
  await page.getByRole("button", { name: "Afficher l'historique de facturation" }).click();
  await expect(page).toHaveURL(/\/billing\?billing=120045$/);
  await expect(page.getByTestId("billing-table")).toBeVisible();
  const rows = await page.getByTestId("billing-table").locator("tbody tr").count();
  await page.reload();
  await expect(page.getByRole("textbox", { name: "Numéro de facturation" })).toHaveValue("120045");
  await expect(page.getByTestId("billing-table").locator("tbody tr")).toHaveCount(rows);
});

test("a link fills the form; a bad link falls back to the page's defaults", async ({ page }) => {
  await signInAs(page, billingUsers.bianca);
  await page.goto("/statistics?from=2026-01-05&to=2026-01-09&weekday=mon&after=08:00&agent=ELD");
  const form = page.getByTestId("statistics-filters");
  // Out of the retention window: the page's defaults (today), not an error.
  await expect(form.getByLabel("Du", { exact: true })).not.toHaveValue("2026-01-05");

  const today = await form.getByLabel("Du", { exact: true }).inputValue();
  await page.goto(`/statistics?from=${today}&to=${today}&weekday=mon&after=08:00&agent=ELD&minHold=abc`);
  await expect(form.getByLabel("Jour de la semaine")).toHaveValue("1");
  await expect(form.getByLabel("Après")).toHaveValue("08:00");
  await expect(page.getByTestId("statistics-heading")).toContainText("lundi");
  await expect(page.locator("#stats-agent")).toHaveValue("ELD");
  await expect(page.locator("#stats-minHold")).toHaveValue("0");

  await page.goto("/recordings?period=sinceMidnight&agent=ELD&sort=agent&direction=asc");
  await expect(page.getByRole("radio", { name: "Depuis minuit" })).toBeChecked();
  await expect(page.locator("#rec-agent")).toHaveValue("ELD");
  await expect(page.getByTestId("recordings-count")).toBeVisible();

  // Messages' default is the whole retention window, up to today.
  await page.goto("/messages?from=2026-02-30&to=x");
  await expect(page.getByLabel("Du", { exact: true })).toHaveValue(addDays(today, -60));
  await expect(page.getByLabel("Au", { exact: true })).toHaveValue(today);
});

test.describe("header at 360 px", () => {
  test.use({ viewport: { width: 360, height: 740 } });

  test("one row, no overflow; the menu opens and closes by keyboard; axe with it open", async ({ page }) => {
    await signInAs(page, billingUsers.boris);
    for (const locale of ["fr", "en"] as const) {
      await switchLanguage(page, locale);
      await page.goto("/billable");
      await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
      expect(await horizontalOverflow(page)).toBeLessThanOrEqual(0);
      const header = page.locator(".site-header");
      expect((await header.boundingBox())!.height).toBeLessThan(72);
      const home = page.getByRole("link", { name: locale === "fr" ? "Accueil" : "Home", exact: true });
      const signOut = page.getByRole("button", { name: locale === "fr" ? "Sortie" : "Sign out" });
      const menu = page.getByRole("button", { name: "Menu" });
      const french = page.getByRole("button", { name: "Français" });
      const tops = await Promise.all([home, menu, signOut, french].map(async (l) => (await l.boundingBox())!.y));
      expect(Math.max(...tops) - Math.min(...tops)).toBeLessThan(12);
      const password = page.getByRole("link", { name: locale === "fr" ? "Mot de passe" : "Password" });
      const device = page.getByRole("link", { name: locale === "fr" ? "Sur cet appareil" : "On this device" });
      await expect(password).toBeHidden();

      await menu.focus();
      await page.keyboard.press("Enter");
      await expect(menu).toHaveAttribute("aria-expanded", "true");
      await expect(password).toBeVisible();
      await expect(device).toBeVisible();
      await axe(page);
      await page.keyboard.press("Tab");
      await expect(password).toBeFocused();
      await page.keyboard.press("Escape");
      await expect(menu).toHaveAttribute("aria-expanded", "false");
      await expect(menu).toBeFocused();
      await expect(password).toBeHidden();

      await page.keyboard.press("Space");
      await page.keyboard.press("Tab");
      await page.keyboard.press("Tab");
      await expect(device).toBeFocused();
      await page.keyboard.press("Enter");
      await expect(page).toHaveURL(/\/offline$/);
      await expect(menu).toHaveAttribute("aria-expanded", "false");
      await expect(device).toBeHidden();
    }
    await switchLanguage(page, "fr");
  });
});

test("screenshots: header and a page with filters, 360 and 1280 px, both languages", async ({ page }) => {
  mkdirSync(shots, { recursive: true });
  await signInAs(page, billingUsers.bruce);
  for (const locale of ["fr", "en"] as const) {
    await switchLanguage(page, locale);
    for (const width of [360, 1280]) {
      await page.setViewportSize({ width, height: width === 360 ? 740 : 800 });
      await page.goto("/billable?from=2026-11-01&to=2026-11-19&account=5201");
      await expect(page.getByTestId("billable-totals")).toBeVisible();
      await page.screenshot({ path: `${shots}/filters-url-billable-${locale}-${width}.png`, fullPage: true });
      if (width === 360) {
        await page.getByRole("button", { name: "Menu" }).click();
        await page.screenshot({ path: `${shots}/filters-url-menu-${locale}-${width}.png` });
      }
    }
  }
  await switchLanguage(page, "fr");
});

test.describe("before the service worker keeps the files", () => {
  // Once it does, the checks come from its copy and the network is never asked.
  test.use({ serviceWorkers: "block" });

  test("a link naming filters is checked by the server: its first view does without the page's checks", async ({ page }) => {
    await signInAs(page, billingUsers.bianca);
    const fetched: string[] = [];
    page.on("request", (request) => {
      if (/\/assets\/check-filters-[^/]*\.js$/.test(request.url())) fetched.push(request.url());
    });
    const previous = previousCycle(currentCycle(zone));
    await page.goto(`/billable?from=${previous.start}&to=${previous.end}&account=5202`);
    await expect(page.getByLabel("Du", { exact: true })).toHaveValue(previous.start);
    await expect(page.getByLabel("Compte", { exact: true })).toHaveValue("5202");
    await expect(page.getByTestId("billable-totals")).toBeVisible();
    expect(fetched).toEqual([]);
  });

  test("the server out of reach, Home's link is checked on the device, though the page starts waiting while its route's check is still out", async ({ page }) => {
    await signInAs(page, billingUsers.bianca);
    // A search online: Home's link to the section names it, and its answer is kept on the device.
    const previous = await searchPreviousCycleOf5202(page);
    await expect(page.locator("[data-stale]")).toHaveAttribute("data-stale", "false");
    // A new document, without the checks.
    await page.goto("/");
    const link = page.locator(".section-card__link").filter({ hasText: "Appels facturables" });
    await expect(link).toHaveAttribute("href", `/billable?from=${previous.start}&to=${previous.end}&account=5202`);

    // From here the server is out of reach (the page's files still come), and the checks' file is
    // held until well after the route's preload and the page's own wait have both asked for the
    // link's check: the page must wait for that one check, not start one of its own.
    const asked: string[] = [];
    await page.route(/\/trpc\//, (route) => {
      if (new URL(route.request().url()).pathname === "/trpc/links.check") asked.push(route.request().url());
      return route.abort("internetdisconnected");
    });
    let release = () => {};
    const released = new Promise<void>((resolve) => (release = resolve));
    let requested = () => {};
    const checksRequested = new Promise<void>((resolve) => (requested = resolve));
    await page.route(/\/assets\/check-filters-[^/]*\.js$/, async (route) => {
      requested();
      await released;
      await route.continue();
    });
    await link.click();
    await checksRequested;
    await page.waitForTimeout(500);
    release();

    await expect(page).toHaveURL(/\/billable\?/);
    await expect(page.getByLabel("Du", { exact: true })).toHaveValue(previous.start);
    await expect(page.getByLabel("Compte", { exact: true })).toHaveValue("5202");
    await expect(page.getByTestId("billable-totals")).toBeVisible();
    await expect(page.getByTestId("offline-banner")).toContainText("Hors ligne — données du");
    // One check for the link, however many waited for it.
    expect(asked).toHaveLength(1);
    await page.unrouteAll({ behavior: "ignoreErrors" });
  });

  test("a search whose checks cannot be fetched says the server is not answering, and works once they can", async ({ page }) => {
    await signInAs(page, billingUsers.bianca);
    await page.goto("/billable");
    await expect(page.getByTestId("billable-totals")).toBeVisible();
    // The page opened without filters in its URL: the checks were not fetched with it.
    const checks = /\/assets\/check-filters-[^/]*\.js$/;
    await page.route(checks, (route) => route.abort("internetdisconnected"));
    await page.getByLabel("Compte", { exact: true }).selectOption("5202");
    await page.getByRole("button", { name: "Afficher les appels", exact: true }).click();
    await expect(page.getByText("Le serveur ne répond pas. Vérifiez votre connexion et réessayez.")).toBeVisible();
    await expect(page.getByTestId("billable-totals")).toBeVisible();
    await expect(page).toHaveURL(/\/billable$/);
    await axe(page);

    await page.unroute(checks);
    await page.getByRole("button", { name: "Afficher les appels", exact: true }).click();
    await expect(page).toHaveURL(/\/billable\?.*account=5202/);
    await expect(page.getByText("Le serveur ne répond pas. Vérifiez votre connexion et réessayez.")).toHaveCount(0);
  });
});
