import { expect, signInAs, switchLanguage, test } from "./support/fixtures";
import { companyA, users } from "./support/seed";

test("the language switch turns every word to English, and it stays after a reload", async ({ page, context }) => {
  await signInAs(page, users.chloe);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(`Bienvenue, ${companyA.name}`);
  await switchLanguage(page, "en");

  await expect(page.getByRole("heading", { level: 1 })).toHaveText(`Welcome, ${companyA.name}`);
  for (const title of ["Call Recorder", "Text Messages", "Client Account Information", "Billing History", "Billable Calls", "Statistics"]) {
    await expect(page.getByRole("link", { name: title, exact: true })).toBeVisible();
  }
  await expect(page.getByRole("link", { name: "Home" })).toBeVisible();
  await expect(page.getByRole("button", { name: "Sign out" })).toBeVisible();
  await expect(page.getByText("Client account number")).toBeVisible();
  await expect(page.getByText("Billing number")).toBeVisible();

  // No French word of the interface is left (the company and account names are data).
  const text = (await page.locator("body").innerText()).replaceAll(companyA.name, "").replace(/Plomberie Laval — \S+/g, "");
  for (const word of ["Bienvenue", "Accueil", "Sortie", "Enregistreur", "Statistiques", "facturation", "Numéro", "jours"]) {
    expect(text).not.toContain(word);
  }

  await page.reload();
  await expect(page.locator("html")).toHaveAttribute("lang", "en");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(`Welcome, ${companyA.name}`);

  await page.getByRole("link", { name: "Billable Calls", exact: true }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Billable Calls");
  await expect(page.getByText("Our billing cycle runs from the 20th to the 19th of the next month.")).toBeVisible();

  // Saved for the user: a new device (empty storage) gets English after signing in.
  const other = await context.browser()!.newContext({ baseURL: page.url() });
  const second = await other.newPage();
  await signInAs(second, users.chloe, new URL("/sign-in", page.url()).toString());
  await expect(second.locator("html")).toHaveAttribute("lang", "en");
  await expect(second.getByRole("heading", { level: 1 })).toHaveText(`Welcome, ${companyA.name}`);
  await other.close();

  // And back to French.
  await switchLanguage(page, "fr");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Appels facturables");
});

test("on a report page the switch turns its own words too, and the pages opened after come in that language", async ({ page }) => {
  const errors: string[] = [];
  page.on("pageerror", (error) => errors.push(error.message));
  // The pages' leads and their forms' labels are their parts' words (a button's may read
  // "Loading…" while the report loads).
  const recorderLead = { fr: "Choisissez une période, puis touchez la date d'un appel pour l'écouter.", en: "Choose a period, then tap a call's date to listen to it." };
  const statisticsLead = { fr: "Les statistiques de vos appels des soixante derniers jours.", en: "The statistics of your calls over the last sixty days." };
  // The recorder opened by its address: its words come with the core, before the first paint.
  await signInAs(page, users.ines, "/recordings");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Enregistreur d'appels");
  await expect(page.getByText(recorderLead.fr)).toBeVisible();

  await switchLanguage(page, "en");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Call Recorder");
  await expect(page.getByText(recorderLead.en)).toBeVisible();
  await expect(page.getByText("Other search criteria")).toBeVisible();
  const text = await page.locator("main").innerText();
  for (const words of ["Récupérer", "Choisissez", "Autres paramètres", "Appels", "Réinitialiser"]) expect(text).not.toContain(words);

  // Another page, reached from within the app: its words in English.
  await page.getByRole("link", { name: "Home" }).click();
  await page.getByRole("link", { name: "Statistics", exact: true }).click();
  await expect(page.getByText(statisticsLead.en, { exact: false })).toBeVisible();

  // Back to French there: the recorder's words, loaded before, come back in French with it.
  await switchLanguage(page, "fr");
  await expect(page.getByText(statisticsLead.fr, { exact: false })).toBeVisible();
  await page.getByRole("link", { name: "Accueil" }).click();
  await page.getByRole("link", { name: "Enregistreur d'appels", exact: true }).click();
  await expect(page.getByText(recorderLead.fr)).toBeVisible();
  expect(errors).toEqual([]);
});
