import { mkdirSync } from "node:fs";
import { expect, horizontalOverflow, signedInPaths, signInAs, switchLanguage, test } from "./support/fixtures";
import { users } from "./support/seed";

const shots = process.env.SHOTS_DIR ?? "/tmp/shots";

test.describe("at 360 px", () => {
  test.use({ viewport: { width: 360, height: 740 } });

  test("no page scrolls sideways, in either language", async ({ page }) => {
    await page.goto("/sign-in");
    await expect(page.getByRole("button", { name: "Entrez / Enter" })).toBeVisible();
    expect(await horizontalOverflow(page)).toBeLessThanOrEqual(0);
    await signInAs(page, users.felix);
    for (const locale of ["fr", "en"] as const) {
      await switchLanguage(page, locale);
      for (const path of [...signedInPaths, "/nowhere"]) {
        await page.goto(path);
        await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
        const width = await page.evaluate(() => document.scrollingElement!.scrollWidth);
        expect(width, `${path} (${locale}) is ${width} px wide`).toBeLessThanOrEqual(360);
      }
    }
    await switchLanguage(page, "fr");
  });
});

test("keyboard: Tab reaches the first section link, Enter opens it", async ({ page }) => {
  await signInAs(page, users.alice);
  await page.goto("/");
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
  const first = page.getByRole("link", { name: "Enregistreur d'appels", exact: true });
  for (let i = 0; i < 25; i++) {
    await page.keyboard.press("Tab");
    if (await first.evaluate((el) => el === document.activeElement)) break;
  }
  await expect(first).toBeFocused();
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(/\/recordings$/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Enregistreur d'appels");
});

test("the skip link is the first stop and jumps to the content", async ({ page }) => {
  await signInAs(page, users.alice);
  await page.goto("/");
  // A keyboard user's first Tab comes once the page is there (the document's load comes before its first drawing).
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
  await page.keyboard.press("Tab");
  const skip = page.getByRole("link", { name: "Aller au contenu" });
  await expect(skip).toBeFocused();
  await expect(skip).toBeInViewport();
  await page.keyboard.press("Enter");
  await expect(page.locator("#main")).toBeFocused();
});

test("screenshots of sign-in and home, 360 and 1280 px, both languages", async ({ page }) => {
  mkdirSync(shots, { recursive: true });
  for (const width of [360, 1280]) {
    await page.setViewportSize({ width, height: width === 360 ? 740 : 800 });
    await page.goto("/sign-in");
    await expect(page.getByRole("button", { name: "Entrez / Enter" })).toBeVisible();
    await page.screenshot({ path: `${shots}/sign-in-${width}.png`, fullPage: true });
  }
  await page.goto("/sign-in");
  await page.getByLabel("Nom / User Name").fill(users.felix.username);
  await page.getByLabel("Mot de passe / Password").fill("wrong password");
  await page.getByRole("button", { name: "Entrez / Enter" }).click();
  await expect(page.getByTestId("sign-in-error")).toBeVisible();
  await page.screenshot({ path: `${shots}/sign-in-error-1280.png`, fullPage: true });

  await signInAs(page, users.felix);
  for (const locale of ["fr", "en"] as const) {
    await switchLanguage(page, locale);
    for (const width of [360, 1280]) {
      await page.setViewportSize({ width, height: width === 360 ? 740 : 800 });
      await page.goto("/");
      await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
      await page.screenshot({ path: `${shots}/home-${locale}-${width}.png`, fullPage: true });
      await page.goto("/statistics");
      await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
      await page.screenshot({ path: `${shots}/section-${locale}-${width}.png`, fullPage: true });
      await page.goto("/password");
      await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
      await page.screenshot({ path: `${shots}/password-${locale}-${width}.png`, fullPage: true });
    }
  }
  await switchLanguage(page, "fr");
});
