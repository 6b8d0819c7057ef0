import { connect } from "../../db/connection";
import { hashPassword } from "../../server/auth/password";
import { startOfDay, today } from "../../shared/time-zone";
import type { TestUser } from "./seed";

/**
 * The Text messages spec's own data, apart from the other specs': a company (billing 880001,
 * account 8801) and its user "mireille", with today's messages (one to search for, one holding
 * HTML), 30 older ones (for "show more"); and another company (billing 880002, account 8901,
 * user "marco") whose message Mireille must never see.
 */
const zone = "America/Toronto";
const password = "Messages-2026!";
export const mireille = { username: "mireille", password, name: "Mireille Caron", locale: "fr" as const };
/** Mireille's colleague who reads English: each spec language has its own user, so they can run in parallel. */
export const mike = { username: "mike", password, name: "Mike Leclerc", locale: "en" as const };
export const marco = { username: "marco", password, name: "Marco Poulin", locale: "fr" as const };
export const messagesCompany = { billingNumber: "880001", name: "Déneigement Nordique inc.", accounts: [{ accountNumber: 8801, name: "Nordique — Service", group: 1 }] };
const otherCompany = { billingNumber: "880002", name: "Toitures Boréales", accounts: [{ accountNumber: 8901, name: "Toitures — Bureau", group: 1 }] };

export const mireilleUser = { ...mireille, company: messagesCompany, grant: "billing" } as unknown as TestUser;
export const mikeUser = { ...mike, company: messagesCompany, grant: "billing" } as unknown as TestUser;
export const marcoUser = { ...marco, company: otherCompany, grant: "billing" } as unknown as TestUser;

export const searched = 88_000_001;
export const injected = 88_000_002;
export const othersMessage = 89_000_001;
export const olderCount = 30;

export async function seedMessages(): Promise<void> {
  const url = process.env.E2E_DATABASE_URL;
  if (!url) throw new Error("E2E_DATABASE_URL is not set: global-setup.ts did not run");
  const db = connect(url, { max: 1 });
  try {
    const exists = await db.selectFrom("users").select("id").where("username", "=", mireille.username).executeTakeFirst();
    if (exists) return;
    for (const company of [messagesCompany, otherCompany]) {
      await db.insertInto("billing_accounts").values({ billing_number: company.billingNumber, name: company.name }).execute();
      const account = company.accounts[0]!;
      await db
        .insertInto("accounts")
        .values({ account_number: account.accountNumber, billing_number: company.billingNumber, name: account.name, account_group: 1, info_pages: JSON.stringify([]) })
        .execute();
    }
    for (const [company, user] of [
      [messagesCompany, mireille],
      [messagesCompany, mike],
      [otherCompany, marco],
    ] as const) {
      const { id } = await db
        .insertInto("users")
        .values({ username: user.username, password_hash: await hashPassword(user.password), name: user.name, locale: user.locale })
        .returning("id")
        .executeTakeFirstOrThrow();
      await db.insertInto("grants").values({ user_id: id, billing_number: company.billingNumber, account_number: null }).execute();
    }

    const now = Date.now();
    // Today in the service's zone, even a minute after midnight.
    const todayAt = (minutesAgo: number) => new Date(Math.max(now - minutesAgo * 60_000, startOfDay(today(zone), zone).getTime() + 1000));
    const iso = (d: Date, plusSeconds = 0) => new Date(d.getTime() + plusSeconds * 1000).toISOString();
    const message = (id: number, account: number, takenAt: Date, title: string, fields: [string, string][], callNumber: number | null = null) => ({
      message_id: id,
      account_number: account,
      call_number: callNumber,
      taken_at: takenAt,
      agent: "ELD",
      title,
      fields: JSON.stringify(fields.map(([label, value]) => ({ label, value }))),
      history: JSON.stringify([
        { at: iso(takenAt, 400), event: "Taken" },
        { at: iso(takenAt, 20), event: "email initiated to info@nordique.ca" },
        { at: iso(takenAt, 25), event: "email completed to info@nordique.ca" },
        { at: iso(takenAt, 300), event: "Delivered" },
      ]),
    });
    await db
      .insertInto("calls")
      .values({
        call_number: 88_500_001,
        account_number: 8801,
        started_at: todayAt(3),
        kind: "in",
        duration_seconds: 95,
        caller_id: "5145214567",
        caller_name: "ÉLOÏSE GAGNÉ",
        agent: "ELD",
        station: 4,
        outcome: "answered",
        answer_delay_seconds: 6,
        agent_seconds: 90,
        hold_seconds: 0,
        work_seconds: 30,
        transferred: false,
        transfer_seconds: null,
        distribution_group: 0,
        quality: 90,
        recording_file: "88500001.wav",
        recording_type: "audio/wav",
        recording_bytes: 44,
      })
      .execute();
    const rows = [
      message(
        searched,
        8801,
        todayAt(2),
        "RENDEZ-VOUS",
        [
          ["Prénom", "Éloïse"],
          ["Nom", "Gagné"],
          ["Tél", "(514) 521-4567"],
          ["Adresse", "4571, rue de l'Église, Montréal"],
          ["Code postal", "H1H 1H1"],
          ["Problème", "Réparation d'équipement de déneigement — la souffleuse ne démarre plus depuis ce matin, merci de rappeler avant 17 h."],
        ],
        88_500_001,
      ),
      message(injected, 8801, todayAt(1), "<script>window.__pwned = 1</script>", [["Note", `<img src=x onerror="window.__pwned = 2"> & <b>gras</b>`]]),
      message(othersMessage, 8901, todayAt(1), "RENDEZ-VOUS SECRET", [["Tél", "(514) 521-4567"]]),
      ...Array.from({ length: olderCount }, (_, i) =>
        message(88_100_000 + i, 8801, new Date(now - (2 + i * 3) * 3600_000 - 86_400_000), "MESSAGE GÉNÉRAL", [["Texte", `Message ${i + 1}`]]),
      ),
    ];
    await db.insertInto("messages").values(rows).execute();
  } finally {
    await db.destroy();
  }
}
