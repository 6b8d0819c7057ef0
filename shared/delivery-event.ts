import type { DictionaryWith } from "./i18n";

/**
 * A message's delivery history comes from the switch as English text in a few known forms —
 * the manual shows `email initiated to info@compagnie.ca`, `email completed to …`, `Delivered`,
 * `Taken` — and the same forms for faxes, text messages and phone calls. Read into a structure,
 * they can be shown in the page's language; anything else is shown as it came.
 */

export const deliveryChannels = ["email", "fax", "sms", "call"] as const;
export type DeliveryChannel = (typeof deliveryChannels)[number];

export const deliverySteps = ["initiated", "completed", "failed"] as const;
export type DeliveryStep = (typeof deliverySteps)[number];

export type DeliveryEvent =
  | { kind: "channel"; channel: DeliveryChannel; step: DeliveryStep; to: string | null }
  | { kind: "delivered" }
  | { kind: "taken" }
  | { kind: "unknown"; text: string };

/** How the switch names each channel (lower case, spaces single). */
const channelWords: Record<string, DeliveryChannel> = {
  email: "email",
  "e-mail": "email",
  fax: "fax",
  telefax: "fax",
  sms: "sms",
  text: "sms",
  "text message": "sms",
  call: "call",
  phone: "call",
  "phone call": "call",
  voice: "call",
  "voice call": "call",
};

/** The switch's verbs; `sent` and `delivered to` say the same as `completed`. */
const stepWords: Record<string, DeliveryStep> = {
  initiated: "initiated",
  started: "initiated",
  queued: "initiated",
  completed: "completed",
  complete: "completed",
  sent: "completed",
  delivered: "completed",
  failed: "failed",
  "not delivered": "failed",
  error: "failed",
};

const channelPattern = Object.keys(channelWords)
  .sort((a, b) => b.length - a.length)
  .map((w) => w.replace("-", "\\-"))
  .join("|");
const stepPattern = Object.keys(stepWords)
  .sort((a, b) => b.length - a.length)
  .join("|");
/** `<channel> <step> [to|for] <target>` — the target optional (`email completed`). */
const channelForm = new RegExp(`^(${channelPattern})\\s+(${stepPattern})(?:\\s+(?:to|for)\\s+(.+?))?\\.?$`, "i");

/** One history line as the switch wrote it, read; `unknown` keeps it whole. */
export function parseDeliveryEvent(text: string): DeliveryEvent {
  const line = text.trim().replace(/\s+/g, " ");
  const word = line.toLowerCase().replace(/\.$/, "");
  if (word === "delivered") return { kind: "delivered" };
  if (word === "taken") return { kind: "taken" };
  const match = channelForm.exec(line);
  if (match) {
    const channel = channelWords[match[1]!.toLowerCase()]!;
    const step = stepWords[match[2]!.toLowerCase()]!;
    const to = match[3]?.trim() || null;
    return { kind: "channel", channel, step, to };
  }
  return { kind: "unknown", text };
}

/** The event in the dictionary's language; an unknown one as it came. */
export function describeDeliveryEvent(event: DeliveryEvent, t: DictionaryWith<"messages">): string {
  const words = t.deliveryEvents;
  switch (event.kind) {
    case "delivered":
      return words.delivered;
    case "taken":
      return words.taken;
    case "channel":
      return words[event.channel][event.step](event.to);
    case "unknown":
      return event.text;
  }
}

/** The history line as the switch wrote it, in the dictionary's language. */
export function translateDeliveryEvent(text: string, t: DictionaryWith<"messages">): string {
  return describeDeliveryEvent(parseDeliveryEvent(text), t);
}
