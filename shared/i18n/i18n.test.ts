import { describe, expect, it } from "vitest";
import { enAccount } from "./en-account";
import { enBillable } from "./en-billable";
import { enBilling } from "./en-billing";
import { enCore } from "./en-core";
import { enEmailDialog } from "./en-email-dialog";
import { enMessages } from "./en-messages";
import { enOnThisDevice } from "./en-on-this-device";
import { enPassword } from "./en-password";
import { enRecordings } from "./en-recordings";
import { enServer } from "./en-server";
import { enStatistics } from "./en-statistics";
import { enStatisticsCalls } from "./en-statistics-calls";
import { enStatisticsCharts } from "./en-statistics-charts";
import { frAccount } from "./fr-account";
import { frBillable } from "./fr-billable";
import { frBilling } from "./fr-billing";
import { frCore } from "./fr-core";
import { frEmailDialog } from "./fr-email-dialog";
import { frMessages } from "./fr-messages";
import { frOnThisDevice } from "./fr-on-this-device";
import { frPassword } from "./fr-password";
import { frRecordings } from "./fr-recordings";
import { frServer } from "./fr-server";
import { frStatistics } from "./fr-statistics";
import { frStatisticsCalls } from "./fr-statistics-calls";
import { frStatisticsCharts } from "./fr-statistics-charts";
import type { Part } from "./dictionary";
import { dictionaries, en, fr } from "./index";

/** The key paths of a dictionary, with the kind of each leaf. */
function shape(value: unknown, prefix = ""): string[] {
  if (typeof value === "string") return [`${prefix}:string`];
  if (typeof value === "function") return [`${prefix}:function`];
  return Object.entries(value as Record<string, unknown>).flatMap(([k, v]) => shape(v, prefix ? `${prefix}.${k}` : k));
}

/** Each language's core and parts, as the browser loads them (client/src/i18n.tsx), and the server's own words. */
const files = {
  fr: { core: frCore, parts: { recordings: frRecordings, messages: frMessages, account: frAccount, billing: frBilling, billable: frBillable, statistics: frStatistics, statisticsCalls: frStatisticsCalls, statisticsCharts: frStatisticsCharts, emailDialog: frEmailDialog, onThisDevice: frOnThisDevice, password: frPassword }, server: frServer },
  en: { core: enCore, parts: { recordings: enRecordings, messages: enMessages, account: enAccount, billing: enBilling, billable: enBillable, statistics: enStatistics, statisticsCalls: enStatisticsCalls, statisticsCharts: enStatisticsCharts, emailDialog: enEmailDialog, onThisDevice: enOnThisDevice, password: enPassword }, server: enServer },
} satisfies Record<string, { core: object; parts: Record<Part, object>; server: object }>;

describe("dictionaries", () => {
  it("have the same keys and leaf kinds in both languages", () => {
    expect(shape(en)).toEqual(shape(fr));
  });

  it("have the same keys in both languages' core and in each part", () => {
    expect(shape(files.en.core)).toEqual(shape(files.fr.core));
    expect(shape(files.en.server)).toEqual(shape(files.fr.server));
    for (const part of Object.keys(files.fr.parts) as Part[]) expect(shape(files.en.parts[part]), part).toEqual(shape(files.fr.parts[part]));
  });

  it("are their core and parts, no string in two of them (a page's part never hides a core's string)", () => {
    for (const [locale, { core, parts, server }] of Object.entries(files)) {
      const paths = [core, ...Object.values(parts), server].flatMap((file) => shape(file));
      expect(new Set(paths).size, locale).toBe(paths.length);
      expect([...paths].sort(), locale).toEqual(shape(dictionaries[locale as keyof typeof dictionaries]).sort());
    }
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
