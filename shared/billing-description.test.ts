import { describe, expect, it } from "vitest";
import { billingDescription, isBalanceLine } from "./billing-description";
import { en, fr } from "./i18n";

describe("billingDescription", () => {
  it("names a balance brought forward in the reader's language", () => {
    expect(billingDescription("BALANCE 12-3219", fr)).toBe("Solde 12-3219");
    expect(billingDescription("BALANCE", fr)).toBe("Solde");
    expect(billingDescription("BALANCE 12-3219", en)).toBe("Balance 12-3219");
    expect(billingDescription("balance", en)).toBe("Balance");
  });

  it("leaves every other line as the invoice wrote it", () => {
    for (const text of ["Enregistreur d'appels", "8 minutes du 20 octobre au 19 novembre", "Balancing fee", "Paiement reçu – merci"]) {
      expect(billingDescription(text, fr)).toBe(text);
      expect(billingDescription(text, en)).toBe(text);
    }
  });

  it("knows a balance line in either language", () => {
    expect(isBalanceLine("BALANCE 12-3219")).toBe(true);
    expect(isBalanceLine("  solde")).toBe(true);
    expect(isBalanceLine("Balancing fee")).toBe(false);
  });
});
