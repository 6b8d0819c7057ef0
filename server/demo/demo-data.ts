import { randomInt } from "node:crypto";
import type { Kysely } from "kysely";
import { today as localToday } from "../../shared/time-zone";
import type { Database } from "../../db/database";
import { writeRecords } from "../../db/import/ndjson-import";
import type { StoredRecording } from "../../db/import/record-rows";
import { type ImportRecord, parseRecord, type RecordInput } from "../../db/import/record-schemas";
import { type Clip, RecordingStore } from "../../db/import/recording-files";
import { addUser, findUser, grant, setPassword } from "../users/users";
import { billingHistory } from "./demo-billing";
import { dayActivity, lastDates } from "./demo-activity";
import { demoCompanies } from "./demo-companies";
import { demoCallAudio } from "./wav";

export const DEMO_USERNAME = "demo";
export const OTHER_DEMO_USERNAME = "westmount";
/** Days of calls, messages and billable calls, ending with today. */
const DEMO_DAYS = 60;
/**
 * Seconds of each demo recording clip: every recorded call is fitted to one of them, so that it
 * lasts as long as its recording (10 s steps where most calls are, coarser beyond 4 minutes).
 */
export const CLIP_SECONDS = [
  ...Array.from({ length: 23 }, (_, i) => 20 + i * 10),
  270, 300, 360, 420, 480, 600, 720, 900,
];

export interface DemoOptions {
  recordingsDir: string;
  /** PORTAL_TIMEZONE: the demo's calls follow office hours there. */
  timeZone: string;
  /** The demo's "now" (default: the current time); nothing is dated after it. */
  now?: Date;
}

export interface DemoUsers {
  /** The demo user (sees billing number 120045: accounts 5201 and 5202). */
  username: string;
  password: string;
  /** A second user, of the English-speaking company (billing number 130077): its data and its pages in English. */
  other: { username: string; password: string };
}

/** Whether the database holds no client account yet (then the embedded portal loads the demo). */
export async function isDatabaseEmpty(db: Kysely<Database>): Promise<boolean> {
  const row = await db.selectFrom("accounts").select("account_number").limit(1).executeTakeFirst();
  return row === undefined;
}

/**
 * Loads the demo data set in one transaction, through the importer's own validation and
 * upserts: two client companies, their accounts and information pages, 60 days of calls (with
 * playable WAV recordings as long as the calls), messages and billable calls, 14 months of billing. Everything
 * is deterministic but the passwords: loading it again updates it in place, and gives the demo
 * users ("demo", "westmount") new random passwords, which it returns.
 */
export async function loadDemo(db: Kysely<Database>, options: DemoOptions): Promise<DemoUsers> {
  const now = options.now ?? new Date();
  const today = localToday(options.timeZone, now);
  const clips: Clip[] = CLIP_SECONDS.map((seconds, i) => ({ content: demoCallAudio(seconds, i), ext: ".wav" }));
  const store = new RecordingStore(options.recordingsDir);
  const demoPassword = newPassword();
  const otherPassword = newPassword();
  try {
    await db.transaction().execute(async (trx) => {
      const items: { record: ImportRecord; recording?: StoredRecording | null }[] = [];
      const add = (input: RecordInput, recording?: StoredRecording | null) =>
        items.push({ record: validated(input), recording });

      for (const company of demoCompanies) {
        add({ type: "billing_account", billingNumber: company.billingNumber, name: company.name });
        for (const account of company.accounts) {
          add({
            type: "account",
            accountNumber: account.accountNumber,
            billingNumber: company.billingNumber,
            name: account.name,
            group: account.group,
            infoPages: account.infoPages,
          });
        }
      }
      let slot = 0;
      for (const company of demoCompanies) {
        for (const account of company.accounts) {
          for (const date of lastDates(today, DEMO_DAYS)) {
            const day = dayActivity(account, company.language, slot, date, options.timeZone, now, CLIP_SECONDS);
            for (const call of day.calls) {
              const recording =
                call.clip === null ? null : await store.write(call.record.callNumber, clips[call.clip]!);
              add(call.record, recording);
            }
            for (const message of day.messages) add(message);
            for (const billable of day.billable) add(billable);
          }
          slot++;
        }
        for (const entry of billingHistory(company, today)) add(entry);
      }
      await writeRecords(trx, items);

      await demoUser(trx, DEMO_USERNAME, demoPassword, "Utilisateur démo – Plomberie Laval", "120045", "fr");
      await demoUser(trx, OTHER_DEMO_USERNAME, otherPassword, "Front desk – Westmount Dental Clinic", "130077", "en");
    });
  } catch (e) {
    await store.discard();
    throw e;
  }
  return {
    username: DEMO_USERNAME,
    password: demoPassword,
    other: { username: OTHER_DEMO_USERNAME, password: otherPassword },
  };
}

async function demoUser(db: Kysely<Database>, username: string, password: string, name: string, billing: string, locale: "fr" | "en") {
  if (await findUser(db, username)) await setPassword(db, username, password);
  else await addUser(db, { username, password, name, locale });
  await grant(db, username, { billingNumber: billing });
}

/** The demo goes through the importer's schemas too, so it can never drift from docs/import-format.md. */
function validated(input: RecordInput): ImportRecord {
  const result = parseRecord(input);
  if (!result.ok) throw new Error(`demo record ${JSON.stringify(input)} is invalid: ${result.reason}`);
  return result.record;
}

/** 16 characters from an alphabet without look-alikes (about 90 bits). */
function newPassword(): string {
  const alphabet = "abcdefghjkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";
  return Array.from({ length: 16 }, () => alphabet[randomInt(alphabet.length)]).join("");
}
