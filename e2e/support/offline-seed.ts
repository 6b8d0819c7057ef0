import { mkdtemp, rm, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { sql } from "kysely";
import { connect } from "../../db/connection";
import { encodeWav } from "../../server/demo/wav";
import { importNdjson } from "../../db/import/ndjson-import";
import { hashPassword } from "../../server/auth/password";
import { startOfDay, today } from "../../shared/time-zone";
import type { TestUser } from "./seed";

/**
 * The offline spec's own data: a company (billing 660001, account 6601) with three billing
 * lines, and today a call holding a 20-second recording with the message taken for it, loaded
 * through the importer (NDJSON + WAV in a temporary folder); and one user per test, since
 * each test empties or changes its user's device and saved language.
 */
const zone = "America/Toronto";
const password = "Hors-ligne-2026!";
export const offlineCompany = {
  billingNumber: "660001",
  name: "Boulangerie Hors-Ligne inc.",
  accounts: [{ accountNumber: 6601, name: "Boulangerie — Comptoir", group: 1 }],
};
const user = (username: string, name: string, locale: "fr" | "en" = "fr") =>
  ({ username, password, name, company: offlineCompany, grant: "billing", locale }) as unknown as TestUser & { locale: "fr" | "en" };
export const offlineUsers = {
  olivia: user("olivia", "Olivia Hamel"),
  owen: user("owen", "Owen Price"),
  rita: user("rita", "Rita Dumont"),
  sam: user("sam", "Sam Nadeau"),
  tess: user("tess", "Tess Girard"),
  ursula: user("ursula", "Ursula Roy"),
  vincent: user("vincent", "Vincent Labbé"),
  // offline-gaps.spec.ts: one per language and width.
  gaelle: user("gaelle", "Gaëlle Côté"),
  gilles: user("gilles", "Gilles Roy"),
  grace: user("grace", "Grace Hill", "en"),
  gordon: user("gordon", "Gordon Ash", "en"),
};
/** The message's delivery history as the switch writes it: the manual's forms, an SMS, and a line it does not know. */
export const deliveryHistory = [
  "email initiated to commandes@boulangerie.ca",
  "email completed to commandes@boulangerie.ca",
  "sms sent to 450-555-0199",
  "Delivered",
  "Rappel demandé par le client",
  "Taken",
];
export const recordedCall = 66_000_001;
export const billingDescriptions = ["Paiement reçu — merci", "Services centre d'appels — novembre", "Services centre d'appels — octobre"];

export async function seedOffline(): Promise<void> {
  const url = process.env.E2E_DATABASE_URL;
  const recordingsDir = process.env.E2E_RECORDINGS_DIR;
  if (!url || !recordingsDir) throw new Error("E2E_DATABASE_URL / E2E_RECORDINGS_DIR are not set: global-setup.ts did not run");
  const db = connect(url, { max: 1 });
  const tmp = await mkdtemp(path.join(os.tmpdir(), "portal-offline-seed-"));
  try {
    // One pool connection: the lock holds for the whole seeding, so two workers never seed twice.
    await sql`select pg_advisory_lock(660001)`.execute(db);
    const exists = await db.selectFrom("users").select("id").where("username", "=", "olivia").executeTakeFirst();
    if (exists) return;

    const now = Date.now();
    const todayAt = (minutesAgo: number) =>
      new Date(Math.max(now - minutesAgo * 60_000, startOfDay(today(zone), zone).getTime() + 1000)).toISOString();
    // 20 s of a 440 Hz tone, quiet: long enough that "the middle" is a real seek.
    const samples = new Float32Array(8000 * 20).map((_, i) => 0.2 * Math.sin((2 * Math.PI * 440 * i) / 8000));
    await writeFile(path.join(tmp, "call.wav"), encodeWav(samples));
    const account = offlineCompany.accounts[0]!;
    const records = [
      { type: "billing_account", billingNumber: offlineCompany.billingNumber, name: offlineCompany.name },
      { type: "account", accountNumber: account.accountNumber, billingNumber: offlineCompany.billingNumber, name: account.name, group: 1, infoPages: [] },
      {
        type: "call",
        callNumber: recordedCall,
        accountNumber: account.accountNumber,
        startedAt: todayAt(12),
        kind: "in",
        durationSeconds: 20,
        callerId: "4505550123",
        callerName: "LAPOINTE M",
        agent: "ELD",
        station: 2,
        outcome: "answered",
        answerDelaySeconds: 5,
        agentSeconds: 20,
        holdSeconds: 0,
        workSeconds: 10,
        transferred: false,
        transferSeconds: null,
        distributionGroup: 1,
        quality: 95,
        recording: { file: "call.wav" },
      },
      {
        type: "message",
        messageId: 66_000_001,
        accountNumber: account.accountNumber,
        callNumber: recordedCall,
        takenAt: todayAt(10),
        agent: "ELD",
        title: "Commande de gâteau",
        fields: [
          { label: "Nom", value: "Martine Lapointe" },
          { label: "Message", value: "Gâteau pour samedi" },
        ],
        history: deliveryHistory.map((event, i) => ({ at: todayAt(9 - i), event })),
      },
      ...billingDescriptions.map((description, i) => ({
        type: "billing_entry",
        billingNumber: offlineCompany.billingNumber,
        entryId: `OFF-${i}`,
        date: `2026-${String(11 - i).padStart(2, "0")}-0${i + 2}`,
        description,
        amount: i === 0 ? "-120.00" : "120.00",
        accountNumber: account.accountNumber,
      })),
    ];
    const file = path.join(tmp, "offline.ndjson");
    await writeFile(file, records.map((r) => JSON.stringify(r)).join("\n") + "\n");
    await importNdjson(db, file, { recordingsDir });

    for (const u of Object.values(offlineUsers)) {
      const { id } = await db
        .insertInto("users")
        .values({ username: u.username, password_hash: await hashPassword(password), name: u.name, locale: u.locale })
        .returning("id")
        .executeTakeFirstOrThrow();
      await db.insertInto("grants").values({ user_id: id, billing_number: offlineCompany.billingNumber, account_number: null }).execute();
    }
  } finally {
    await sql`select pg_advisory_unlock_all()`.execute(db).catch(() => {});
    await db.destroy();
    await rm(tmp, { recursive: true, force: true });
  }
}
