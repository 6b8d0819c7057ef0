import AxeBuilder from "@axe-core/playwright";
import type { Page } from "@playwright/test";
import { billingUsers, seedBilling } from "./support/billing-seed";
import { expect, horizontalOverflow, signInAs, switchLanguage, test } from "./support/fixtures";

const nbsp = "\u00a0";

async function violations(page: Page) {
  const result = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "best-practice"]).analyze();
  return result.violations.map((v) => `${v.id}: ${v.help} — ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`);
}

test.beforeAll(async () => {
  await seedBilling();
});

test.describe.configure({ mode: "serial" });

test("billing history: newest first, money in both languages, another client's number shows nothing", async ({ page }) => {
  await signInAs(page, billingUsers.billy);
  await page.goto("/billing");
  const heading = page.getByTestId("billing-for");
  await expect(heading).toContainText("Pour :");
  await expect(heading).toContainText("120045");
  await expect(heading).toContainText("Plomberie Laval inc.");
  await expect(heading).toContainText("5201");
  const table = page.getByTestId("billing-table");
  await expect(table).toContainText(`1${nbsp}234${nbsp}567,89${nbsp}$`);
  await expect(table).toContainText(`-1${nbsp}234,56${nbsp}$`);
  // Newest first: the payment of Nov 2 before the invoice of Oct 20, the 2025 balance last.
  const dates = await table.locator("tbody tr td:first-child").allTextContents();
  expect(dates[0]).toBe("2026-11-02");
  expect(dates.at(-1)).toBe("2025-09-20");
  // 5202's line is not in 5201's history.
  await expect(table).not.toContainText("Services centre d'appels");
  await expect(page.getByTestId("receivables-contact")).toContainText("comptes recevables");
  expect(await violations(page)).toEqual([]);

  await page.getByLabel("Numéro de facturation", { exact: true }).check();
  await page.getByRole("textbox", { name: "Numéro de facturation" }).fill("230078");
  await page.getByRole("button", { name: "Afficher l'historique de facturation" }).click();
  await expect(page.getByTestId("billing-nothing")).toBeVisible();
  await expect(page.locator("main")).not.toContainText("Clinique");

  await page.getByRole("textbox", { name: "Numéro de facturation" }).fill("120045");
  await page.getByRole("button", { name: "Afficher l'historique de facturation" }).click();
  await expect(page.getByTestId("billing-table")).toContainText("Services centre d'appels");

  await switchLanguage(page, "en");
  await expect(page.getByTestId("billing-table")).toContainText("$1,234,567.89");
  await expect(page.getByTestId("billing-table")).toContainText("-$1,234.56");
  await expect(page.getByTestId("receivables-contact")).toContainText("accounts-receivable");
  expect(await violations(page)).toEqual([]);
  await switchLanguage(page, "fr");
});

test("billable calls: current and previous cycle, totals that agree with the rows", async ({ page }) => {
  await signInAs(page, billingUsers.billy);
  await page.goto("/billable");
  await expect(page.getByTestId("cycle-rule")).toHaveText("Notre cycle de facturation est du 20 au 19 du mois suivant.");
  const table = page.getByTestId("billable-table");
  await expect(table).toBeVisible();
  const rows = await table.locator("tbody tr").count();
  expect(rows).toBeGreaterThan(0);
  await expect(page.getByTestId("total-calls")).toHaveText(String(rows));
  // 5201's calls are 01:45 each: total and average agree with the rows.
  const stats = await table.locator("tbody tr td:last-child").allTextContents();
  expect(stats.every((s) => s === "01:45")).toBe(true);
  await expect(page.getByTestId("total-stats")).toHaveText((rows * 1.75).toFixed(2).replace(".", ","));
  await expect(page.getByTestId("average-stat")).toHaveText("1,75");
  await expect(table).not.toContainText("Patient secret");
  const currentPeriod = await page.getByTestId("billable-period").textContent();

  await page.getByRole("button", { name: "Cycle précédent" }).click();
  await expect(page.getByTestId("billable-period")).not.toHaveText(currentPeriod ?? "");
  await expect(page.getByTestId("billable-period")).toContainText(" 20 ");
  await expect(page.getByTestId("billable-period")).toContainText(" 19 ");
  await page.getByRole("button", { name: "Cycle en cours" }).click();
  await expect(page.getByTestId("billable-period")).toHaveText(currentPeriod ?? "");

  await page.getByLabel("Compte", { exact: true }).selectOption("");
  await page.getByRole("button", { name: "Afficher les appels" }).click();
  await expect(page.getByTestId("billable-table")).toContainText("Jean Roy");
  await expect(page.getByTestId("billable-table")).not.toContainText("Patient secret");

  await page.getByLabel("Du", { exact: true }).fill("2026-12-31");
  await page.getByLabel("Au", { exact: true }).fill("2026-01-01");
  await page.getByRole("button", { name: "Afficher les appels" }).click();
  await expect(page.getByText("La fin doit être après le début.", { exact: true })).toBeVisible();
  // Checked before sending: the summary links to the field, the old rows are marked stale.
  await expect(page.getByTestId("error-summary").getByRole("link", { name: "Au : La fin doit être après le début." })).toBeVisible();
  await expect(page.getByTestId("stale-note")).toBeVisible();
  expect(await violations(page)).toEqual([]);

  await expect(page.getByTestId("cycle-meter")).toContainText("Ce cycle jusqu'à maintenant");
  await expect(page.getByTestId("cycle-meter").getByRole("img")).toHaveAttribute("aria-label", /Appels facturables par jour/);
});

