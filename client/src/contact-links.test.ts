import { describe, expect, it } from "vitest";
import { contactParts } from "./contact-links";

describe("phone numbers and e-mail addresses in text", () => {
  it("makes the usual ways of writing a number dialable", () => {
    for (const [text, href] of [
      ["514-555-0199", "tel:+15145550199"],
      ["(514) 521-4567", "tel:+15145214567"],
      ["1 800 667-6767", "tel:+18006676767"],
      ["+1.514.555.0100", "tel:+15145550100"],
      ["5145550123", "tel:+15145550123"],
    ] as const) {
      expect(contactParts(text)).toEqual([{ text, href, kind: "tel" }]);
    }
  });

  it("keeps the words around, and finds several", () => {
    expect(contactParts("Technicien de garde : 514-555-0199 ou info@plomberie.ca.")).toEqual([
      { text: "Technicien de garde : " },
      { text: "514-555-0199", href: "tel:+15145550199", kind: "tel" },
      { text: " ou " },
      { text: "info@plomberie.ca", href: "mailto:info@plomberie.ca", kind: "mailto" },
      { text: "." },
    ]);
  });

  it("leaves other numbers alone: a call number, a postal code, a short number", () => {
    expect(contactParts("Appel 88500001234")).toEqual([{ text: "Appel 88500001234" }]);
    expect(contactParts("H1H 1H1, poste 12")).toEqual([{ text: "H1H 1H1, poste 12" }]);
  });
});
