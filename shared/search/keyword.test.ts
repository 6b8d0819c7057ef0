import { describe, expect, it } from "vitest";
import { compact, highlight, keywordTerms } from "./keyword";

const marked = (text: string, keyword: string) =>
  highlight(text, keywordTerms(keyword))
    .filter((p) => p.mark)
    .map((p) => p.text);

describe("keyword search normalisation", () => {
  it("folds case, accents, ligatures and punctuation", () => {
    expect(compact("Équipement")).toBe("equipement");
    expect(compact("RENDEZ-VOUS")).toBe("rendezvous");
    expect(compact("H1H 1H1")).toBe("h1h1h1");
    expect(compact("(514) 521-4567")).toBe("5145214567");
    expect(compact("Œuvre")).toBe("oeuvre");
  });

  it("cuts the keyword into terms, dropping punctuation-only and contained ones", () => {
    expect(keywordTerms("  rendez vous ")).toEqual(["rendez", "vous"]);
    expect(keywordTerms("rendez-vous")).toEqual(["rendezvous"]);
    expect(keywordTerms("- / ")).toEqual([]);
    expect(keywordTerms("521 521-45")).toEqual(["52145"]);
    expect(keywordTerms(null)).toEqual([]);
  });

  it("marks the original characters of each match", () => {
    expect(marked("Tél : (514) 521-4567", "521-45")).toEqual(["521-45"]);
    expect(marked("Tél : (514) 521-4567", "5214")).toEqual(["521-4"]);
    expect(marked("Réparation d'équipement", "EQUIPEMENT")).toEqual(["équipement"]);
    expect(marked("RENDEZ-VOUS", "rendez vous")).toEqual(["RENDEZ-VOUS"]);
    expect(marked("Jean, rue Vous", "jean vous")).toEqual(["Jean", "Vous"]);
    expect(marked("RENDEZ-VOUS", "rendez-vous")).toEqual(["RENDEZ-VOUS"]);
    expect(marked("H1H 1H1", "h1h1h1")).toEqual(["H1H 1H1"]);
    expect(marked("a <b> a", "a")).toEqual(["a", "a"]);
  });

  it("keeps the whole text, in order", () => {
    const parts = highlight("Code postal : H1H 1H1 !", ["h1h1h1"]);
    expect(parts.map((p) => p.text).join("")).toBe("Code postal : H1H 1H1 !");
    expect(highlight("abc", [])).toEqual([{ text: "abc", mark: false }]);
  });
});