test("account information: pages as text, a change request acknowledged with its reference", async ({ page }) => {
  await signInAs(page, billingUsers.billy);
  await page.goto("/account");
  const pages = page.getByTestId("info-pages");
  await expect(pages).toContainText("Technicien de garde : 514-555-0199");
  await expect(pages).toContainText("<b>Ceci n'est pas du HTML</b>");
  await expect(pages.locator("b")).toHaveCount(0);
  const body = pages.locator(".info-page__body").first();
  expect(await body.evaluate((el) => getComputedStyle(el).whiteSpace)).toBe("pre-wrap");
  await expect(page.locator("main")).not.toContainText("Secret de la clinique");

  await page.getByRole("button", { name: "Envoyer la demande" }).click();
  await expect(page.getByText("Ce champ est requis.")).toBeVisible();

  await page.getByLabel("Page concernée (facultatif)").selectOption("Urgences");
  await page.getByLabel("Modification demandée").fill("Nouveau numéro du technicien : 514-555-0111");
  await page.getByLabel("Pour vous joindre (téléphone ou e-mail, facultatif)").fill("billy@plomberie.test");
  await page.getByRole("button", { name: "Envoyer la demande" }).click();
  await expect(page.getByTestId("change-request-done")).toContainText(/CR-\d{4}-\d{6}/);
  await expect(page.getByText("Vos demandes récentes")).toBeVisible();
  expect(await violations(page)).toEqual([]);

  await switchLanguage(page, "en");
  await expect(page.getByRole("heading", { name: "Request a change" })).toBeVisible();
  expect(await violations(page)).toEqual([]);
  await switchLanguage(page, "fr");
});

test("another client sees none of it", async ({ page }) => {
  await signInAs(page, billingUsers.bella);
  await page.goto("/account");
  await expect(page.getByTestId("info-pages")).toContainText("Secret de la clinique Rive-Sud");
  await expect(page.locator("main")).not.toContainText("Technicien");
  await expect(page.locator("main")).not.toContainText("CR-");
  await page.goto("/billable");
  await expect(page.getByTestId("billable-table")).toContainText("Patient secret");
  await expect(page.getByTestId("billable-table")).not.toContainText("Marie Dubé");
  await page.goto("/billing");
  await expect(page.getByTestId("billing-table")).toContainText("321,00");
  await expect(page.getByTestId("billing-table")).not.toContainText("Enregistreur");
});

test("home shows the cycle meter; every page fits 360 px with no axe violation, in both languages", async ({ page }) => {
  test.setTimeout(120_000);
  await page.setViewportSize({ width: 360, height: 800 });
  await signInAs(page, billingUsers.billy);
  await expect(page.getByTestId("cycle-meter")).toBeVisible();
  await expect(page.getByTestId("meter-calls")).not.toHaveText("0");
  await expect(page.getByTestId("cycle-meter")).toContainText("À pareille date le cycle précédent");
  for (const locale of ["fr", "en"] as const) {
    await switchLanguage(page, locale);
    for (const path of ["/", "/account", "/billing", "/billable"]) {
      await page.goto(path);
      await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
      await page.waitForLoadState("networkidle");
      expect(await horizontalOverflow(page), `${path} ${locale} at 360 px`).toBeLessThanOrEqual(0);
      expect(await violations(page), `${path} ${locale}`).toEqual([]);
      await page.screenshot({ path: `/tmp/shots/${path === "/" ? "home" : path.slice(1)}-${locale}-360.png`, fullPage: true });
    }
  }
  await page.setViewportSize({ width: 1280, height: 900 });
  for (const locale of ["fr", "en"] as const) {
    await switchLanguage(page, locale);
    for (const path of ["/", "/account", "/billing", "/billable"]) {
      await page.goto(path);
      await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
      await page.waitForLoadState("networkidle");
      await page.screenshot({ path: `/tmp/shots/${path === "/" ? "home" : path.slice(1)}-${locale}-1280.png`, fullPage: true });
    }
  }
  await switchLanguage(page, "fr");
});
