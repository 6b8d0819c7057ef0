import type { DictionaryParts } from "./dictionary";

/** The words of the statistics page (its title, description, heading and the group filters' names, which the offline copies' filters say, are the core's), in English: the same keys as `fr-statistics.ts`. */
export const enStatistics: DictionaryParts["statistics"] = {
  sections: {
    statistics: {
      lead: "The statistics of your calls over the last sixty days. Choose the parameters, then “Show statistics”.",
      filters: {
        from: "From",
        to: "To",
        account: "Client account number",
        billing: "Billing number",
        allAccounts: "All my accounts",
        noneChecked: "None checked: every group.",
        noGroups: "No groups.",
        group: (n: number) => `Group ${n}`,
        after: "Calls after",
        before: "Calls before",
        hoursHint: "Inclusive to the minute. When “after” is later than “before”, the range runs past midnight.",
        weekday: "Day of the week",
        agent: "Agent",
        minHold: "Hold time > (seconds)",
        minAnswerDelay: "Answer delay > (seconds)",
        submit: "Show statistics",
        more: "More search parameters",
      },
      table: {
        explain: (label: string) => `Explanation: ${label}`,
        caption: "Call statistics",
        statistic: "Statistic",
        count: "No.",
        percent: "%",
        explanation: "Explanation",
        showCalls: (label: string) => `Show the calls: ${label}`,
      },
      figures: {
        totalInbound: {
          label: "Total inbound calls",
          explanation:
            "Total number of inbound calls to your client account lasting more than 6 seconds. This does not include outbound calls or activity that involves no call (“Disconnect” time).",
        },
        automated: {
          label: "Automated calls",
          explanation:
            "Inbound calls handled entirely by the voice-processing system, with no agent involved. This also includes calls connected to an agent for less than 10 seconds (the caller hung up, etc.). If you have an automated greeting that asks callers to press zero (0) to speak to one of our agents, calls under 10 seconds after choosing zero (0) are counted here too.",
        },
        agentCalls: {
          label: "Agent calls",
          explanation:
            "The total inbound calls minus the automated calls: the number of calls in which a real conversation with an agent took place.",
        },
        abandoned: {
          label: "Calls abandoned in the system",
          explanation: "Number of inbound calls that could not be assigned to an agent because the caller ended the call.",
        },
        assigned: {
          label: "Calls assigned to an agent",
          explanation: "The “agent calls” minus the “calls abandoned in the system”.",
        },
        unanswered: {
          label: "Unanswered calls",
          explanation:
            "Number of calls assigned to an agent but not answered, and/or where the caller hung up before being connected to an agent.",
        },
        answered: {
          label: "% of calls answered by an agent",
          explanation:
            "Percentage of calls assigned to an agent and answered: the “calls assigned to an agent” minus the “unanswered calls”. This percentage is of the “total inbound calls” of your account.",
        },
        answeredOfAssigned: {
          label: "% of assigned calls answered by an agent",
          explanation:
            "Percentage of the calls assigned to an agent that the agent handled: the “calls assigned to an agent” minus the “unanswered calls”. This percentage is of the total “calls assigned to an agent”.",
        },
        avgWorkSeconds: {
          label: "Average work time per answered call (in seconds)",
          explanation:
            "The average time an agent spent on your client account, whether on inbound or outbound calls, in “disconnect” to finish the message, or in “wrap time”, the time given to dispatch your message.",
        },
        held: {
          label: "Calls on hold",
          explanation: "Number of calls in which the agent put the caller on hold for more than 10 seconds.",
        },
        avgHoldSeconds: {
          label: "Average hold time (in seconds)",
          explanation: "The average time a call is kept on hold by an agent.",
        },
        avgAnswerDelaySeconds: {
          label: "Average wait before an agent answers (in seconds)",
          explanation: "The average time a caller waits before an agent answers.",
        },
        answeredWithin30s: {
          label: "Calls answered within 30 seconds",
          explanation: "Number of calls answered within 30 seconds or less.",
        },
        transfers: {
          label: "Transfers",
          explanation: "Total number of calls in which the caller was transferred to another number or to an extension.",
        },
        avgTransferMinutes: {
          label: "Average transfer time (in minutes)",
          explanation: "The average time needed to complete a transfer.",
        },
        busy: {
          label: "Busy signal",
          explanation: "Total number of calls in which the caller heard a busy signal.",
        },
      },
    },
  },
};
