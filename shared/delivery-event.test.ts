import { describe, expect, it } from "vitest";
import { parseDeliveryEvent, translateDeliveryEvent } from "./delivery-event";
import { en, fr } from "./i18n";

describe("parseDeliveryEvent", () => {
  it("reads the manual's four forms", () => {
    expect(parseDeliveryEvent("email initiated to info@compagnie.ca")).toEqual({
      kind: "channel",
      channel: "email",
      step: "initiated",
      to: "info@compagnie.ca",
    });
    expect(parseDeliveryEvent("email completed to info@compagnie.ca")).toEqual({
      kind: "channel",
      channel: "email",
      step: "completed",
      to: "info@compagnie.ca",
    });
    expect(parseDeliveryEvent("Delivered")).toEqual({ kind: "delivered" });
    expect(parseDeliveryEvent("Taken")).toEqual({ kind: "taken" });
  });

  it("reads the fax, SMS and phone-call equivalents, in any case and spacing", () => {
    expect(parseDeliveryEvent("FAX initiated to 514-555-0101")).toMatchObject({ channel: "fax", step: "initiated", to: "514-555-0101" });
    expect(parseDeliveryEvent("fax  completed  to (514) 521-4567")).toMatchObject({ channel: "fax", step: "completed", to: "(514) 521-4567" });
    expect(parseDeliveryEvent("sms sent to 450-555-0142")).toMatchObject({ channel: "sms", step: "completed", to: "450-555-0142" });
    expect(parseDeliveryEvent("SMS initiated to 450-555-0142")).toMatchObject({ channel: "sms", step: "initiated" });
    expect(parseDeliveryEvent("text message failed to 450-555-0142")).toMatchObject({ channel: "sms", step: "failed" });
    expect(parseDeliveryEvent("phone call initiated to 514-555-0188")).toMatchObject({ channel: "call", step: "initiated", to: "514-555-0188" });
    expect(parseDeliveryEvent("call completed to 514-555-0188")).toMatchObject({ channel: "call", step: "completed" });
    expect(parseDeliveryEvent("E-mail failed to a@b.ca")).toMatchObject({ channel: "email", step: "failed", to: "a@b.ca" });
    expect(parseDeliveryEvent("  delivered. ")).toEqual({ kind: "delivered" });
  });

  it("allows a form without its target (`email completed`)", () => {
    expect(parseDeliveryEvent("email completed")).toEqual({ kind: "channel", channel: "email", step: "completed", to: null });
  });

  it("keeps anything else whole, exactly as it came", () => {
    for (const text of ["Rappel demandé par le client", "email to info@x.ca", "Delivered by hand", "", "faxed", "Taken over by KAL"]) {
      expect(parseDeliveryEvent(text)).toEqual({ kind: "unknown", text });
    }
  });
});

describe("translateDeliveryEvent", () => {
  it("shows the manual's history in French on a French page", () => {
    const history = [
      "email initiated to info@compagnie.ca",
      "email completed to info@compagnie.ca",
      "Delivered",
      "Taken",
    ].map((e) => translateDeliveryEvent(e, fr));
    expect(history).toEqual([
      "Envoi du courriel à info@compagnie.ca amorcé",
      "Courriel envoyé à info@compagnie.ca",
      "Message remis",
      "Message pris",
    ]);
  });

  it("shows it in English on an English page", () => {
    expect(translateDeliveryEvent("email initiated to info@compagnie.ca", en)).toBe("Email initiated to info@compagnie.ca");
    expect(translateDeliveryEvent("sms sent to 450-555-0142", en)).toBe("Text message sent to 450-555-0142");
    expect(translateDeliveryEvent("fax completed to 514-555-0101", fr)).toBe("Télécopie envoyée au 514-555-0101");
    expect(translateDeliveryEvent("call failed to 514-555-0101", fr)).toBe("Échec de l'appel au 514-555-0101");
    expect(translateDeliveryEvent("Delivered", en)).toBe("Delivered");
  });

  it("every channel and step has words in both languages, with and without a target", () => {
    for (const t of [fr, en]) {
      for (const channel of ["email", "fax", "sms", "call"] as const) {
        for (const step of ["initiated", "completed", "failed"] as const) {
          expect(t.deliveryEvents[channel][step]("x@y.ca")).toContain("x@y.ca");
          expect(t.deliveryEvents[channel][step](null)).not.toMatch(/null|undefined/);
        }
      }
    }
  });

  it("an unknown line is shown as it came, in either language", () => {
    expect(translateDeliveryEvent("Rappel demandé", en)).toBe("Rappel demandé");
    expect(translateDeliveryEvent("Left voicemail", fr)).toBe("Left voicemail");
  });
});
