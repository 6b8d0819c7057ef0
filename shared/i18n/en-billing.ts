import type { DictionaryParts } from "./dictionary";

/** The words of the billing history page (its title and description are the core's), in English: the same keys as `fr-billing.ts`. */
export const enBilling: DictionaryParts["billing"] = {
  sections: {
    billing: {
      lead: "Invoices, payments and balances, newest first, from the beginning.",
      colon: ": ",
      searchBy: "Search by",
      byAccount: "Client account number",
      byBilling: "Billing number",
      show: "Show the billing history",
      forLabel: "For:",
      company: "Company",
      date: "Date",
      descriptionHeader: "Description",
      amount: "Amount",
      entries: "Lines",
      nothingFound: "No billing history for this number.",
      noEntries: "No billing line yet.",
      payment: "Payment",
      balance: "Balance",
    },
  },
};
