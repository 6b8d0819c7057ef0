import AxeBuilder from "@axe-core/playwright";
import type { Page } from "@playwright/test";
import { addDays, today } from "../shared/time-zone";
import { expect, horizontalOverflow, openFilters, signInAs, test } from "./support/fixtures";
import { injected, marcoUser, mikeUser, mireilleUser, olderCount, othersMessage, searched, seedMessages } from "./support/messages-seed";

test.beforeAll(async () => {
  await seedMessages();
});

const zone = "America/Toronto";

async function violations(page: Page) {
  const result = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "best-practice"]).analyze();
  return result.violations.map((v) => `${v.id}: ${v.help} — ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`);
}

const words = {
  fr: { keyword: "Mot clé", submit: "Afficher les messages", from: "Du", to: "Au", history: "Historique d'envoi", events: ["Envoi du courriel à info@nordique.ca amorcé", "Courriel envoyé à info@nordique.ca", "Message remis", "Message pris"], viewedBy: "Consulté dans le portail par ", reader: "Mireille Caron", notFound: "Ce message est introuvable", more: "Afficher plus de messages", tooLong: "Texte trop long.", endBeforeStart: "La fin doit être après le début.", beforeWindow: "Les données remontent au plus au ", period: " au " },
  en: { keyword: "Keyword", submit: "Show messages", from: "From", to: "To", history: "Delivery history", events: ["Email initiated to info@nordique.ca", "Email sent to info@nordique.ca", "Delivered", "Taken"], viewedBy: "Viewed in the portal by ", reader: "Mike Leclerc", notFound: "This message cannot be found", more: "Show more messages", tooLong: "Text too long.", endBeforeStart: "The end must be after the start.", beforeWindow: "Data goes back no further than ", period: " to " },
};

/** Signs in as the spec's user of that language (their saved language applies at once). */
async function openMessages(page: Page, locale: "fr" | "en", user = locale === "fr" ? mireilleUser : mikeUser) {
  await signInAs(page, user);
  await page.goto("/messages");
  await expect(page.locator("html")).toHaveAttribute("lang", locale);
  await expect(page.getByTestId("messages-count")).toBeVisible();
}

async function searchFor(page: Page, locale: "fr" | "en", keyword: string) {
  await openFilters(page);
  await page.getByLabel(words[locale].keyword, { exact: true }).fill(keyword);
  await page.getByRole("button", { name: words[locale].submit }).click();
}

/** A message in the inbox (a compact row), and the full card on its own page. */
const row = (page: Page, id: number) => page.locator(`[data-testid="message-row"][data-message-id="${id}"]`);
const rows = (page: Page) => page.getByTestId("message-row");
const card = (page: Page, id: number) => page.locator(`[data-testid="message-card"][data-message-id="${id}"]`);

