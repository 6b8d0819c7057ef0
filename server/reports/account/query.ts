import type { Kysely } from "kysely";
import type { Database } from "../../../db/database";
import { type Access, visibleAccounts } from "../../access";

/**
 * Informations générales du compte client: every account the user may see, with its
 * information pages (plain text, never HTML), in account order.
 */
export function accountPages(db: Kysely<Database>, access: Access) {
  return visibleAccounts(db, access)
    .select([
      "accounts.account_number as accountNumber",
      "accounts.name",
      "accounts.billing_number as billingNumber",
      "billing_accounts.name as companyName",
      "accounts.info_pages as infoPages",
    ])
    .execute();
}
