import { mkdtemp, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { chromium } from "@playwright/test";
import { chromiumLaunchOptions } from "./support/chromium";
import { expect, signInAs, test } from "./support/fixtures";
import { companyA, users } from "./support/seed";

async function serviceWorkerReady(page: import("@playwright/test").Page) {
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
  });
  // The first version claims the page; wait until it controls it.
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null);
}

test("the manifest and icons are served", async ({ request }) => {
  const manifest = await (await request.get("/manifest.webmanifest")).json();
  expect(manifest).toMatchObject({ name: "Portail client", lang: "fr", start_url: "/", display: "standalone" });
  for (const icon of manifest.icons as { src: string; sizes: string; purpose: string }[]) {
    const res = await request.get(icon.src);
    expect(res.ok(), icon.src).toBe(true);
    expect(res.headers()["content-type"]).toContain("image/png");
  }
  expect(manifest.icons.map((i: { sizes: string; purpose: string }) => `${i.sizes} ${i.purpose}`)).toEqual([
    "192x192 any",
    "512x512 any",
    "512x512 maskable",
  ]);
});

test("Chromium reports no installability error", async ({ baseURL }) => {
  // Apps do not install from incognito windows, which every Playwright context is: use a profile.
  const profile = await mkdtemp(path.join(os.tmpdir(), "portal-e2e-profile-"));
  const context = await chromium.launchPersistentContext(profile, { ...chromiumLaunchOptions, baseURL });
  try {
    const page = context.pages()[0] ?? (await context.newPage());
    await page.goto("/sign-in");
    await serviceWorkerReady(page);
    await page.reload();
    await expect(page.getByRole("button", { name: "Entrez / Enter" })).toBeVisible();
    const cdp = await context.newCDPSession(page);
    const { installabilityErrors } = (await cdp.send("Page.getInstallabilityErrors")) as {
      installabilityErrors: { errorId: string }[];
    };
    expect(installabilityErrors).toEqual([]);
  } finally {
    await context.close();
    await rm(profile, { recursive: true, force: true });
  }
});

test("the sign-in page loads offline once visited", async ({ page, context }) => {
  await page.goto("/sign-in");
  await serviceWorkerReady(page);
  await context.setOffline(true);
  await page.reload();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(
    "S.V.P. entrez votre nom et mot de passe / Please sign in",
  );
  await context.setOffline(false);
});

test("the signed-in shell loads offline, marked as offline", async ({ page, context }) => {
  await signInAs(page, users.gabriel);
  await serviceWorkerReady(page);
  await page.goto("/messages");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Messages textes");
  await context.setOffline(true);
  await page.reload();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Messages textes");
  await expect(page.getByText("Hors ligne")).toBeVisible();
  await page.getByRole("link", { name: "Accueil", exact: true }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(`Bienvenue, ${companyA.name}`);
  await context.setOffline(false);
});

test("no console error or CSP violation on sign-in, home and a section", async ({ page }) => {
  const problems: string[] = [];
  page.on("console", (m) => {
    if (m.type() === "error") problems.push(m.text());
  });
  page.on("pageerror", (e) => problems.push(String(e)));
  const response = await page.goto("/sign-in");
  expect(response?.headers()["content-security-policy"] ?? "").toContain("script-src 'self'");
  await expect(page.getByRole("button", { name: "Entrez / Enter" })).toBeVisible();
  await signInAs(page, users.gabriel, page.url());
  await page.goto("/billing");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Historique de facturation");
  // The sign-in page's own check of the session answers 401 before signing in: expected.
  expect(problems.filter((p) => !/401/.test(p))).toEqual([]);
});
