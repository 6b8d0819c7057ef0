import { mkdir, writeFile } from "node:fs/promises";
import path from "node:path";
import { connect } from "../../db/connection";
import { encodeWav } from "../../server/demo/wav";
import { hashPassword } from "../../server/auth/password";
import { manualExample } from "../../server/reports/statistics/testing/statistics-example";
import { addDays, today } from "../../shared/time-zone";

/**
 * The Statistics spec's own data, apart from the other specs': a company (billing 550001,
 * accounts 5501 and 5502), its users "stella" (French) and "steven" (English), and the
 * manual's example moved to the last three weeks (61 counted calls · 5 automated · … on
 * 5501), plus one call with a recording.
 */
export const stella = { username: "stella", password: "Statistiques-2026!", name: "Stella Ouellet" };
/** The same access, for the English specs (a user's language is saved: parallel specs need one each). */
export const steven = { username: "steven", password: "Statistics-2026!", name: "Steven Ouellet" };
export const statsCompany = { billingNumber: "550001", name: "Chauffage Boréal inc.", accounts: [5501, 5502] };
const zone = "America/Toronto";
/** The call that has a recording: the example's first, an answered call within 30 s. */
export const recordedCall = 55_000_000;

/** The example's period, as the spec types it: the 21 days ending yesterday. */
export function examplePeriod(now = new Date()) {
  const end = addDays(today(zone, now), -1);
  return { from: addDays(end, -20), to: end };
}

export async function seedStatistics(): Promise<void> {
  const url = process.env.E2E_DATABASE_URL;
  if (!url) throw new Error("E2E_DATABASE_URL is not set: global-setup.ts did not run");
  const db = connect(url, { max: 1 });
  try {
    const exists = await db.selectFrom("users").select("id").where("username", "=", stella.username).executeTakeFirst();
    if (exists) return;
    await db.insertInto("billing_accounts").values({ billing_number: statsCompany.billingNumber, name: statsCompany.name }).execute();
    await db
      .insertInto("accounts")
      .values([
        { account_number: 5501, billing_number: "550001", name: "Chauffage Boréal — Service", account_group: 1, info_pages: JSON.stringify([]) },
        { account_number: 5502, billing_number: "550001", name: "Chauffage Boréal — Ventes", account_group: 2, info_pages: JSON.stringify([]) },
      ])
      .execute();
    for (const [user, locale] of [[stella, "fr"], [steven, "en"]] as const) {
      const { id } = await db
        .insertInto("users")
        .values({ username: user.username, password_hash: await hashPassword(user.password), name: user.name, locale })
        .returning("id")
        .executeTakeFirstOrThrow();
      await db.insertInto("grants").values({ user_id: id, billing_number: statsCompany.billingNumber, account_number: null }).execute();
    }

    // The example lies in 2026-11-02 … 2026-11-22; move it so that it ends yesterday.
    const { to } = examplePeriod();
    const shift = Date.parse(`${to}T12:00:00Z`) - Date.parse("2026-11-22T12:00:00Z");
    let callNumber = 55_000_000;
    const rows = manualExample()
      .filter((r) => r.account_number === 5201 && String(r.started_at) >= "2026-11-02T05:00:00Z")
      .map((r) => ({
        ...r,
        call_number: callNumber++,
        account_number: 5501,
        started_at: new Date(Date.parse(String(r.started_at)) + shift).toISOString(),
      }));
    // The first answered call has a recording: the calls listed behind a figure can play it.
    const dir = process.env.E2E_RECORDINGS_DIR;
    if (!dir) throw new Error("E2E_RECORDINGS_DIR is not set: global-setup.ts did not run");
    await mkdir(dir, { recursive: true });
    const wav = encodeWav(Float32Array.from({ length: 8000 * 2 }, (_, i) => Math.sin(i / 5) * 0.2));
    await writeFile(path.join(dir, "e2e-statistics.wav"), wav);
    const first = rows[0]!;
    Object.assign(first, { recording_file: "e2e-statistics.wav", recording_type: "audio/wav", recording_bytes: wav.length });
    await db.insertInto("calls").values(rows).execute();
  } finally {
    await db.destroy();
  }
}
