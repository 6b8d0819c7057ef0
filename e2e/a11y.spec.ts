import AxeBuilder from "@axe-core/playwright";
import type { Page } from "@playwright/test";
import { expect, signedInPaths, signInAs, switchLanguage, test } from "./support/fixtures";
import { users } from "./support/seed";

async function violations(page: Page) {
  const result = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "best-practice"]).analyze();
  return result.violations.map((v) => `${v.id}: ${v.help} — ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`);
}

test("axe finds nothing on the sign-in page, empty and with an error", async ({ page }) => {
  await page.goto("/sign-in");
  await expect(page.getByRole("button", { name: "Entrez / Enter" })).toBeVisible();
  expect(await violations(page)).toEqual([]);
  await page.getByLabel("Nom / User Name").fill("nobody-at-all");
  await page.getByLabel("Mot de passe / Password").fill("wrong");
  await page.getByRole("button", { name: "Entrez / Enter" }).click();
  await expect(page.getByTestId("sign-in-error")).toBeVisible();
  expect(await violations(page)).toEqual([]);
});

test("axe finds nothing on any signed-in page, in French and in English", async ({ page }) => {
  test.setTimeout(120_000);
  await signInAs(page, users.emma);
  for (const locale of ["fr", "en"] as const) {
    await switchLanguage(page, locale);
    for (const path of [...signedInPaths, "/nowhere"]) {
      await page.goto(path);
      await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
      await expect(page.locator("html")).toHaveAttribute("lang", locale);
      expect(await violations(page), `${path} (${locale})`).toEqual([]);
    }
  }
  await switchLanguage(page, "fr");
});
