import { z } from "zod";
import { accountNumber } from "./account-number";

/** The longest change request we accept: a page of text, enough for any real request. */
export const changeRequestMaxLength = 4000;

/**
 * "Demander une modification": a change to an account's information pages, which the service
 * makes by hand. Messages are validation keys, shown in the user's language.
 */
export const changeRequestInput = z.object({
  account: accountNumber,
  /** The information page concerned, when the user picked one. */
  pageTitle: z.string().trim().max(200, { error: "tooLong" }).default(""),
  body: z
    .string({ error: "required" })
    .trim()
    .min(1, { error: "required" })
    .max(changeRequestMaxLength, { error: "changeRequestTooLong" }),
  /** A phone number or e-mail address to reach the requester (optional). */
  contact: z.string().trim().max(200, { error: "tooLong" }).default(""),
});

export type ChangeRequestInput = z.input<typeof changeRequestInput>;
