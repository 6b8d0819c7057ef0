import { type Expression, type Kysely, type QueryCreator, sql } from "kysely";
import type { Database } from "../db/database";

/** What a signed-in user may see: a required argument of every report and of the recording route. */
export type Access = { userId: number; accountNumbers: number[] };

/**
 * The accounts a user may see, in ascending order: those granted directly, and every account
 * of a granted billing number (so an account added later to that billing number is included).
 *
 * ```sql
 * select account_number from accounts
 * where account_number in (select account_number from grants where user_id = $1)
 *    or billing_number in (select billing_number from grants where user_id = $1)
 * order by account_number
 * ```
 */
export async function accessibleAccounts(db: Kysely<Database>, userId: number): Promise<number[]> {
  const rows = await accessibleAccountsQuery(db, userId).execute();
  return rows.map((r) => r.account_number);
}

/**
 * That statement, to run alone or as a subquery of another: the session's check reads the
 * user's accounts in the same round trip (`array(…)`, server/auth/session.ts), with `userId`
 * then the column of the session's user.
 */
export function accessibleAccountsQuery(db: QueryCreator<Database>, userId: number | Expression<number>) {
  return db
    .selectFrom("accounts")
    .select("accounts.account_number")
    .where((eb) =>
      eb.or([
        eb("accounts.account_number", "in", eb.selectFrom("grants").select("grants.account_number").where("grants.user_id", "=", userId)),
        eb("accounts.billing_number", "in", eb.selectFrom("grants").select("grants.billing_number").where("grants.user_id", "=", userId)),
      ]),
    )
    .orderBy("accounts.account_number");
}

export async function loadAccess(db: Kysely<Database>, userId: number): Promise<Access> {
  return { userId, accountNumbers: await accessibleAccounts(db, userId) };
}

/**
 * The accounts `access` allows, joined to their company, in account order: what every list of
 * "your accounts" starts from. Select the columns you need.
 *
 * ```sql
 * select … from accounts inner join billing_accounts using (billing_number)
 * where accounts.account_number = any($1) order by accounts.account_number
 * ```
 */
export function visibleAccounts(db: Kysely<Database>, access: Access) {
  return db
    .selectFrom("accounts")
    .innerJoin("billing_accounts", "billing_accounts.billing_number", "accounts.billing_number")
    .where(sql<boolean>`accounts.account_number = any(${access.accountNumbers}::int[])`)
    .orderBy("accounts.account_number");
}
