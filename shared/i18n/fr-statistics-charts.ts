/** The words of the statistics charts, in French: loaded with them, when they come near the screen (client/src/i18n.tsx). */
export const frStatisticsCharts = {
  sections: {
    statistics: {
      charts: {
        title: "Graphiques",
        perDay: "Appels entrants par jour",
        perHour: "Appels entrants par heure",
        answerDelay: "Délai avant la réponse d'un agent (appels répondus)",
        showData: "Voir les données",
        day: "Jour",
        hour: "Heure",
        delay: "Délai",
        calls: "Appels",
        bucket: { "0-10": "0 à 10 s", "11-20": "11 à 20 s", "21-30": "21 à 30 s", "31-60": "31 à 60 s", "60+": "plus de 60 s" },
        bucketTick: { "0-10": "≤ 10", "11-20": "11–20", "21-30": "21–30", "31-60": "31–60", "60+": "> 60" },
        summary: (total: number, busiest: string) => `${total} appels au total ; le plus élevé : ${busiest}.`,
        empty: "Aucun appel compté.",
      },
    },
  },
};
