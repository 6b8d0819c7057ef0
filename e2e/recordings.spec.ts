import AxeBuilder from "@axe-core/playwright";
import type { Page } from "@playwright/test";
import { formatMinutes } from "../shared/format/duration";
import { toLocal } from "../shared/time-zone";
import { expect, horizontalOverflow, signInAs, switchLanguage, test } from "./support/fixtures";
import { callCount, rachel, recordedCall, robin, seedRecordings, victor, victorsCall } from "./support/recordings-seed";

// One worker for the whole file: the seed runs once, and the player tests share its file.
test.describe.configure({ mode: "serial" });

let startedAt: Date;
test.beforeAll(async () => {
  ({ startedAt } = await seedRecordings());
});

const zone = "America/Toronto";

async function violations(page: Page) {
  const result = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "best-practice"]).analyze();
  return result.violations.map((v) => `${v.id}: ${v.help} — ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`);
}

const words = {
  fr: { title: "Enregistreur d'appels", search: "Récupérer les appels", more: "Autres paramètres de recherche", station: "Station no", agent: "Initiales de l'agent", invalidInteger: "Entrez un nombre entier.", maxBelowMin: "Le maximum doit être supérieur ou égal au minimum.", maxMinutes: "Durée maximale (min)", minMinutes: "Durée minimale (min)", count: `Appels 1 à ${callCount} sur ${callCount}`, total: "Durée totale (min)", play: "Écouter l'appel du", dateTime: "Date/Heure", filters: "Filtres" },
  en: { title: "Call Recorder", search: "Retrieve calls", more: "Other search criteria", station: "Station #", agent: "Agent initials", invalidInteger: "Enter a whole number.", maxBelowMin: "The maximum must be greater than or equal to the minimum.", maxMinutes: "Maximum duration (min)", minMinutes: "Minimum duration (min)", count: `Calls 1 to ${callCount} of ${callCount}`, total: "Total duration (min)", play: "Listen to the call of", dateTime: "Date/Time", filters: "Filters" },
};

async function openRecorder(page: Page, locale: "fr" | "en") {
  await signInAs(page, locale === "en" ? robin : rachel);
  if (locale === "en") await switchLanguage(page, "en");
  await page.goto("/recordings");
  await expect(page.getByRole("heading", { level: 1, name: words[locale].title })).toBeVisible();
  await expect(page.getByTestId("recordings-count")).toHaveText(words[locale].count);
}

async function openCriteria(page: Page, locale: "fr" | "en") {
  const summary = page.locator("summary", { hasText: words[locale].more });
  if (!(await page.locator("details.rec-more").evaluate((d) => (d as HTMLDetailsElement).open))) await summary.click();
}

