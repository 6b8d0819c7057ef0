import { z } from "zod";

/** How many addresses one report e-mail may go to. */
export const maxRecipients = 10;

/** What a user types in the addresses field: addresses separated by commas, semicolons or spaces. */
export function splitRecipients(text: string): string[] {
  return text.split(/[\s,;]+/).filter((a) => a !== "");
}

/**
 * The recipients of a report e-mail: each entry may itself hold several addresses (the raw
 * field), so the page and the server split the same way; duplicates are sent once.
 */
export const recipientsSchema = z
  .array(z.string().max(2000, "tooLong"))
  .transform((entries) => [...new Set(entries.flatMap(splitRecipients))])
  .pipe(
    z
      .array(z.email({ error: "invalidEmail" }).max(254, "invalidEmail"))
      .min(1, { error: "noRecipients" })
      .max(maxRecipients, { error: "tooManyRecipients" }),
  );

export const emailNoteSchema = z.string().max(2000, "tooLong");
