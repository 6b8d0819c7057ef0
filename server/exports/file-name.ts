import type { Locale } from "../../shared/i18n";
import { dictionaries } from "../../shared/i18n";
import { toLocal } from "../../shared/time-zone";
import type { ReportDefinition } from "../reports/report-definition";

/**
 * The name of a report's file: its title in the reader's language, as plain ASCII, and the
 * local export time — `enregistreur-d-appels_2026-11-25_1405.xlsx` / `call-recorder_…`.
 */
export function exportFileName(
  definition: ReportDefinition,
  { locale, timeZone, now }: { locale: Locale; timeZone: string; now: Date },
  extension = "xlsx",
): string {
  const l = toLocal(now, timeZone);
  const stamp = `${l.date}_${l.time.slice(0, 2)}${l.time.slice(3, 5)}`;
  return `${slug(definition.title(dictionaries[locale])) || definition.section}_${stamp}.${extension}`;
}

export function slug(text: string): string {
  return text
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "");
}

/** Both forms, for browsers old and new; the ASCII slug needs no escaping in either. */
export function contentDisposition(fileName: string): string {
  return `attachment; filename="${fileName}"; filename*=UTF-8''${encodeURIComponent(fileName)}`;
}
