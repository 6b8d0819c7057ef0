import type { DictionaryParts } from "./dictionary";

/** The words of the account information page (its title and description are the core's), in English: the same keys as `fr-account.ts`. */
export const enAccount: DictionaryParts["account"] = {
  sections: {
    account: {
      lead: "The information pages our agents read when they answer your calls.",
      accountsLabel: "Your client accounts",
      current: "current account",
      noPages: "No information page has been entered for this account yet.",
      pagesOf: (account: number, name: string) => `Information pages of account ${account} — ${name}`,
      changeHint: (email: string) =>
        `Something to correct? Request a change below: your request goes to the service (${email}), who makes it for you.`,
      requestTitle: "Request a change",
      requestAccount: "Client account",
      requestPage: "Page concerned (optional)",
      anyPage: "All pages / other",
      requestBody: "Requested change",
      requestBodyHint: (max: number) => `Describe the change you want (${max.toLocaleString("en-CA")} characters at most).`,
      charactersLeft: (n: number) => `${n.toLocaleString("en-CA")} character${n === 1 ? "" : "s"} left`,
      requestContact: "How to reach you (phone or e-mail, optional)",
      submit: "Send the request",
      sending: "Sending…",
      sent: (reference: string) => `Your request has been sent to the service. Your reference number: ${reference}.`,
      sentNotEmailed: (reference: string) =>
        `Your request is recorded under reference ${reference}, but it could not be e-mailed to the service for now. Quote this reference if you contact the service.`,
      notFound: "This client account does not exist or is not available to you.",
      fixErrors: "Please correct the fields shown.",
      recentRequests: "Your recent requests",
      reference: "Reference",
      requestedAt: "Date",
      status: "Status",
      statusSent: "Sent",
      statusPending: "Pending",
      statusFailed: "Not sent",
    },
  },
};
