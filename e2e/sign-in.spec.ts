import { expect, signInAs, test } from "./support/fixtures";
import { companyA, users } from "./support/seed";

test.describe("sign in", () => {
  test("shows the bilingual form, then the French home page", async ({ page }) => {
    await page.goto("/");
    await expect(page).toHaveURL(/\/sign-in/);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(
      "S.V.P. entrez votre nom et mot de passe / Please sign in",
    );
    await expect(page.getByRole("button", { name: "Entrez / Enter" })).toBeVisible();

    await signInAs(page, users.alice, page.url());
    await expect(page).toHaveURL(/\/$/);
    await expect(page.locator("html")).toHaveAttribute("lang", "fr");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(`Bienvenue, ${companyA.name}`);
    for (const title of [
      "Enregistreur d'appels",
      "Messages textes",
      "Informations générales du compte client",
      "Historique de facturation",
      "Appels facturables",
      "Statistiques",
    ]) {
      await expect(page.getByRole("link", { name: title, exact: true })).toBeVisible();
    }
    await expect(page.getByText("au cours des soixante derniers jours")).toBeVisible();
    // Under the title: the account (a picker, alice has two) and the billing number.
    await expect(page.getByLabel("Numéro de compte client")).toHaveValue("5201");
    await expect(page.getByTestId("billing-number")).toHaveText(companyA.billingNumber);
    await expect(page.getByRole("link", { name: "Accueil", exact: true })).toBeVisible();
    await expect(page.getByRole("button", { name: "Sortie" })).toBeVisible();
  });

  test("the account picker sets the current account, kept across pages and reloads", async ({ page }) => {
    await signInAs(page, users.alice);
    // The header's picker (the statistics form has a field of the same name).
    const picker = page.locator("#current-account");
    await picker.selectOption("5202");
    await page.getByRole("link", { name: "Statistiques", exact: true }).click();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Statistiques");
    await expect(picker).toHaveValue("5202");
    await page.reload();
    await expect(picker).toHaveValue("5202");
  });

  test("a wrong password shows a bilingual error and stays on sign-in", async ({ page }) => {
    await page.goto("/sign-in");
    await page.getByLabel("Nom / User Name").fill(users.alice.username);
    await page.getByLabel("Mot de passe / Password").fill("not the password");
    await page.getByRole("button", { name: "Entrez / Enter" }).click();
    const error = page.getByTestId("sign-in-error");
    await expect(error).toContainText("Nom d'utilisateur ou mot de passe invalide.");
    await expect(error).toContainText("Invalid user name or password.");
    await expect(page).toHaveURL(/\/sign-in/);
    await expect(page.getByLabel("Mot de passe / Password")).toBeFocused();
  });

  test("an unknown user gets the same answer", async ({ page }) => {
    await page.goto("/sign-in");
    await page.getByLabel("Nom / User Name").fill("nobody-here");
    await page.getByLabel("Mot de passe / Password").fill("whatever-123");
    await page.getByRole("button", { name: "Entrez / Enter" }).click();
    await expect(page.getByTestId("sign-in-error")).toContainText("Invalid user name or password.");
  });

  test("signed-out visitors of a page come back to it after signing in", async ({ page }) => {
    await page.goto("/billing");
    await expect(page).toHaveURL(/\/sign-in\?next=%2Fbilling/);
    await signInAs(page, users.alice, page.url());
    await expect(page).toHaveURL(/\/billing$/);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Historique de facturation");
  });

  test("sign out goes back to sign-in, and pages then ask to sign in again", async ({ page }) => {
    await signInAs(page, users.hugo);
    await page.getByRole("button", { name: "Sortie" }).click();
    await expect(page).toHaveURL(/\/sign-in$/);
    await expect(page.getByRole("button", { name: "Entrez / Enter" })).toBeVisible();
    await page.goto("/recordings");
    await expect(page).toHaveURL(/\/sign-in\?next=%2Frecordings/);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(
      "S.V.P. entrez votre nom et mot de passe / Please sign in",
    );
  });

  test("every section page opens, with its title and the account line", async ({ page }) => {
    await signInAs(page, users.alice);
    const titles: Record<string, string> = {
      "/recordings": "Enregistreur d'appels",
      "/messages": "Messages textes",
      "/account": "Informations générales du compte client",
      "/billing": "Historique de facturation",
      "/billable": "Appels facturables",
      "/statistics": "Statistiques",
    };
    for (const [path, title] of Object.entries(titles)) {
      await page.goto(path);
      await expect(page.getByRole("heading", { level: 1 })).toHaveText(title);
      await expect(page.getByText("Cette section arrive bientôt.")).toHaveCount(0);
      await expect(page.getByTestId("billing-number")).toHaveText(companyA.billingNumber);
    }
    await page.goto("/nowhere");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Page introuvable");
  });

  test("change password: errors, then success", async ({ page }) => {
    await signInAs(page, users.denis);
    await page.getByRole("link", { name: "Mot de passe" }).click();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Changer le mot de passe");
    await page.getByLabel("Mot de passe actuel").fill("wrong-one-123");
    await page.getByLabel("Nouveau mot de passe", { exact: true }).fill("Nouveau-2026!");
    await page.getByLabel("Confirmez le nouveau mot de passe").fill("Nouveau-2026!");
    await page.getByRole("button", { name: "Changer le mot de passe" }).click();
    await expect(page.getByRole("alert")).toHaveText("Le mot de passe actuel est incorrect.");

    await page.getByLabel("Mot de passe actuel").fill(users.denis.password);
    await page.getByLabel("Nouveau mot de passe", { exact: true }).fill("court");
    await page.getByLabel("Confirmez le nouveau mot de passe").fill("court");
    await page.getByRole("button", { name: "Changer le mot de passe" }).click();
    await expect(page.getByRole("alert")).toHaveText("Le nouveau mot de passe doit contenir au moins 8 caractères.");

    await page.getByLabel("Nouveau mot de passe", { exact: true }).fill("Nouveau-2026!");
    await page.getByLabel("Confirmez le nouveau mot de passe").fill("Nouveau-2026!");
    await page.getByRole("button", { name: "Changer le mot de passe" }).click();
    await expect(page.getByRole("status").filter({ hasText: "Votre mot de passe a été changé" })).toBeVisible();

    await page.getByRole("button", { name: "Sortie" }).click();
    await signInAs(page, { ...users.denis, password: "Nouveau-2026!" });
  });
});
