/** The demo's client companies, their accounts and the people who call them (all fictitious). */

export interface DemoAccount {
  accountNumber: number;
  name: string;
  group: number;
  /** Calls on an ordinary weekday. */
  weekdayCalls: number;
  /** Message kinds this account's agents take, with their fields. */
  messages: "plumbing" | "dental";
  email: string;
  smsTo: string;
  infoPages: { title: string; body: string }[];
}

export interface DemoCompany {
  billingNumber: string;
  name: string;
  /** The client's language: its messages, information pages and invoices are written in it. */
  language: "fr" | "en";
  /** Monthly fax service on the invoice. */
  fax: boolean;
  accounts: DemoAccount[];
}

export const demoCompanies: DemoCompany[] = [
  {
    billingNumber: "120045",
    name: "Plomberie Laval inc.",
    language: "fr",
    fax: true,
    accounts: [
      {
        accountNumber: 5201,
        name: "Plomberie Laval – Service résidentiel",
        group: 1,
        weekdayCalls: 46,
        messages: "plumbing",
        email: "info@plomberielaval.ca",
        smsTo: "450-555-0142",
        infoPages: [
          {
            title: "Heures d'ouverture",
            body: [
              "Bureau : lundi au vendredi, 7 h 30 à 17 h.",
              "Samedi : 8 h à 12 h (urgences seulement).",
              "Dimanche et jours fériés : fermé, service d'urgence 24 h sur 24.",
              "",
              "En dehors des heures d'ouverture, toute demande est traitée comme une urgence si le client a un dégât d'eau.",
            ].join("\n"),
          },
          {
            title: "Instructions pour les agents",
            body: [
              "Répondre : « Plomberie Laval, bonjour, ici [prénom], comment puis-je vous aider? »",
              "1. Demander le nom, le numéro de téléphone et l'adresse complète (avec code postal).",
              "2. Demander la nature du problème : fuite, drain bouché, chauffe-eau, rénovation.",
              "3. Dégât d'eau en cours : conseiller de fermer l'entrée d'eau principale, puis joindre le plombier de garde.",
              "4. Soumissions : prendre le message, un estimateur rappelle dans les 24 heures ouvrables.",
              "Ne jamais donner de prix au téléphone.",
            ].join("\n"),
          },
          {
            title: "Liste de garde",
            body: [
              "Semaine 1 : Martin Gagnon – 450-555-0188",
              "Semaine 2 : Sylvain Bergeron – 450-555-0173",
              "Semaine 3 : Kevin O'Brien – 514-555-0129",
              "Semaine 4 : Martin Gagnon – 450-555-0188",
              "",
              "Si le plombier de garde ne rappelle pas en 15 minutes : Luc Lavoie (propriétaire), 514-555-0101.",
            ].join("\n"),
          },
        ],
      },
      {
        accountNumber: 5202,
        name: "Plomberie Laval – Commercial",
        group: 2,
        weekdayCalls: 32,
        messages: "plumbing",
        email: "commercial@plomberielaval.ca",
        smsTo: "450-555-0157",
        infoPages: [
          {
            title: "Heures d'ouverture",
            body: [
              "Lundi au vendredi, 7 h à 18 h.",
              "Les clients sous contrat (immeubles, restaurants) ont un service d'urgence 24 h sur 24, 7 jours sur 7.",
            ].join("\n"),
          },
          {
            title: "Instructions pour les agents",
            body: [
              "Répondre dans la langue de l'appelant (français ou anglais).",
              "Demander le nom de l'immeuble, le numéro de contrat s'il est connu et une personne-ressource sur place.",
              "Restaurant avec un séparateur de graisse bouché : message URGENT, joindre le technicien de garde.",
              "Les gestionnaires d'immeubles peuvent demander une soumission : prendre un message DEMANDE DE SERVICE.",
            ].join("\n"),
          },
        ],
      },
    ],
  },
  {
    billingNumber: "130077",
    name: "Westmount Dental Clinic",
    language: "en",
    fax: false,
    accounts: [
      {
        accountNumber: 6101,
        name: "Westmount Dental Clinic",
        group: 3,
        weekdayCalls: 40,
        messages: "dental",
        email: "reception@westmountdental.ca",
        smsTo: "514-555-0166",
        infoPages: [
          {
            title: "Clinic hours",
            body: [
              "Monday, Tuesday, Thursday: 8 a.m. to 8 p.m.",
              "Wednesday: 8 a.m. to 5 p.m.",
              "Friday: 8 a.m. to 3 p.m.",
              "Weekends: closed",
            ].join("\n"),
          },
          {
            title: "Instructions for agents",
            body: [
              "Never confirm an appointment: take the message, the front desk calls back.",
              "Dental emergency (severe pain, swelling, trauma): URGENT message and a text to Dr. Nguyen.",
              "Cancellation less than 24 hours ahead: note the time of the cancelled appointment.",
              "New patients: ask for the date of birth and the insurer.",
            ].join("\n"),
          },
          {
            title: "Dentists and hygienists",
            body: [
              "Dr. Linh Nguyen – general dentist (emergencies)",
              "Dr. Mark Fortin – general dentist",
              "Julie Tremblay – hygienist",
              "Sarah Cohen – hygienist",
            ].join("\n"),
          },
        ],
      },
    ],
  },
];

