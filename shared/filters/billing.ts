import { z } from "zod/mini";
import { accountNumber } from "./account-number";

/**
 * The billing history's filters: one account number, or one billing number (exactly one, as
 * the manual asks). Shared by the page, the router, the workbook and `portal report billing`.
 */
export const billingFilters = z
  .object({
    account: z.optional(accountNumber),
    billing: z.optional(
      z.pipe(
        z.string().check(z.trim(), z.maxLength(40, { error: "tooLong" })),
        z.transform((s) => (s === "" ? undefined : s)),
      ),
    ),
  })
  .check(
    z.refine((f) => (f.account === undefined) !== (f.billing === undefined), {
      path: ["account"],
      error: "accountOrBilling",
    }),
  );

export type BillingFilters = z.output<typeof billingFilters>;
export type BillingFiltersInput = z.input<typeof billingFilters>;
