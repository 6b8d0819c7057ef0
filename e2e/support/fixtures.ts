import { type Page, test as base, expect } from "@playwright/test";
import { sectionList } from "../../client/src/section-list";
import type { TestUser } from "./seed";

/**
 * `test` for every spec: the base URL of the server started by global-setup.ts, and the
 * `__name` shim that tsx-compiled functions need inside `page.evaluate`.
 */
export const test = base.extend({
  baseURL: async ({}, use) => {
    const url = process.env.E2E_BASE_URL;
    if (!url) throw new Error("E2E_BASE_URL is not set: global-setup.ts did not run");
    await use(url);
  },
  context: async ({ context }, use) => {
    await context.addInitScript("globalThis.__name = (f) => f");
    await use(context);
  },
});

export { expect };

/** Signs in through the form and waits for the home page. */
export async function signInAs(page: Page, user: TestUser, next = "/sign-in") {
  await page.goto(next);
  await page.getByLabel("Nom / User Name").fill(user.username);
  await page.getByLabel("Mot de passe / Password").fill(user.password);
  await page.getByRole("button", { name: "Entrez / Enter" }).click();
  await page.waitForURL((url) => !url.pathname.startsWith("/sign-in"));
  await expect(page.locator(".site-nav")).toBeVisible();
}

/** The paths of every signed-in page. */
export const sectionPaths = sectionList.map((s) => s.path);
export const signedInPaths = ["/", ...sectionPaths, "/password"];

/** Switches the language with the header's FR | EN switch. */
export async function switchLanguage(page: Page, locale: "fr" | "en") {
  if ((await page.locator("html").getAttribute("lang")) === locale) return;
  // Waits for the choice to be saved for the user too: a page loaded before that would be given
  // the language still saved on the server (the user's language wins over the device's). A page
  // showing the session's offline copy saves nothing: then there is no request to wait for.
  const saving = page
    .waitForRequest((request) => new URL(request.url()).pathname === "/trpc/session.setLocale", { timeout: 5_000 })
    .catch(() => null);
  await page.getByRole("button", { name: locale === "en" ? "English" : "Français" }).click();
  await expect(page.locator("html")).toHaveAttribute("lang", locale);
  await (await saving)?.response();
}

/** The page's width beyond the viewport (0 when nothing scrolls sideways). */
export async function horizontalOverflow(page: Page): Promise<number> {
  return page.evaluate(() => {
    const el = document.scrollingElement ?? document.documentElement;
    return el.scrollWidth - window.innerWidth;
  });
}

/**
 * On a phone a report's form is folded under "Filtres / Filters": unfold it before typing.
 * Waits for the page to draw the control first, so that a phone is never taken for a desktop.
 */
export async function openFilters(page: Page) {
  const toggle = page.getByTestId("filters-toggle");
  await toggle.waitFor({ state: "attached" });
  if ((await toggle.isVisible()) && (await toggle.getAttribute("aria-expanded")) === "false") await toggle.click();
}
