/** The words of the statistics page (its title, description, heading and the group filters' names, which the offline copies' filters say, are the core's; its charts and the calls behind a figure have parts of their own), in French: loaded with that page (client/src/i18n.tsx). */
export const frStatistics = {
  sections: {
    statistics: {
      lead: "Les statistiques de vos appels des soixante derniers jours. Choisissez les paramètres, puis « Afficher les statistiques ».",
      filters: {
        from: "Du",
        to: "Au",
        account: "Numéro de compte client",
        billing: "Numéro de facturation",
        allAccounts: "Tous mes comptes",
        noneChecked: "Aucune case cochée : tous les groupes.",
        noGroups: "Aucun groupe.",
        group: (n: number) => `Groupe ${n}`,
        after: "Appels après",
        before: "Appels avant",
        hoursHint: "Inclusif à la minute près. Si « après » est plus tard que « avant », la plage passe minuit.",
        weekday: "Jour de la semaine",
        agent: "Agent",
        minHold: "Temps d'attente > (secondes)",
        minAnswerDelay: "Délai au temps de réponse > (secondes)",
        submit: "Afficher les statistiques",
        more: "Autres paramètres de recherche",
      },
      table: {
        explain: (label: string) => `Explication : ${label}`,
        caption: "Statistiques des appels",
        statistic: "Statistiques",
        count: "Num.",
        percent: "%",
        explanation: "Explication",
        showCalls: (label: string) => `Voir les appels : ${label}`,
      },
      figures: {
        totalInbound: {
          label: "Total des appels entrants",
          explanation:
            "Nombre total des appels entrants de votre compte client dont la durée est de plus de 6 secondes. Ceci n'inclut pas les appels sortants ou l'activité n'incluant pas d'appel (temps « Disconnect »).",
        },
        automated: {
          label: "Appels automatisés",
          explanation:
            "Appels entrants entièrement gérés par le système de traitement de la voix : aucune implication de la part d'un agent. Ceci inclut aussi les appels connectés à un agent dont la durée est inférieure à 10 secondes, (appelant qui raccroche, etc...). Si vous possédez un message d'accueil automatisé qui requiert de faire le zéro (0) pour parler avec l'un de nos agents, les appels de moins de 10 secondes, suite à la sélection de l'option zéro (0), sont aussi comptabilisés ici.",
        },
        agentCalls: {
          label: "Appels agents",
          explanation:
            "Différence du nombre total d'appels entrants et des appels automatisés: Nombre d'appels où une conversation véritable avec un agent a eu lieu.",
        },
        abandoned: {
          label: "Appels abandonnés par le système",
          explanation:
            "Nombre d'appels entrants n'ayant pu être attribués à un agent suite à une fin de la communication par l'appelant.",
        },
        assigned: {
          label: "Appels assignés à un agent",
          explanation: "Différence entre les « appels agents » et les « appels abandonnés par le système ».",
        },
        unanswered: {
          label: "Appels sans réponse",
          explanation:
            "Nombre d'appels ayant été attribués à un agent mais n'ayant pas été répondus, et/ou l'appelant raccroche avant d'être mis en relation avec un agent.",
        },
        answered: {
          label: "% des appels répondus par un agent",
          explanation:
            "Pourcentage d'appels ayant été assignés à un agent et ayant été répondus. Il s'agit de la différence entre les « appels attribués à un agent » et les « appels sans réponse ». Ce pourcentage exprime le nombre « total des appels entrants » de votre compte.",
        },
        answeredOfAssigned: {
          label: "% des appels attribués répondus par un agent",
          explanation:
            "Pourcentage des appels attribués à un agent et ayant été traités par celui-ci. Différence entre les « appels assignés à un agent » et les « appels sans réponse ». Ce pourcentage exprime le nombre total « d'appels assignés à un agent ».",
        },
        avgWorkSeconds: {
          label: "Temps de travail moyen par appel répondu (exprimé en secondes)",
          explanation:
            "Représente la durée moyenne du temps passé par un agent sur votre compte client, que ce soit en appels entrants ou sortants, en « disconnect » afin de finaliser le message, ou bien en « wrap time », soit le temps accordé afin de répartir votre message.",
        },
        held: {
          label: "Appels en attente",
          explanation: "Nombre d'appels ou l'appelant est mis en attente pendant plus de 10 secondes par l'agent.",
        },
        avgHoldSeconds: {
          label: "Temps d'attente moyen (exprimé en secondes)",
          explanation: "Moyenne de la durée où un appel est mis en attente par un agent.",
        },
        avgAnswerDelaySeconds: {
          label: "Temps d'attente moyen avant la réponse d'un agent (exprimé en secondes)",
          explanation: "Moyenne de la durée d'attente avant qu'un appelant soit répondu par un agent.",
        },
        answeredWithin30s: {
          label: "Appels répondus dans les 30 secondes",
          explanation: "Nombre d'appels ayant été répondus dans un délai de 30 secondes ou moins.",
        },
        transfers: {
          label: "Transferts",
          explanation:
            "Nombre total d'appels lors desquels un appelant est transféré vers un autre numéro, ou sur une extension.",
        },
        avgTransferMinutes: {
          label: "Temps moyen des transferts (exprimé en minutes)",
          explanation: "Moyenne de la durée requise afin d'effectuer un transfert.",
        },
        busy: {
          label: "Signal occupé",
          explanation: "Nombre total des appels lorsque l'appelant entend un signal occupé.",
        },
      },
    },
  },
};
