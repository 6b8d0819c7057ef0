import type { DictionaryParts } from "./dictionary";

/** The words of the statistics charts, in English: the same keys as `fr-statistics-charts.ts`. */
export const enStatisticsCharts: DictionaryParts["statisticsCharts"] = {
  sections: {
    statistics: {
      charts: {
        title: "Charts",
        perDay: "Inbound calls per day",
        perHour: "Inbound calls per hour",
        answerDelay: "Wait before an agent answers (answered calls)",
        showData: "Show the data",
        day: "Day",
        hour: "Hour",
        delay: "Wait",
        calls: "Calls",
        bucket: { "0-10": "0 to 10 s", "11-20": "11 to 20 s", "21-30": "21 to 30 s", "31-60": "31 to 60 s", "60+": "over 60 s" },
        bucketTick: { "0-10": "≤ 10", "11-20": "11–20", "21-30": "21–30", "31-60": "31–60", "60+": "> 60" },
        summary: (total: number, busiest: string) => `${total} calls in all; highest: ${busiest}.`,
        empty: "No counted calls.",
      },
    },
  },
};
