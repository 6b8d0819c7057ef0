import { mkdir, writeFile } from "node:fs/promises";
import path from "node:path";
import { connect } from "../../db/connection";
import { encodeWav } from "../../server/demo/wav";
import { hashPassword } from "../../server/auth/password";
import { startOfDay, today } from "../../shared/time-zone";
import { callRow } from "../../server/testing/seed-calls";
import type { TestUser } from "./seed";

/**
 * The Call recorder spec's own data: a company (billing 770001, account 7701) and its user
 * "rachel", with today's calls — one holding a five-minute recording (long enough that seeking
 * to its middle needs a new range request) — and another company (billing 770002, account
 * 7801, user "victor") whose call Rachel must never find nor hear. "robin" sees what Rachel sees:
 * the English runs sign in as him, since a user's saved language is shared by every test that
 * signs in as that user, in parallel.
 */
const zone = "America/Toronto";
const password = "Recorder-2026!";
export const rachel = { username: "rachel", password, name: "Rachel Bouchard" } as unknown as TestUser;
export const robin = { username: "robin", password, name: "Robin Ouellet" } as unknown as TestUser;
export const victor = { username: "victor", password, name: "Victor Nadeau" } as unknown as TestUser;
export const recordedCall = 77_000_001;
export const victorsCall = 78_000_001;
export const callCount = 7;

export async function seedRecordings(): Promise<{ startedAt: Date }> {
  const url = process.env.E2E_DATABASE_URL;
  const dir = process.env.E2E_RECORDINGS_DIR;
  if (!url || !dir) throw new Error("E2E_DATABASE_URL / E2E_RECORDINGS_DIR are not set: global-setup.ts did not run");
  const db = connect(url, { max: 1 });
  try {
    const existing = await db.selectFrom("calls").select("started_at").where("call_number", "=", recordedCall).executeTakeFirst();
    if (existing) return { startedAt: existing.started_at };
    for (const [billing, company, account, accountName, user] of [
      ["770001", "Serrurerie Laurentides inc.", 7701, "Serrurerie — Urgences 24 h", rachel],
      ["770002", "Vétérinaires Outaouais", 7801, "Vétérinaires — Accueil", victor],
    ] as const) {
      await db.insertInto("billing_accounts").values({ billing_number: billing, name: company }).execute();
      await db
        .insertInto("accounts")
        .values({ account_number: account, billing_number: billing, name: accountName, account_group: 1, info_pages: JSON.stringify([]) })
        .execute();
      const { id } = await db
        .insertInto("users")
        .values({ username: user.username, password_hash: await hashPassword(user.password), name: (user as { name: string }).name, locale: "fr" })
        .returning("id")
        .executeTakeFirstOrThrow();
      await db.insertInto("grants").values({ user_id: id, billing_number: billing, account_number: null }).execute();
    }
    const { id: robinId } = await db
      .insertInto("users")
      .values({ username: robin.username, password_hash: await hashPassword(robin.password), name: (robin as { name: string }).name, locale: "fr" })
      .returning("id")
      .executeTakeFirstOrThrow();
    await db.insertInto("grants").values({ user_id: robinId, billing_number: "770001", account_number: null }).execute();
    await mkdir(dir, { recursive: true });
    // Five minutes of 8 kHz mono: about 4.8 MB.
    const wav = encodeWav(Float32Array.from({ length: 8000 * 300 }, (_, i) => Math.sin(i / 7) * 0.2 * Math.sin(i / 4000)));
    await writeFile(path.join(dir, "e2e-recorder.wav"), wav);
    const now = Date.now();
    // Today in the service's zone, even a minute after midnight.
    const todayAt = (minutesAgo: number) => new Date(Math.max(now - minutesAgo * 60_000, startOfDay(today(zone), zone).getTime() + 1000 + minutesAgo));
    const agents = ["ELD", "MAB", "JPT", "SLG", "RCH", "NDV"];
    await db
      .insertInto("calls")
      .values([
        callRow({
          call_number: recordedCall,
          account_number: 7701,
          started_at: todayAt(2),
          duration_seconds: 300,
          caller_id: "5145550123",
          caller_name: "GAGNON MARIE",
          agent: "ELD",
          station: 155,
          recording_file: "e2e-recorder.wav",
          recording_type: "audio/wav",
          recording_bytes: wav.length,
        }),
        ...agents.map((agent, i) =>
          callRow({
            call_number: recordedCall + 1 + i,
            account_number: 7701,
            started_at: todayAt(10 + i * 7),
            duration_seconds: 12 + i * 40,
            caller_id: `450555${String(1000 + i)}`,
            caller_name: `APPELANT ${i + 1}`,
            agent,
            station: 10 + i,
          }),
        ),
        callRow({ call_number: victorsCall, account_number: 7801, started_at: todayAt(5), recording_file: "e2e-recorder.wav" }),
      ])
      .execute();
    const row = await db.selectFrom("calls").select("started_at").where("call_number", "=", recordedCall).executeTakeFirstOrThrow();
    return { startedAt: row.started_at };
  } finally {
    await db.destroy();
  }
}