/** Agents of the service: initials and the station each usually works at. */
export const agents: readonly (readonly [string, number])[] = [
  ["ELD", 3],
  ["DOM", 5],
  ["KAL", 7],
  ["JOH", 2],
  ["VDP", 9],
  ["MKM", 11],
  ["SYL", 4],
  ["NAT", 8],
];

export const firstNames = [
  "Jean", "Marie", "Sylvie", "Luc", "Isabelle", "François", "Nathalie", "Pierre", "Chantal", "Michel",
  "Geneviève", "Stéphane", "Julie", "Éric", "Mélanie", "Patrick", "Catherine", "Alain", "Sophie", "Daniel",
  "Karine", "Martin", "Josée", "Yves", "Amélie", "David", "Emily", "Michael", "Sarah", "James",
  "Jennifer", "Robert", "Fatima", "Mohamed", "Nguyen", "Carlos", "Ana", "Olivier", "Léa", "Gabriel",
];

export const lastNames = [
  "Tremblay", "Gagnon", "Roy", "Côté", "Bouchard", "Gauthier", "Morin", "Lavoie", "Fortin", "Gagné",
  "Ouellet", "Pelletier", "Bélanger", "Lévesque", "Bergeron", "Leblanc", "Paquette", "Girard", "Simard", "Boucher",
  "Caron", "Beaulieu", "Cloutier", "Dubé", "Poirier", "Fournier", "Lapointe", "Leclerc", "Lefebvre", "Poulin",
  "Smith", "Brown", "Wilson", "MacDonald", "O'Neil", "Haddad", "Benali", "Tran", "Rodriguez", "Silva",
];

export const streets = {
  fr: [
    "boul. des Laurentides", "rue Principale", "boul. Saint-Martin Ouest", "av. des Bois", "rue Lévesque",
    "boul. de la Concorde Est", "rue Masson", "boul. Rosemont", "av. Papineau", "rue Beaubien Est",
    "rue Sherbrooke Est", "av. Christophe-Colomb", "chemin du Souvenir", "montée Masson",
  ],
  en: [
    "Sherbrooke Street West", "Victoria Avenue", "Greene Avenue", "Queen Mary Road", "Monkland Avenue",
    "Decarie Boulevard", "Sainte-Catherine Street West", "Lansdowne Avenue", "Westminster Avenue North",
  ],
};

export const cities: Record<"fr" | "en", readonly (readonly [string, string])[]> = {
  fr: [
    ["Laval", "H7N"],
    ["Laval", "H7G"],
    ["Laval", "H7T"],
    ["Montréal", "H1X"],
    ["Montréal", "H2G"],
    ["Montréal", "H1Y"],
    ["Terrebonne", "J6W"],
    ["Boisbriand", "J7G"],
    ["Blainville", "J7C"],
  ],
  en: [
    ["Westmount", "H3Y"],
    ["Westmount", "H3Z"],
    ["Montreal", "H4A"],
    ["Montreal", "H3G"],
    ["Montreal West", "H4X"],
    ["Hampstead", "H3X"],
    ["Côte Saint-Luc", "H4W"],
  ],
};

export const plumbingProblems = {
  fr: [
    "Fuite d'eau sous l'évier de la cuisine",
    "Drain du sous-sol bouché, l'eau remonte",
    "Chauffe-eau qui coule, plus d'eau chaude",
    "Toilette qui déborde",
    "Demande de soumission pour rénovation de salle de bain",
    "Bruit dans la tuyauterie quand on ouvre l'eau",
    "Robinet extérieur gelé",
    "Pression d'eau très faible dans toute la maison",
  ],
  en: [
    "Leak under the kitchen sink",
    "Basement floor drain backing up",
    "Water heater leaking, no hot water",
    "Blocked grease trap in the restaurant kitchen",
    "Quote requested for a bathroom renovation",
    "Burst pipe in the garage",
    "Toilet overflowing",
    "Very low water pressure in the whole house",
  ],
};

export const dentalReasons = {
  fr: [
    "Mal de dent intense depuis hier soir",
    "Couronne décollée",
    "Annulation du rendez-vous de jeudi 14 h",
    "Nouveau patient, souhaite un examen et un nettoyage",
    "Déplacer le rendez-vous de nettoyage",
    "Enflure à la joue après une extraction",
    "Question sur une facture d'assurance",
  ],
  en: [
    "Severe toothache since last night",
    "Crown came off",
    "Broken filling, would like the first available appointment",
    "Cancel Tuesday's cleaning appointment",
    "New patient, asks for a check-up and a cleaning",
    "Swollen cheek after an extraction",
    "Question about an insurance claim",
  ],
};

export const insurers = {
  fr: ["Sun Life", "Desjardins Assurances", "Manuvie", "La Capitale", "Croix Bleue", "Aucun"],
  en: ["Sun Life", "Desjardins Insurance", "Manulife", "Canada Life", "Blue Cross", "None"],
};
