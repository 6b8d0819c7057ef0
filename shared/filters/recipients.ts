import { z } from "zod/mini";

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
export const recipientsSchema = z.pipe(
  z.pipe(
    z.array(z.string().check(z.maxLength(2000, "tooLong"))),
    z.transform((entries: string[]) => [...new Set(entries.flatMap(splitRecipients))]),
  ),
  z
    .array(z.email({ error: "invalidEmail" }).check(z.maxLength(254, "invalidEmail")))
    .check(z.minLength(1, { error: "noRecipients" }), z.maxLength(maxRecipients, { error: "tooManyRecipients" })),
);

export const emailNoteSchema = z.string().check(z.maxLength(2000, "tooLong"));
