/** The words of the billable calls page (its title, description, period and the cycle meter Home shows are the core's), in French: loaded with that page (client/src/i18n.tsx). */
export const frBillable = {
  sections: {
    billable: {
      lead: (days: number) =>
        `Ce rapport fournit des informations des ${days} derniers jours et uniquement pour les appels préalablement facturés.`,
      cycleRule: "Notre cycle de facturation est du 20 au 19 du mois suivant.",
      from: "Du",
      to: "Au",
      account: "Compte",
      allAccounts: "Tous mes comptes",
      show: "Afficher les appels",
      currentCycle: "Cycle en cours",
      previousCycle: "Cycle précédent",
      dateTime: "Date/Heure",
      descriptionHeader: "Description",
      number: "Numéro",
      callerName: "Nom de l'appelant",
      agent: "Agent",
      statistic: "Statistique (mm:ss)",
      totalCalls: "Total des appels",
      totalStats: "Total des statistiques (minutes)",
      averageStat: "Moyenne par appel (minutes)",
      limited: (date: string) => `Les appels antérieurs au ${date} ne sont plus disponibles (période de conservation).`,
    },
  },
};
