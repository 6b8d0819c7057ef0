import type { ServerDictionary } from "./dictionary";

/** What only the server writes, in English: the same keys as `fr-server.ts`. */
export const enServer: ServerDictionary = {
  sections: {
    account: {
      /** The same two, as the e-mail to the service names them (nothing there is "optional"). */
      mailPage: "Page concerned",
      mailContact: "How to reach the client",
      mailSubject: (reference: string, account: number) => `Change request ${reference} — account ${account}`,
    },
    statistics: {
      charts: {
        sheetPerDay: "Per day",
        sheetPerHour: "Per hour",
        sheetAnswerDelay: "Answer delay",
      },
    },
  },
  report: {
    exportedAt: "Exported on",
    rowCount: "Number of rows",
    emailSubject: (title: string, account: string, period: string) => `${title} — ${account}${period ? ` — ${period}` : ""}`,
    emailFromName: (sender: string) => `${sender} (client portal)`,
    emailPeriod: (from: string, to: string) => (from === to ? from : `${from} to ${to}`),
    emailAccount: (n: string) => `account ${n}`,
    emailBilling: (n: string) => `billing ${n}`,
    emailAllAccounts: "all accounts",
    emailGreeting: (sender: string, title: string) => `${sender} is sending you the "${title}" report from the client portal.`,
    emailNote: (sender: string) => `Message from ${sender} (their words, not the service's):`,
    emailAttached: "The full report is attached as an Excel file.",
    emailTotals: "Totals",
  },
  notifications: {
    push: {
      message: (account: number) => `New message — account ${account}`,
      messages: (count: number, accounts: string, several: boolean) => `${count} new messages — account${several ? "s" : ""} ${accounts}`,
      call: (outcome: string, account: number) => `${outcome} call — account ${account}`,
      calls: (count: number, accounts: string, several: boolean) => `${count} new calls — account${several ? "s" : ""} ${accounts}`,
      outcomes: {
        answered: "Answered",
        unanswered: "Unanswered",
        abandoned: "Abandoned",
        busy: "Busy",
        automated: "Automated",
      },
    },
  },
};
