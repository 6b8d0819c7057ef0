import type { DatasetBuild } from "../harness/bench-database";

/**
 * The accounts every data set needs: billing 120045 ("Compagnie Bench") holding the busy
 * account(s), and `others` accounts 10001… four to a billing number 200001…, to hold the rest.
 */
export async function insertBenchAccounts(
  { run }: DatasetBuild,
  { busy, others, otherGroup }: { busy: Record<number, string>; others: number; otherGroup: string },
) {
  await run(`insert into billing_accounts (billing_number, name) values ('120045', 'Compagnie Bench')`);
  await run(`insert into billing_accounts (billing_number, name)
    select (200000 + g)::text, 'Client ' || g from generate_series(1, ${others / 4}) g`);
  const values = Object.entries(busy).map(([number, name]) => `(${number}, '120045', '${name.replace(/'/g, "''")}', 1)`);
  await run(`insert into accounts (account_number, billing_number, name, account_group) values ${values.join(", ")}`);
  await run(`insert into accounts (account_number, billing_number, name, account_group)
    select 10000 + g, (200000 + 1 + (g - 1) / 4)::text, 'Compte ' || g, ${otherGroup}
    from generate_series(1, ${others}) g`);
}
