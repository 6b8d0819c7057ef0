/** The words of the calls behind a statistics figure, in French: loaded with them, at the first click on a figure (client/src/i18n.tsx). */
export const frStatisticsCalls = {
  sections: {
    statistics: {
      calls: {
        title: (label: string) => `Appels : ${label}`,
        averagedOver: "Les appels sur lesquels porte la moyenne.",
        allRecords: "Tous les enregistrements choisis (entrants, sortants et « disconnect ») : leur temps de travail total est divisé par le nombre d'appels répondus.",
        count: (n: number) => `${n} appel${n > 1 ? "s" : ""}`,
        range: (first: number, last: number, total: number) => `${first} à ${last} de ${total}`,
        dateTime: "Date/Heure",
        account: "Compte",
        caller: "Appelant",
        kind: "Type",
        agent: "Agent",
        duration: "Durée (min)",
        answerDelay: "Délai de réponse (s)",
        hold: "Attente (s)",
        work: "Travail (s)",
        recording: "Enregistrement",
        play: (call: number) => `Écouter l'appel ${call}`,
        noRecording: "—",
        previous: "Précédents",
        next: "Suivants",
        close: "Fermer la liste",
        kinds: { in: "Entrant", out: "Sortant", disconnect: "Disconnect" },
      },
    },
  },
};
