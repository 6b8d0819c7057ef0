import { formatNumber, formatPercent } from "./format/number";
import type { Locale } from "./i18n/dictionary";
import type { Figure } from "./statistics";

/** A figure's value as the table shows it: `61`, `111`, `31,0` / `31.0`, `1,53`; empty when null. */
export function formatFigureValue(figure: Pick<Figure, "kind" | "value">, locale: Locale): string {
  if (figure.value === null) return "";
  const decimals = { count: 0, seconds0: 0, seconds1: 1, minutes2: 2 }[figure.kind];
  return formatNumber(figure.value, locale, decimals);
}

/** A 0–100 percentage as the manual shows it: one decimal (`8,2 %` / `8.2%`), `100 %` without; empty when null. */
export function formatFigurePercent(percent: number | null, locale: Locale): string {
  if (percent === null) return "";
  return formatPercent(percent / 100, locale, percent === 100 ? 0 : 1);
}
