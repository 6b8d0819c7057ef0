import AxeBuilder from "@axe-core/playwright";
import type { Page } from "@playwright/test";
import { expect, horizontalOverflow, openFilters, signInAs, test } from "./support/fixtures";
import type { TestUser } from "./support/seed";
import { examplePeriod, recordedCall, seedStatistics, stella, statsCompany, steven } from "./support/statistics-seed";

const asTestUser = (u: typeof stella) => ({ ...u, company: { ...statsCompany, accounts: [] }, grant: "billing" }) as unknown as TestUser;
const users = { fr: asTestUser(stella), en: asTestUser(steven) };

test.beforeAll(async () => {
  await seedStatistics();
});

async function showExample(page: Page, locale: "fr" | "en") {
  test.setTimeout(120_000);
  await signInAs(page, users[locale]);
  await page.goto("/statistics");
  await expect(page.locator("html")).toHaveAttribute("lang", locale);
  const { from, to } = examplePeriod();
  const form = page.getByTestId("statistics-filters");
  await openFilters(page);
  await form.getByLabel(locale === "fr" ? "Du" : "From", { exact: true }).fill(from);
  await form.getByLabel(locale === "fr" ? "Au" : "To", { exact: true }).fill(to);
  await form.getByLabel(locale === "fr" ? "Numéro de compte client" : "Client account number").selectOption("5501");
  await page.getByTestId("statistics-submit").click();
  await expect(page.getByTestId("statistics-heading")).toContainText(from);
  await expect(page.locator('tr[data-key="totalInbound"] .stats-figures__value')).toHaveText("61");
}

const row = (page: Page, key: string) => page.locator(`tr[data-key="${key}"]`);

for (const locale of ["fr", "en"] as const) {
  test.describe(`statistics (${locale})`, () => {
    test("shows the manual's example, its charts and the calls behind a figure", async ({ page }) => {
      await showExample(page, locale);
      const pct = (fr: string, en: string) => (locale === "fr" ? fr.replace(" ", "\u00a0") : en);
      await expect(row(page, "automated").locator(".stats-figures__percent")).toHaveText(pct("8,2 %", "8.2%"));
      await expect(row(page, "abandoned").locator(".stats-figures__percent")).toHaveText(pct("10,7 %", "10.7%"));
      await expect(row(page, "answeredOfAssigned").locator(".stats-figures__percent")).toHaveText(pct("100 %", "100%"));
      await expect(row(page, "avgWorkSeconds").locator(".stats-figures__value")).toHaveText("111");
      await expect(row(page, "avgAnswerDelaySeconds").locator(".stats-figures__value")).toHaveText(locale === "fr" ? "31,0" : "31.0");
      await expect(row(page, "avgTransferMinutes").locator(".stats-figures__value")).toHaveText("");
      await expect(row(page, "totalInbound")).toContainText(locale === "fr" ? "Total des appels entrants" : "Total inbound calls");
      await expect(page.getByTestId("statistics-heading")).toContainText(locale === "fr" ? "Jours de la semaine : Tous" : "Days of the week: All");

      // A chart's text alternative: its caption, and the data in a table. The charts are drawn
      // as they come near the screen (under the open filters here).
      await page.locator(".stats-charts-card").scrollIntoViewIfNeeded();
      const chart = page.locator("figure#chart-delay, figure").filter({ hasText: locale === "fr" ? "Délai avant la réponse" : "Wait before an agent answers" });
      await chart.getByText(locale === "fr" ? "Voir les données" : "Show the data").click();
      await expect(chart.getByRole("row", { name: locale === "fr" ? "11 à 20 s 32" : "11 to 20 s 32" })).toBeVisible();

      // The calls behind "abandoned": exactly 6.
      await row(page, "abandoned").locator(".stats-link").click();
      const calls = page.getByTestId("statistics-calls");
      await expect(calls.getByTestId("statistics-calls-count")).toContainText(locale === "fr" ? "6 appels" : "6 calls");
      await expect(calls.locator("tbody tr")).toHaveCount(6);
      await expect(calls.getByRole("heading")).toBeFocused();

      const results = await new AxeBuilder({ page }).analyze();
      expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target).join(", ")}`)).toEqual([]);
      await page.screenshot({ path: `/tmp/shots/statistics-${locale}-1280.png`, fullPage: true });
    });

    test("works at 360 px without sideways scrolling", async ({ page }) => {
      test.setTimeout(120_000);
      await page.setViewportSize({ width: 360, height: 800 });
      await showExample(page, locale);
      await row(page, "answeredWithin30s").locator(".stats-link").click();
      await expect(page.getByTestId("statistics-calls-count")).toContainText("33");
      // The call with a recording plays it from the recordings route, in the page.
      const recorded = page.locator(`tr[data-call="${recordedCall}"]`);
      await recorded.getByRole("button", { name: locale === "fr" ? `Écouter l'appel ${recordedCall}` : `Play call ${recordedCall}` }).click();
      await expect(page.getByTestId("audio")).toHaveAttribute("src", `/recordings/${recordedCall}`);
      expect((await page.request.get(`/recordings/${recordedCall}`)).status()).toBe(200);
      expect(await horizontalOverflow(page)).toBeLessThanOrEqual(0);
      const results = await new AxeBuilder({ page }).analyze();
      expect(results.violations.map((v) => v.id)).toEqual([]);
      await page.screenshot({ path: `/tmp/shots/statistics-${locale}-360.png`, fullPage: true });
      // Parts at full size, to look at closely.
      // The filters are folded on a phone (their own spec opens them): the figures, charts and calls.
      await page.getByTestId("statistics-figures").screenshot({ path: `/tmp/shots/statistics-${locale}-360-figures.png` });
      // Below the figures on a phone, the charts are drawn as they come near the screen.
      await page.locator(".stats-charts-card").scrollIntoViewIfNeeded();
      await page.locator(".stats-charts").screenshot({ path: `/tmp/shots/statistics-${locale}-360-charts.png` });
      await page.getByTestId("statistics-calls").screenshot({ path: `/tmp/shots/statistics-${locale}-360-calls.png` });
    });
  });
}

test("refuses a period before the retention window, in the user's language", async ({ page }) => {
  await signInAs(page, users.fr);
  await page.goto("/statistics");
  await page.getByTestId("statistics-filters").getByLabel("Du", { exact: true }).fill("2020-01-01");
  await page.getByTestId("statistics-submit").click();
  // The message names the oldest day allowed, in the summary and under the field.
  await expect(page.getByTestId("error-summary")).toContainText("Les données remontent au plus au ");
  await expect(page.locator("#stats-from-error")).toContainText("Les données remontent au plus au ");
});
