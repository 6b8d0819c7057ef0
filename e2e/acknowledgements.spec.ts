import AxeBuilder from "@axe-core/playwright";
import type { Page } from "@playwright/test";
import { expect, signInAs, test } from "./support/fixtures";
import { liam, lina, liveAccount, liveToken, luc, seedLive } from "./support/live-seed";

/**
 * The message page's "Accuser réception / Acknowledge" (docs/acknowledgements.md): pressed, the
 * card's delivery history says who acknowledged it, in the reader's language, and the button
 * gives way to "you acknowledged this message". Another client's user cannot open it.
 */
let token: string;
let nextId = 46_000_000 + (Date.now() % 1_000_000);

test.beforeAll(async () => {
  await seedLive();
  token = await liveToken(`e2e-acknowledgements-${process.pid}`);
});

async function violations(page: Page) {
  const result = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "best-practice"]).analyze();
  return result.violations.map((v) => `${v.id}: ${v.help} — ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`);
}

async function ingestMessage(base: string) {
  const messageId = nextId++;
  const record = { type: "message", messageId, accountNumber: liveAccount, callNumber: null, takenAt: new Date().toISOString(), agent: "MCL", title: `Porte bloquée ${messageId}`, fields: [], history: [] };
  const res = await fetch(`${base}/ingest`, { method: "POST", headers: { authorization: `Bearer ${token}` }, body: JSON.stringify(record) });
  expect(res.status).toBe(200);
  return messageId;
}

const cases = [
  { locale: "fr", user: lina, name: "Lina Ouellet", button: "Accuser réception", viewed: "Consulté dans le portail par Lina Ouellet", acknowledged: "Réception accusée par Lina Ouellet", done: "Vous avez accusé réception de ce message." },
  { locale: "en", user: liam, name: "Liam Fortin", button: "Acknowledge", viewed: "Viewed in the portal by Liam Fortin", acknowledged: "Acknowledged by Liam Fortin", done: "You acknowledged this message." },
] as const;

for (const c of cases) {
  for (const width of [360, 1280]) {
    test(`Acknowledge on a message card at ${width} px in ${c.locale}: the history says who; axe finds nothing`, async ({ page, baseURL }) => {
      await page.setViewportSize({ width, height: 800 });
      const messageId = await ingestMessage(baseURL!);
      await signInAs(page, c.user);
      await page.goto(`/messages/${messageId}`);
      const history = page.locator(".msg-history");
      await expect(history.getByText(c.viewed)).toBeVisible();
      await expect(history.getByText(c.acknowledged)).toHaveCount(0);
      expect(await violations(page)).toEqual([]);

      await page.getByRole("button", { name: c.button }).click();
      await expect(history.getByText(c.acknowledged)).toBeVisible();
      await expect(page.getByTestId("acknowledged")).toHaveText(c.done);
      await expect(page.getByRole("button", { name: c.button })).toHaveCount(0);
      expect(await violations(page)).toEqual([]);

      // Once: a reload shows one acknowledgement, and no button.
      await page.reload();
      await expect(history.getByText(c.acknowledged)).toHaveCount(1);
      await expect(page.getByTestId("acknowledged")).toBeVisible();
    });
  }
}

test("another client's user cannot open the message, nor acknowledge it", async ({ page, baseURL }) => {
  const messageId = await ingestMessage(baseURL!);
  await signInAs(page, luc);
  await page.goto(`/messages/${messageId}`);
  await expect(page.getByTestId("message-not-found")).toBeVisible();
  await expect(page.getByRole("button", { name: "Accuser réception" })).toHaveCount(0);
  const answer = await page.evaluate(async (id) => {
    const res = await fetch("/trpc/messages.acknowledge", { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ messageId: id, action: "acknowledged" }) });
    return res.status;
  }, messageId);
  expect(answer).toBe(404);
});
