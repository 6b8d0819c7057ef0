import { z } from "zod/mini";
import { accountNumber } from "./account-number";
import { changeRequestMaxLength } from "./change-request-length";

/**
 * "Demander une modification": a change to an account's information pages, which the service
 * makes by hand. Messages are validation keys, shown in the user's language.
 */
export const changeRequestInput = z.object({
  account: accountNumber,
  /** The information page concerned, when the user picked one. */
  pageTitle: z._default(z.string().check(z.trim(), z.maxLength(200, { error: "tooLong" })), ""),
  body: z
    .string({ error: "required" })
    .check(z.trim(), z.minLength(1, { error: "required" }), z.maxLength(changeRequestMaxLength, { error: "changeRequestTooLong" })),
  /** A phone number or e-mail address to reach the requester (optional). */
  contact: z._default(z.string().check(z.trim(), z.maxLength(200, { error: "tooLong" })), ""),
});

export type ChangeRequestInput = z.input<typeof changeRequestInput>;
