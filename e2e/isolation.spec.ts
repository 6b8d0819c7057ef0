import { expect, sectionPaths, signInAs, test } from "./support/fixtures";
import { companyA, companyB, users } from "./support/seed";

test("the second company's user sees none of the first company's accounts or names", async ({ page }) => {
  await signInAs(page, users.bruno);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(`Bienvenue, ${companyB.name}`);
  await expect(page.getByTestId("account-number")).toHaveText("6301");
  await expect(page.getByTestId("billing-number")).toHaveText(companyB.billingNumber);

  const forbidden = [
    companyA.name,
    companyA.billingNumber,
    "Plomberie",
    ...companyA.accounts.flatMap((a) => [String(a.accountNumber), a.name]),
  ];
  // A link naming the first company's account (theirs, shared): the page keeps to its own.
  const linked = sectionPaths.map((path) => `${path}?account=${companyA.accounts[0]!.accountNumber}`);
  for (const path of ["/", ...sectionPaths, ...linked, "/password"]) {
    await page.goto(path);
    await expect(page.getByRole("navigation", { name: "Navigation principale" })).toBeVisible();
    // Company B's own account first: the page has its user's data, so an absence below means
    // "not shown", not "not loaded yet".
    await expect(page.getByTestId("account-number"), `${path} shows company B's account`).toHaveText("6301");
    await expect(page.getByTestId("billing-number")).toHaveText(companyB.billingNumber);
    await expect(page.getByText(companyB.accounts[0]!.name).first()).toBeVisible();
    const html = await page.content();
    for (const word of forbidden) expect(html, `${path} shows ${word}`).not.toContain(word);
  }
  const me = await page.evaluate(async () => (await fetch("/trpc/session.me")).text());
  for (const word of forbidden) expect(me).not.toContain(word);
  const stored = await page.evaluate(() => JSON.stringify(localStorage));
  for (const word of forbidden) expect(stored).not.toContain(word);
});
