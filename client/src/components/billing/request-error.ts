import { validationMessage } from "../../../../shared/filters/validation";
import type { CoreDictionary, Locale } from "../../../../shared/i18n";
import { errorCode } from "../../api";
import { failureMessage } from "../../failure-message";
import { CallError } from "../../trpc-client";

/** A failed request, as the page shows it: one message per field, or one for the whole form. */
export interface RequestProblem {
  fields: Record<string, string>;
  message: string | null;
}

/** Turns a tRPC error into messages in the user's language (never the server's raw text). */
export function requestProblem(error: unknown, t: CoreDictionary, locale: Locale): RequestProblem {
  if (errorCode(error) === "BAD_REQUEST" && error instanceof CallError) {
    const fields: Record<string, string> = {};
    for (const [field, keys] of Object.entries(error.data?.fieldErrors ?? {})) {
      if (keys?.[0]) fields[field] = validationMessage(keys[0], locale);
    }
    if (Object.keys(fields).length > 0) return { fields, message: null };
  }
  return { fields: {}, message: failureMessage(error, t) };
}
