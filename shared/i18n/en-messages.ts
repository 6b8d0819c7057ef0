import type { DictionaryParts } from "./dictionary";

/** The words of the Messages page and a message card, with a message's delivery history and acknowledgements (its title and description are the core's), in English: the same keys as `fr-messages.ts`. */
export const enMessages: DictionaryParts["messages"] = {
  sections: {
    messages: {
      from: "From",
      to: "To",
      account: "Client account number",
      billing: "Billing number",
      call: "Call number",
      agent: "Agent",
      keyword: "Keyword",
      keywordHint: "Searches the title and the fields, ignoring case, accents and punctuation.",
      allAccounts: "All your accounts",
      submit: "Show messages",
      searching: "Searching…",
      fixErrors: "Please correct the parameters shown.",
      period: (from: string, to: string) => `${from} to ${to}`,
      count: (shown: string, total: string, more: boolean) =>
        total === "0" ? "No messages" : `${shown} of ${more ? "more than " : ""}${total} message${total === "1" && !more ? "" : "s"} shown`,
      moreThan: (count: string) => `more than ${count}`,
      loadMore: "Show more messages",
      noMessages: "No messages for these parameters.",
      messageId: "Message ID",
      taken: "Taken",
      messageTitle: "Title",
      fields: "Fields",
      otherFields: "Other fields",
      history: "Delivery history",
      noHistory: "No delivery recorded.",
      eventTime: "Time",
      event: "Event",
      totalMessages: "Number of messages",
      exportedMessages: "Messages exported",
      recording: "Call recording",
      listen: "Listen to the recording",
      openMessage: (id: number) => `Open message ${id}`,
      permalink: "Link to this message",
      messagePage: (id: number) => `Message ${id}`,
      notFound: "This message cannot be found. It may be older than sixty days, or not belong to your accounts.",
      backToMessages: "Back to messages",
    },
  },
  /** A message's delivery history, as the switch writes it (shared/delivery-event.ts). */
  deliveryEvents: {
    email: {
      initiated: (to: string | null) => (to ? `Email initiated to ${to}` : "Email initiated"),
      completed: (to: string | null) => (to ? `Email sent to ${to}` : "Email sent"),
      failed: (to: string | null) => (to ? `Email to ${to} failed` : "Email failed"),
    },
    fax: {
      initiated: (to: string | null) => (to ? `Fax initiated to ${to}` : "Fax initiated"),
      completed: (to: string | null) => (to ? `Fax sent to ${to}` : "Fax sent"),
      failed: (to: string | null) => (to ? `Fax to ${to} failed` : "Fax failed"),
    },
    sms: {
      initiated: (to: string | null) => (to ? `Text message initiated to ${to}` : "Text message initiated"),
      completed: (to: string | null) => (to ? `Text message sent to ${to}` : "Text message sent"),
      failed: (to: string | null) => (to ? `Text message to ${to} failed` : "Text message failed"),
    },
    call: {
      initiated: (to: string | null) => (to ? `Call to ${to} initiated` : "Call initiated"),
      completed: (to: string | null) => (to ? `Call to ${to} completed` : "Call completed"),
      failed: (to: string | null) => (to ? `Call to ${to} failed` : "Call failed"),
    },
    delivered: "Delivered",
    taken: "Taken",
  },
  acknowledgements: {
    viewed: (name: string) => `Viewed in the portal by ${name}`,
    acknowledged: (name: string) => `Acknowledged by ${name}`,
    acknowledge: "Acknowledge",
    acknowledgedByYou: "You acknowledged this message.",
  },
};
