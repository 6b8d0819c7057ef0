import { describe, expect, it } from "vitest";
import { dictionaries, en, fr } from "./index";

/** The key paths of a dictionary, with the kind of each leaf. */
function shape(value: unknown, prefix = ""): string[] {
  if (typeof value === "string") return [`${prefix}:string`];
  if (typeof value === "function") return [`${prefix}:function`];
  return Object.entries(value as Record<string, unknown>).flatMap(([k, v]) => shape(v, prefix ? `${prefix}.${k}` : k));
}

describe("dictionaries", () => {
  it("have the same keys and leaf kinds in both languages", () => {
    expect(shape(en)).toEqual(shape(fr));
  });

  it("have no empty string", () => {
    for (const dict of Object.values(dictionaries)) {
      const walk = (v: unknown): void => {
        if (typeof v === "string") expect(v.trim()).not.toBe("");
        else if (typeof v === "object" && v) Object.values(v).forEach(walk);
      };
      walk(dict);
    }
  });

  it("format parameterised strings", () => {
    expect(fr.home.welcome("Plomberie Laval")).toBe("Bienvenue, Plomberie Laval");
    expect(en.home.welcome("Plomberie Laval")).toBe("Welcome, Plomberie Laval");
    expect(fr.signIn.throttled(1)).toBe("Trop de tentatives. Réessayez dans 1 seconde.");
    expect(en.signIn.throttled(5)).toBe("Too many attempts. Try again in 5 seconds.");
  });
});