for (const locale of ["fr", "en"] as const) {
  test(`${locale}: search, play, seek to the middle, download`, async ({ page }) => {
    test.setTimeout(90_000);
    await openRecorder(page, locale);
    // The whole day's calls, the account pre-filled, the total under the table.
    await expect(page.getByTestId("recordings-table").locator("tbody tr")).toHaveCount(callCount);
    await expect(page.getByTestId("recordings-totals")).toContainText(words[locale].total);
    // Rachel's calls of the day as seeded: the recorded one (300 s) and six of 12 + 40·i s.
    const totalSeconds = 300 + [0, 1, 2, 3, 4, 5].reduce((sum, i) => sum + 12 + i * 40, 0);
    await expect(page.getByTestId("total-duration")).toHaveText(formatMinutes(totalSeconds, locale));
    await expect(page.getByTestId("total-calls")).toHaveText(String(callCount));
    await expect(page.getByLabel(rachel.username)).toHaveCount(0);
    expect(await violations(page)).toEqual([]);

    // Play: the row's Date/Time. Every response for the file is kept to check the ranges.
    const media: { status: number; range: string | undefined; contentRange: string | undefined }[] = [];
    page.on("response", (r) => {
      if (r.url().endsWith(`/recordings/${recordedCall}`)) {
        media.push({ status: r.status(), range: r.request().headers().range, contentRange: r.headers()["content-range"] });
      }
    });
    await page.locator(`tr[data-call="${recordedCall}"] .rec-play`).click();
    const player = page.getByTestId("mini-player");
    await expect(player).toBeVisible();
    const audio = page.getByTestId("audio");
    await expect.poll(() => audio.evaluate((a: HTMLAudioElement) => a.duration), { timeout: 15_000 }).toBeGreaterThan(290);
    expect(await violations(page)).toEqual([]);

    // Seek to the middle: the element's `seeked`, and the file was served in ranges (206).
    const seeked = await audio.evaluate(
      (a: HTMLAudioElement) =>
        new Promise<number>((resolve) => {
          a.addEventListener("seeked", () => resolve(a.currentTime), { once: true });
          a.currentTime = a.duration / 2;
        }),
    );
    expect(seeked).toBeGreaterThan(140);
    await expect.poll(() => media.filter((m) => m.status === 206).length).toBeGreaterThan(0);
    for (const m of media.filter((m) => m.status === 206)) expect(m.contentRange).toMatch(/^bytes \d+-\d+\/\d+$/);
    const played = await audio.evaluate((a: HTMLAudioElement) => a.error === null);
    expect(played).toBe(true);

    // Download under the call's local date and time, account and number.
    const downloading = page.waitForEvent("download");
    await player.getByTestId("download").click();
    const download = await downloading;
    const local = toLocal(startedAt, zone);
    expect(download.suggestedFilename()).toBe(`${local.date}_${local.time.slice(0, 5).replace(":", "")}_7701_${recordedCall}.wav`);
  });

  test(`${locale}: filters, messages next to the fields, phone layout`, async ({ page }) => {
    test.setTimeout(90_000);
    await page.setViewportSize({ width: 360, height: 760 });
    await openRecorder(page, locale);
    expect(await horizontalOverflow(page)).toBeLessThanOrEqual(0);
    expect(await violations(page)).toEqual([]);
    // On a phone the form is folded under "Filtres (1)" (the account), with the account as a chip.
    const toggle = page.getByTestId("filters-toggle");
    await expect(toggle).toHaveText(new RegExp(`${words[locale].filters} \\(1\\)`));
    await expect(toggle).toHaveAttribute("aria-expanded", "false");
    await expect(page.getByTestId("filter-chips")).toContainText("7701");
    await toggle.click();
    expect(await violations(page)).toEqual([]);
    await openCriteria(page, locale);
    await page.getByLabel(words[locale].station, { exact: true }).fill("abc");
    await page.getByLabel(words[locale].minMinutes, { exact: true }).fill("5");
    await page.getByLabel(words[locale].maxMinutes, { exact: true }).fill("1");
    await page.getByRole("button", { name: words[locale].search }).click();
    await expect(page.locator("#rec-station-error")).toHaveText(words[locale].invalidInteger);
    await expect(page.getByLabel(words[locale].station, { exact: true })).toHaveAttribute("aria-invalid", "true");
    await page.getByLabel(words[locale].station, { exact: true }).fill("");
    await page.getByRole("button", { name: words[locale].search }).click();
    await expect(page.locator("#rec-maxMinutes-error")).toHaveText(words[locale].maxBelowMin);
    expect(await violations(page)).toEqual([]);
    // A real filter: agent MAB only.
    await page.getByLabel(words[locale].minMinutes, { exact: true }).fill("0");
    await page.getByLabel(words[locale].maxMinutes, { exact: true }).fill("9999");
    await page.getByLabel(words[locale].agent, { exact: true }).fill("mab");
    await page.getByRole("button", { name: words[locale].search }).click();
    await expect(page.getByTestId("recordings-table").locator("tbody tr")).toHaveCount(1);
    await expect(page.getByTestId("recordings-table").locator("tbody tr")).toContainText("MAB");
    expect(await horizontalOverflow(page)).toBeLessThanOrEqual(0);
    expect(await violations(page)).toEqual([]);
  });
}

test("another client's calls are neither found nor heard", async ({ page }) => {
  await signInAs(page, rachel);
  await page.goto("/recordings");
  await expect(page.getByTestId("recordings-count")).toBeVisible();
  // The earlier tests may have left Rachel's saved language in English.
  if ((await page.locator("html").getAttribute("lang")) !== "fr") await page.getByRole("button", { name: "Français" }).click();
  await expect(page.locator("html")).toHaveAttribute("lang", "fr");
  await openCriteria(page, "fr");
  await page.getByLabel("Numéro de compte", { exact: true }).fill("");
  await page.getByLabel("Numéro d'appel", { exact: true }).fill(String(victorsCall));
  await page.getByRole("button", { name: "Récupérer les appels" }).click();
  await expect(page.getByTestId("recordings-count")).toHaveText("Aucun résultat pour ces paramètres.");
  const heard = await page.request.get(`/recordings/${victorsCall}`);
  expect(heard.status()).toBe(404);
  const own = await page.request.get(`/recordings/${recordedCall}`, { headers: { range: "bytes=0-99" } });
  expect(own.status()).toBe(206);
  // And Victor, for his part, hears his own call but not Rachel's.
  const other = await page.context().browser()!.newContext({ baseURL: page.url() });
  const victorPage = await other.newPage();
  await signInAs(victorPage, victor);
  expect((await victorPage.request.get(`/recordings/${recordedCall}`)).status()).toBe(404);
  expect((await victorPage.request.get(`/recordings/${victorsCall}`, { headers: { range: "bytes=0-9" } })).status()).toBe(206);
  await other.close();
});
