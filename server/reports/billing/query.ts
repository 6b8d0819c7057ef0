import { sql } from "kysely";
import { isBalanceLine } from "../../../shared/billing-description";
import type { BillingFilters } from "../../../shared/filters/billing";
import type { ReportContext } from "../report-definition";

/** One line of the billing history: an invoice line, a payment (negative) or a balance. */
export interface BillingRow {
  entryId: string;
  /** `YYYY-MM-DD` */
  date: string;
  description: string;
  /** numeric(12, 2) as PostgreSQL sends it: never a float. */
  amount: string;
  accountNumber: number | null;
  /** A balance brought forward ("BALANCE …"), set apart on the page as in the manual. */
  isBalance: boolean;
}

/** The heading of the history ("Pour: Numéro de facturation : …"); `found: false` for an unknown or foreign number. */
export interface BillingTotals {
  found: boolean;
  billingNumber: string | null;
  companyName: string | null;
  accountNumber: number | null;
  accountName: string | null;
  entries: number;
}

/**
 * The whole billing history (not limited to the retention period) of one billing number, or of
 * the billing number of one account, newest first. What a user may see:
 * - the billing number must be that of an account they may see, else nothing at all comes back
 *   (the same answer as for a number that does not exist);
 * - lines tied to an account only when they may see that account (by account: that account
 *   only); lines tied to no account (balance, payments, taxes) belong to the whole billing number.
 *
 * One query; the billing account is the left side so that a history with no lines yet still
 * names its company:
 *
 * ```sql
 * select b.billing_number, b.name, e.entry_id, e.date, e.description, e.amount, e.account_number
 * from billing_accounts b
 * left join billing_entries e on e.billing_number = b.billing_number
 *   and (e.account_number is null or e.account_number in ($accounts))
 * where b.billing_number in (select billing_number from accounts where account_number in ($accounts))
 *   and b.billing_number = $billing
 * order by e.date desc, e.entry_id
 * ```
 */
export async function billingHistory(
  ctx: ReportContext,
  filters: BillingFilters,
): Promise<{ rows: BillingRow[]; totals: BillingTotals }> {
  const accounts =
    filters.account === undefined
      ? ctx.access.accountNumbers
      : ctx.access.accountNumbers.filter((n) => n === filters.account);
  const none: BillingTotals = {
    found: false,
    billingNumber: null,
    companyName: null,
    accountNumber: null,
    accountName: null,
    entries: 0,
  };
  if (accounts.length === 0) return { rows: [], totals: none };

  let query = ctx.db
    .selectFrom("billing_accounts as b")
    .leftJoin("billing_entries as e", (join) =>
      join
        .onRef("e.billing_number", "=", "b.billing_number")
        .on((eb) => eb.or([eb("e.account_number", "is", null), eb("e.account_number", "in", accounts)])),
    )
    .select([
      "b.billing_number as billingNumber",
      "b.name as companyName",
      "e.entry_id as entryId",
      "e.date as date",
      "e.description as description",
      "e.amount as amount",
      "e.account_number as accountNumber",
    ])
    .where("b.billing_number", "in", (eb) =>
      eb.selectFrom("accounts").select("accounts.billing_number").where("accounts.account_number", "in", accounts),
    );
  if (filters.billing !== undefined) query = query.where("b.billing_number", "=", filters.billing);
  if (filters.account !== undefined) {
    query = query.select((eb) =>
      eb
        .selectFrom("accounts")
        .select("accounts.name")
        .where("accounts.account_number", "=", filters.account!)
        .as("accountName"),
    );
  }
  const found = await query
    .orderBy(sql`e.date desc nulls last`)
    .orderBy("e.entry_id")
    .execute();

  const first = found[0] as (typeof found)[number] & { accountName?: string | null };
  if (!first) return { rows: [], totals: none };
  const rows: BillingRow[] = [];
  for (const r of found) {
    if (r.entryId === null || r.date === null || r.description === null || r.amount === null) continue;
    rows.push({
      entryId: r.entryId,
      date: r.date,
      description: r.description,
      amount: r.amount,
      accountNumber: r.accountNumber,
      isBalance: isBalanceLine(r.description),
    });
  }
  return {
    rows,
    totals: {
      found: true,
      billingNumber: first.billingNumber,
      companyName: first.companyName,
      accountNumber: filters.account ?? null,
      accountName: first.accountName ?? null,
      entries: rows.length,
    },
  };
}