for (const locale of ["fr", "en"] as const) {
  const w = words[locale];
  test.describe(`text messages (${locale})`, () => {
    test("lists the latest messages, searches by keyword with highlights, opens a message and comes back", async ({ page }) => {
      test.setTimeout(120_000);
      await openMessages(page, locale);
      await expect(page.getByTestId("messages-period")).toContainText(w.period);
      await expect(row(page, searched)).toBeVisible();
      await expect(row(page, injected)).toBeVisible();
      await expect(row(page, othersMessage)).toHaveCount(0);

      // Accents, case and punctuation do not matter; the match is marked in the original text.
      await searchFor(page, locale, "EQUIPEMENT");
      await expect(rows(page)).toHaveCount(1);
      await searchFor(page, locale, "521-45");
      await expect(rows(page)).toHaveCount(1);
      await searchFor(page, locale, "rendez vous");
      await expect(row(page, searched).locator("mark")).toHaveText(["RENDEZ-VOUS"]);
      await expect(row(page, othersMessage)).toHaveCount(0);
      expect(await violations(page)).toEqual([]);

      // The row opens the card as the manual shows it: fields in order, delivery history oldest first.
      await row(page, searched).click();
      await page.waitForURL(`**/messages/${searched}`);
      await expect(page.getByRole("heading", { level: 1 })).toHaveText(`Message ${searched}`);
      const found = card(page, searched);
      await expect(found.locator(".msg-field dt")).toHaveText(["Prénom", "Nom", "Tél", "Adresse", "Code postal", "Problème"]);
      await expect(found.getByText(w.history)).toBeVisible();
      // The switch's English events, in the page's language; opening the card records the reader's
      // visit (once per user; the other language's reader may have opened it too).
      const events = found.locator(".msg-history__event");
      await expect(events.filter({ hasNotText: w.viewedBy })).toHaveText(w.events);
      await expect(events.filter({ hasText: `${w.viewedBy}${w.reader}` })).toHaveCount(1);
      await expect(page.getByText("(514) 521-4567")).toBeVisible();
      // The call's recording plays in the portal's player, from the recordings route.
      await found.getByRole("button", { name: locale === "fr" ? "Écouter l'enregistrement" : "Listen to the recording" }).click();
      await expect(page.getByTestId("audio")).toHaveAttribute("src", "/recordings/88500001");
      expect(await violations(page)).toEqual([]);

      // Back to the same search, at the same row.
      await page.getByTestId("back-to-messages").click();
      await expect(row(page, searched)).toBeFocused();
      await expect(row(page, searched).locator("mark")).toHaveText(["RENDEZ-VOUS"]);
      await expect(page.getByLabel(w.keyword, { exact: true })).toHaveValue("rendez vous");

      // A bookmark of someone else's message, or of none: the same "not found".
      for (const id of [othersMessage, 99_999_999]) {
        await page.goto(`/messages/${id}`);
        await expect(page.getByTestId("message-not-found")).toContainText(w.notFound);
        await expect(page.getByText("SECRET")).toHaveCount(0);
      }
      expect(await violations(page)).toEqual([]);
    });

    test("shows HTML in a message as text, never runs it", async ({ page }) => {
      await openMessages(page, locale);
      const message = row(page, injected);
      await expect(message.locator(".msg-row__title")).toHaveText("<script>window.__pwned = 1</script>");
      await expect(message.locator("img, b, script")).toHaveCount(0);
      await message.click();
      await expect(card(page, injected).getByRole("heading")).toHaveText("<script>window.__pwned = 1</script>");
      await expect(card(page, injected)).toContainText(`<img src=x onerror="window.__pwned = 2"> & <b>gras</b>`);
      await expect(card(page, injected).locator("img, b, script")).toHaveCount(0);
      expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
    });

    test("says what is wrong with bad input, in the user's language, and keeps what was typed", async ({ page }) => {
      await openMessages(page, locale);
      const long = "x".repeat(101);
      await searchFor(page, locale, long);
      await expect(page.getByText(w.tooLong, { exact: true })).toBeVisible();
      // The error summary names the field and links to it.
      await page.getByTestId("error-summary").getByRole("link", { name: w.keyword }).click();
      await expect(page.getByLabel(w.keyword, { exact: true })).toBeFocused();
      await expect(page.getByLabel(w.keyword, { exact: true })).toHaveValue(long);
      await page.getByLabel(w.keyword, { exact: true }).fill("");
      const day = today(zone);
      await page.getByLabel(w.from, { exact: true }).fill(day);
      await page.getByLabel(w.to, { exact: true }).fill(addDays(day, -1));
      await page.getByRole("button", { name: w.submit }).click();
      await expect(page.getByText(w.endBeforeStart, { exact: true })).toBeVisible();
      await page.getByLabel(w.from, { exact: true }).fill(addDays(day, -61));
      await page.getByLabel(w.to, { exact: true }).fill(day);
      await page.getByRole("button", { name: w.submit }).click();
      await expect(page.getByTestId("error-summary")).toContainText(w.beforeWindow);
      expect(await violations(page)).toEqual([]);
    });

    test("pages many messages on a 360 px phone without sideways scrolling", async ({ page }) => {
      await page.setViewportSize({ width: 360, height: 740 });
      await openMessages(page, locale);
      await openFilters(page);
      await page.getByLabel(w.from, { exact: true }).fill(addDays(today(zone), -59));
      await page.getByRole("button", { name: w.submit }).click();
      const total = olderCount + 2;
      await expect(page.getByTestId("messages-count")).toContainText(String(total));
      await expect(rows(page)).toHaveCount(25);
      await page.getByRole("button", { name: w.more }).click();
      await expect(rows(page)).toHaveCount(total);
      await expect(page.getByRole("button", { name: w.more })).toHaveCount(0);
      expect(await horizontalOverflow(page)).toBeLessThanOrEqual(0);
      await searchFor(page, locale, "équipement");
      await expect(rows(page)).toHaveCount(1);
      expect(await horizontalOverflow(page)).toBeLessThanOrEqual(0);
      expect(await violations(page)).toEqual([]);
      await page.goto(`/messages/${searched}`);
      await expect(page.getByRole("heading", { level: 1 })).toHaveText(`Message ${searched}`);
      expect(await horizontalOverflow(page)).toBeLessThanOrEqual(0);
    });
  });
}

test("another client sees only their own messages", async ({ page }) => {
  await openMessages(page, "fr", marcoUser);
  await expect(row(page, othersMessage)).toBeVisible();
  await expect(row(page, searched)).toHaveCount(0);
  await page.goto(`/messages/${searched}`);
  await expect(page.getByTestId("message-not-found")).toBeVisible();
});

test("screenshots at 360 and 1280 px, in French and in English", async ({ page }) => {
  test.setTimeout(180_000);
  for (const locale of ["fr", "en"] as const) {
    await page.context().clearCookies();
    await openMessages(page, locale);
    for (const width of [360, 1280]) {
      await page.setViewportSize({ width, height: 800 });
      await page.goto("/messages");
      await expect(page.getByTestId("messages-count")).toBeVisible();
      await searchFor(page, locale, "rendez vous");
      await expect(row(page, searched).locator("mark").first()).toBeVisible();
      await page.screenshot({ path: `/tmp/shots/messages-search-${locale}-${width}.png`, fullPage: true });
      await page.goto("/messages");
      await openFilters(page);
      await page.getByLabel(words[locale].from, { exact: true }).fill(addDays(today(zone), -59));
      await page.getByRole("button", { name: words[locale].submit }).click();
      await expect(rows(page)).toHaveCount(25);
      await page.screenshot({ path: `/tmp/shots/messages-list-${locale}-${width}.png`, fullPage: true });
      await page.goto(`/messages/${searched}`);
      await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
      await page.screenshot({ path: `/tmp/shots/messages-one-${locale}-${width}.png`, fullPage: true });
    }
  }
});
