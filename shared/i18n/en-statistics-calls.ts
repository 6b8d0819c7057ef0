import type { DictionaryParts } from "./dictionary";

/** The words of the calls behind a statistics figure, in English: the same keys as `fr-statistics-calls.ts`. */
export const enStatisticsCalls: DictionaryParts["statisticsCalls"] = {
  sections: {
    statistics: {
      calls: {
        title: (label: string) => `Calls: ${label}`,
        averagedOver: "The calls the average is taken over.",
        allRecords: "Every chosen record (inbound, outbound and “disconnect”): their total work time is divided by the number of answered calls.",
        count: (n: number) => `${n} call${n === 1 ? "" : "s"}`,
        range: (first: number, last: number, total: number) => `${first} to ${last} of ${total}`,
        dateTime: "Date/Time",
        account: "Account",
        caller: "Caller",
        kind: "Type",
        agent: "Agent",
        duration: "Duration (min)",
        answerDelay: "Answer delay (s)",
        hold: "Hold (s)",
        work: "Work (s)",
        recording: "Recording",
        play: (call: number) => `Play call ${call}`,
        noRecording: "—",
        previous: "Previous",
        next: "Next",
        close: "Close the list",
        kinds: { in: "Inbound", out: "Outbound", disconnect: "Disconnect" },
      },
    },
  },
};
