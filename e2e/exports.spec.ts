import { readdir, readFile, writeFile } from "node:fs/promises";
import path from "node:path";
import AxeBuilder from "@axe-core/playwright";
import { simpleParser } from "mailparser";
import type { Page } from "@playwright/test";
import { readXlsx } from "../server/exports/testing/read-xlsx";
import { seedExports, xavier } from "./support/exports-seed";
import { expect, horizontalOverflow, signInAs, switchLanguage, test } from "./support/fixtures";

/**
 * Open in Excel and E-mail this report, on a real section page (Text messages). The e2e server
 * has no SMTP_URL: a sent report goes to its outbox (E2E_OUTBOX_DIR), the page confirms it,
 * and the test reads the .eml: recipients, subject, the sender's note, the attached workbook.
 */
async function violations(page: Page) {
  const result = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "best-practice"]).analyze();
  return result.violations.map((v) => `${v.id}: ${v.help} — ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`);
}

test.beforeAll(async () => {
  await seedExports();
});

const outboxDir = process.env.E2E_OUTBOX_DIR!;
const outbox = async () => (await readdir(outboxDir).catch(() => [])).filter((name) => name.endsWith(".eml"));

test.describe.configure({ mode: "serial" });

const labels = {
  fr: {
    excel: "Ouvrir dans Excel",
    email: "Envoyer le rapport par e-mail",
    addresses: "Adresses e-mail des destinataires",
    send: "Envoyer",
    invalid: "Adresse e-mail invalide.",
    sent: "Rapport envoyé à patron@example.com, adjointe@example.com.",
    file: /^messages-textes_\d{4}-\d{2}-\d{2}_\d{4}\.xlsx$/,
    title: "Messages textes",
  },
  en: {
    excel: "Open in Excel",
    email: "E-mail this report",
    addresses: "Recipients' e-mail addresses",
    send: "Send",
    invalid: "Invalid e-mail address.",
    sent: "Report sent to patron@example.com, adjointe@example.com.",
    file: /^text-messages_\d{4}-\d{2}-\d{2}_\d{4}\.xlsx$/,
    title: "Text Messages",
  },
};

for (const locale of ["fr", "en"] as const) {
  test(`Open in Excel and E-mail this report (${locale})`, async ({ page }, info) => {
    const l = labels[locale];
    await signInAs(page, xavier);
    await switchLanguage(page, locale);
    await page.goto("/messages");
    const excel = page.getByRole("button", { name: l.excel });
    await expect(excel).toBeEnabled();

    const [download] = await Promise.all([page.waitForEvent("download"), excel.click()]);
    expect(download.suggestedFilename()).toMatch(l.file);
    const file = info.outputPath(download.suggestedFilename());
    await download.saveAs(file);
    const sheet = readXlsx(file).sheets[0]!;
    expect(String(sheet.rows[0]![0]!.v).toLowerCase()).toBe(l.title.toLowerCase());

    const opener = page.getByRole("button", { name: l.email });
    await opener.click();
    const dialog = page.getByRole("dialog", { name: l.email });
    await expect(dialog).toBeVisible();
    const addresses = dialog.getByLabel(l.addresses);
    await expect(addresses).toBeFocused();
    // Escape closes it and gives the focus back to the button.
    await page.keyboard.press("Escape");
    await expect(dialog).toBeHidden();
    await expect(opener).toBeFocused();

    await opener.click();
    await addresses.fill("patron@example.com, pas-une-adresse");
    await dialog.getByRole("button", { name: l.send, exact: true }).click();
    await expect(dialog.getByRole("alert")).toHaveText(l.invalid);
    await expect(addresses).toHaveAttribute("aria-invalid", "true");
    expect(await violations(page)).toEqual([]);

    await page.setViewportSize({ width: 360, height: 740 });
    expect(await horizontalOverflow(page)).toBeLessThanOrEqual(0);
    await page.screenshot({ path: `/tmp/shots/exports-dialog-${locale}-360.png`, fullPage: true });
    await page.setViewportSize({ width: 1280, height: 800 });
    await page.screenshot({ path: `/tmp/shots/exports-dialog-${locale}-1280.png`, fullPage: true });

    await addresses.fill("patron@example.com; adjointe@example.com");
    await dialog.getByLabel(locale === "fr" ? "Message (facultatif)" : "Message (optional)").fill("Pour la réunion de lundi");
    const before = new Set(await outbox());
    await dialog.getByRole("button", { name: l.send, exact: true }).click();
    await expect(dialog).toBeHidden();
    await expect(page.getByRole("status").filter({ hasText: l.sent })).toBeVisible();

    // The e-mail itself, as the portal wrote it (no SMTP_URL): its recipients, subject, note, and the workbook.
    // Specs running beside this one write e-mail to the same outbox (a change request's, to the
    // service): this report's is the one to its recipients.
    const sent: string[] = [];
    for (const name of (await outbox()).filter((name) => !before.has(name))) {
      if ((await readFile(path.join(outboxDir, name), "utf8")).includes("patron@example.com")) sent.push(name);
    }
    expect(sent).toHaveLength(1);
    const mail = await simpleParser(await readFile(path.join(outboxDir, sent[0]!)));
    const to = Array.isArray(mail.to) ? mail.to : [mail.to!];
    expect(to.flatMap((a) => a.value.map((v) => v.address)).sort()).toEqual(["adjointe@example.com", "patron@example.com"]);
    expect(mail.subject?.toLowerCase().startsWith(`${l.title.toLowerCase()} — `)).toBe(true);
    expect(mail.text).toContain("Pour la réunion de lundi");
    expect(mail.attachments).toHaveLength(1);
    const attachment = mail.attachments[0]!;
    expect(attachment.filename).toMatch(l.file);
    const attached = info.outputPath(`mailed-${attachment.filename}`);
    await writeFile(attached, attachment.content);
    expect(String(readXlsx(attached).sheets[0]!.rows[0]![0]!.v).toLowerCase()).toBe(l.title.toLowerCase());
    expect(await violations(page)).toEqual([]);
    await page.screenshot({ path: `/tmp/shots/exports-sent-${locale}-1280.png`, fullPage: true });
    await page.setViewportSize({ width: 360, height: 740 });
    expect(await horizontalOverflow(page)).toBeLessThanOrEqual(0);
    await page.screenshot({ path: `/tmp/shots/exports-sent-${locale}-360.png`, fullPage: true });
  });
}
