import type { z } from "zod";

/**
 * A refused input's messages, keyed by the form field each is about: the last named step of the
 * issue's path, so that `{ filters: { from } }` (a paged procedure's input) is `from` as for a
 * flat one, and the page puts the message next to its field. Each message is a dictionary key.
 */
export function fieldErrorsOf(error: z.core.$ZodError): Record<string, string[]> {
  const errors: Record<string, string[]> = {};
  for (const issue of error.issues) {
    const field = issue.path.filter((step): step is string => typeof step === "string").at(-1);
    if (field === undefined) continue;
    (errors[field] ??= []).push(issue.message);
  }
  return errors;
}
