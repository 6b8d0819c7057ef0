import AxeBuilder from "@axe-core/playwright";
import type { Page } from "@playwright/test";
import { expect, signInAs, test } from "./support/fixtures";
import { liam, lina, liveAccount, liveToken, luc, otherAccount, seedLive } from "./support/live-seed";
import { startSecondPortal } from "./support/second-portal";

let token: string;
let nextId = 44_000_000 + (Date.now() % 1_000_000);

test.beforeAll(async () => {
  await seedLive();
  token = await liveToken(`e2e-live-${process.pid}`);
});

async function violations(page: Page) {
  const result = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "best-practice"]).analyze();
  return result.violations.map((v) => `${v.id}: ${v.help} — ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`);
}

const message = (accountNumber: number, messageId = nextId++) => ({
  type: "message",
  messageId,
  accountNumber,
  callNumber: null,
  takenAt: new Date().toISOString(),
  agent: "MCL",
  title: `Rappeler le client ${messageId}`,
  fields: [{ label: "Prénom", value: "Jean" }],
  history: [],
});
const call = (accountNumber: number, callNumber = nextId++) => ({
  type: "call",
  callNumber,
  accountNumber,
  startedAt: new Date().toISOString(),
  kind: "in",
  durationSeconds: 60,
  callerId: "5145550101",
  callerName: "Jean Tremblay",
  agent: "MCL",
  station: 1,
  outcome: "answered",
  answerDelaySeconds: 3,
  agentSeconds: 50,
  holdSeconds: 0,
  workSeconds: 5,
  transferred: false,
  transferSeconds: null,
  distributionGroup: 1,
  quality: 90,
  recording: null,
});

async function ingest(base: string, ...records: unknown[]) {
  const res = await fetch(`${base}/ingest`, {
    method: "POST",
    headers: { authorization: `Bearer ${token}`, "content-type": "application/x-ndjson" },
    body: records.map((r) => JSON.stringify(r)).join("\n"),
  });
  expect(res.status).toBe(200);
}

/** Opens a page and waits until its event stream is connected (the server's `ready`). */
async function openLive(page: Page, path: string) {
  const ready = page.waitForResponse((r) => r.url().endsWith("/events"));
  await page.goto(path);
  await ready;
}

test("an ingested message reaches an open Messages page within a second; the list waits for the user", async ({ page, baseURL }) => {
  await signInAs(page, lina);
  await openLive(page, "/messages");
  await expect(page.getByTestId("messages-count")).toBeVisible();
  const first = message(liveAccount);
  const started = Date.now();
  await ingest(baseURL!, first, message(liveAccount));
  const notice = page.getByRole("button", { name: "2 nouveaux messages — afficher" });
  await expect(notice).toBeVisible({ timeout: 5000 });
  expect(Date.now() - started).toBeLessThan(1000);
  // The list did not move under the user: the new message is not there until asked for.
  await expect(page.getByText(first.title)).toHaveCount(0);
  expect(await violations(page)).toEqual([]);
  await notice.click();
  await expect(page.getByText(first.title)).toBeVisible();
  await expect(notice).toHaveCount(0);
});

test("two portal processes: ingested on one, told on the other; another client's user hears nothing", async ({ browser, baseURL }) => {
  const second = await startSecondPortal();
  try {
    const liamPage = await (await browser.newContext({ baseURL })).newPage();
    const lucPage = await (await browser.newContext({ baseURL })).newPage();
    await signInAs(liamPage, liam);
    await signInAs(lucPage, luc);
    await openLive(liamPage, "/messages");
    await openLive(lucPage, "/messages");
    const started = Date.now();
    await ingest(second.base, message(liveAccount));
    await expect(liamPage.getByRole("button", { name: "1 new message — show" })).toBeVisible({ timeout: 5000 });
    expect(Date.now() - started).toBeLessThan(1000);
    await lucPage.waitForTimeout(500);
    await expect(lucPage.getByTestId("live-notice")).toHaveCount(0);
    // …and Luc's own account's message does reach him.
    await ingest(second.base, message(otherAccount));
    await expect(lucPage.getByRole("button", { name: "1 nouveau message — afficher" })).toBeVisible({ timeout: 5000 });
  } finally {
    await second.stop();
  }
});

test("an ingested call reaches the call recorder as '1 nouvel appel — afficher'", async ({ page, baseURL }) => {
  await signInAs(page, lina);
  await openLive(page, "/recordings");
  await ingest(baseURL!, call(liveAccount));
  const notice = page.getByRole("button", { name: "1 nouvel appel — afficher" });
  await expect(notice).toBeVisible({ timeout: 5000 });
  expect(await violations(page)).toEqual([]);
  await notice.click();
  await expect(notice).toHaveCount(0);
});
