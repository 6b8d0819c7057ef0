import type { DictionaryParts } from "./dictionary";

/** The words of the report e-mail dialog, in English: the same keys as `fr-email-dialog.ts`. */
export const enEmailDialog: DictionaryParts["emailDialog"] = {
  report: {
    emailTitle: "E-mail this report",
    emailIntro: "The report, as shown with the current parameters, will be attached as an Excel file.",
    recipients: "Recipients' e-mail addresses",
    recipientsHint: "Up to 10 addresses, separated by commas, semicolons or spaces.",
    note: "Message (optional)",
    send: "Send",
    sending: "Sending…",
    cancel: "Cancel",
    smtpFailed:
      "The report could not be sent: the mail server refused it or did not answer. Your addresses are kept; please try again later.",
    /** Sent for the rate limits of report e-mails. */
    tooManyEmails: "You have sent many reports in the last hour: try again later.",
  },
};
