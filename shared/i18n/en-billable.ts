import type { DictionaryParts } from "./dictionary";

/** The words of the billable calls page (its title, description, period and the cycle meter Home shows are the core's), in English: the same keys as `fr-billable.ts`. */
export const enBillable: DictionaryParts["billable"] = {
  sections: {
    billable: {
      lead: (days: number) => `This report covers the last ${days} days, and only calls already billed.`,
      cycleRule: "Our billing cycle runs from the 20th to the 19th of the next month.",
      from: "From",
      to: "To",
      account: "Account",
      allAccounts: "All my accounts",
      show: "Show the calls",
      currentCycle: "Current cycle",
      previousCycle: "Previous cycle",
      dateTime: "Date/Time",
      descriptionHeader: "Description",
      number: "Number",
      callerName: "Caller name",
      agent: "Agent",
      statistic: "Statistic (mm:ss)",
      totalCalls: "Total calls",
      totalStats: "Total stats (minutes)",
      averageStat: "Average stat/call (minutes)",
      limited: (date: string) => `Calls before ${date} are no longer available (retention period).`,
    },
  },
};
