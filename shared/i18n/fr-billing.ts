/** The words of the billing history page (its title and description are the core's), in French: loaded with that page (client/src/i18n.tsx). */
export const frBilling = {
  sections: {
    billing: {
      lead: "Factures, paiements et soldes, du plus récent au plus ancien, depuis le début.",
      colon: "\u00a0: ",
      searchBy: "Rechercher par",
      byAccount: "Numéro de compte client",
      byBilling: "Numéro de facturation",
      show: "Afficher l'historique de facturation",
      forLabel: "Pour :",
      company: "Compagnie",
      date: "Date",
      descriptionHeader: "Description",
      amount: "Montant",
      entries: "Lignes",
      nothingFound: "Aucun historique de facturation pour ce numéro.",
      noEntries: "Aucune ligne de facturation pour le moment.",
      payment: "Paiement",
      balance: "Solde",
    },
  },
};
