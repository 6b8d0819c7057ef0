import { connect } from "../../db/connection";
import { hashPassword } from "../../server/auth/password";
import { manualExample } from "../../server/reports/testing/statistics-example";
import { addDays, today } from "../../shared/time-zone";

/**
 * The Statistics spec's own data, apart from the other specs': a company (billing 770001,
 * accounts 7701 and 7702), its users "stella" (French) and "steven" (English), and the manual's example moved to the last
 * three weeks (61 counted calls · 5 automated · … on 7701), plus one call with a recording.
 */
export const stella = { username: "stella", password: "Statistiques-2026!", name: "Stella Ouellet" };
/** The same access, for the English specs (a user's language is saved: parallel specs need one each). */
export const steven = { username: "steven", password: "Statistics-2026!", name: "Steven Ouellet" };
export const statsCompany = { billingNumber: "770001", name: "Chauffage Boréal inc.", accounts: [7701, 7702] };
const zone = "America/Toronto";

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
        { account_number: 7701, billing_number: "770001", name: "Chauffage Boréal — Service", account_group: 1, info_pages: JSON.stringify([]) },
        { account_number: 7702, billing_number: "770001", name: "Chauffage Boréal — Ventes", account_group: 2, info_pages: JSON.stringify([]) },
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
    let callNumber = 77_000_000;
    const rows = manualExample()
      .filter((r) => r.account_number === 5201 && String(r.started_at) >= "2026-11-02T05:00:00Z")
      .map((r) => ({
        ...r,
        call_number: callNumber++,
        account_number: 7701,
        started_at: new Date(Date.parse(String(r.started_at)) + shift).toISOString(),
      }));
    await db.insertInto("calls").values(rows).execute();
  } finally {
    await db.destroy();
  }
}
