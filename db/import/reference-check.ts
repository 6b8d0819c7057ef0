import type { Kysely } from "kysely";
import type { Database } from "../database";

/**
 * Decides whether the accounts and billing numbers that lines refer to exist: defined earlier
 * in the file (`define`), or already in the database (looked up in batches by `resolve`).
 */
export class ReferenceCheck {
  private readonly seen = { account: new Set<number>(), billing: new Set<string>() };
  private readonly inDatabase = { account: new Set<number>(), billing: new Set<string>() };
  private readonly absent = { account: new Set<number>(), billing: new Set<string>() };
  private readonly pending = { account: new Set<number>(), billing: new Set<string>() };

  defineAccount(n: number) {
    this.seen.account.add(n);
  }

  defineBilling(b: string) {
    this.seen.billing.add(b);
  }

  /** true: known to exist; false: known not to; null: ask the database at the next `resolve`. */
  account(n: number): boolean | null {
    return this.state("account", n);
  }

  billing(b: string): boolean | null {
    return this.state("billing", b);
  }

  private state<K extends "account" | "billing">(kind: K, value: K extends "account" ? number : string): boolean | null {
    const v = value as never;
    if (this.seen[kind].has(v) || this.inDatabase[kind].has(v)) return true;
    if (this.absent[kind].has(v)) return false;
    this.pending[kind].add(v);
    return null;
  }

  /**
   * After `resolve`: whether a reference that was pending exists in the database. (Not
   * whether it was defined by a later line of the file: that does not count.)
   */
  inDatabaseAccount(n: number): boolean {
    return this.inDatabase.account.has(n);
  }

  inDatabaseBilling(b: string): boolean {
    return this.inDatabase.billing.has(b);
  }

  /** Looks up every pending reference in the database (before this batch's rows are written). */
  async resolve(db: Kysely<Database>): Promise<void> {
    if (this.pending.account.size > 0) {
      // Taken and cleared before the query: lines read meanwhile add to a fresh list.
      const wanted = [...this.pending.account];
      this.pending.account.clear();
      const found = await db
        .selectFrom("accounts")
        .select("account_number")
        .where("account_number", "=", (eb) => eb.fn<number>("any", [eb.val(wanted)]))
        .execute();
      for (const r of found) this.inDatabase.account.add(r.account_number);
      for (const n of wanted) if (!this.inDatabase.account.has(n)) this.absent.account.add(n);
    }
    if (this.pending.billing.size > 0) {
      const wanted = [...this.pending.billing];
      this.pending.billing.clear();
      const found = await db
        .selectFrom("billing_accounts")
        .select("billing_number")
        .where("billing_number", "=", (eb) => eb.fn<string>("any", [eb.val(wanted)]))
        .execute();
      for (const r of found) this.inDatabase.billing.add(r.billing_number);
      for (const b of wanted) if (!this.inDatabase.billing.has(b)) this.absent.billing.add(b);
    }
  }
}
