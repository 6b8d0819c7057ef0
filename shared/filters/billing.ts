import { z } from "zod";
import { accountNumber } from "./account-number";

/**
 * The billing history's filters: one account number, or one billing number (exactly one, as
 * the manual asks). Shared by the page, the router, the workbook and `portal report billing`.
 */
export const billingFilters = z
  .object({
    account: accountNumber.optional(),
    billing: z
      .string()
      .trim()
      .max(40, { error: "tooLong" })
      .transform((s) => (s === "" ? undefined : s))
      .optional(),
  })
  .refine((f) => (f.account === undefined) !== (f.billing === undefined), {
    path: ["account"],
    error: "accountOrBilling",
  });

export type BillingFilters = z.output<typeof billingFilters>;
export type BillingFiltersInput = z.input<typeof billingFilters>;
