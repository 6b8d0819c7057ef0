import { sql } from "kysely";
import { retentionStart } from "../../../shared/retention-window";
import type { ReportContext } from "../report-definition";

/**
 * The choices of the Statistics form: the account groups of the user's accounts and the
 * distribution groups of their calls within the retention window.
 */
export async function statisticsOptions(ctx: ReportContext): Promise<{ accountGroups: number[]; distributionGroups: number[] }> {
  const accounts = ctx.access.accountNumbers;
  if (accounts.length === 0) return { accountGroups: [], distributionGroups: [] };
  const since = retentionStart(ctx);
  const { rows } = await sql<{ kind: "account" | "distribution"; group: number }>`
    select distinct 'account' as kind, account_group as "group" from accounts where account_number = any(${accounts}::int[])
    union
    select distinct 'distribution', distribution_group from calls
    where account_number = any(${accounts}::int[]) and started_at >= ${since}
    order by 1, 2
  `.execute(ctx.db);
  return {
    accountGroups: rows.filter((r) => r.kind === "account").map((r) => r.group),
    distributionGroups: rows.filter((r) => r.kind === "distribution").map((r) => r.group),
  };
}
