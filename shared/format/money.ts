import type { Locale } from "../i18n/dictionary";

/**
 * Money in Canadian dollars from its decimal string (as PostgreSQL's numeric arrives), with no
 * floating point anywhere: fr `1 234,56 $` (no-break spaces), en `$1,234.56`; negative amounts
 * `-1 234,56 $` / `-$1,234.56` — the same output as `Intl.NumberFormat(…, { style: "currency",
 * currency: "CAD" })`, exact for any size. More than two decimals round half away from zero.
 */
export function formatMoney(amount: string, locale: Locale): string {
  const { negative, units, cents } = parseAmount(amount);
  const sep = locale === "fr" ? "\u00a0" : ",";
  const grouped = units.replace(/\B(?=(\d{3})+(?!\d))/g, sep);
  const sign = negative ? "-" : "";
  return locale === "fr" ? `${sign}${grouped},${cents}\u00a0$` : `${sign}$${grouped}.${cents}`;
}

/** `"-1234.565"` → `{ negative: true, units: "1234", cents: "57" }`; throws on anything else. */
export function parseAmount(amount: string): { negative: boolean; units: string; cents: string } {
  const m = /^\s*([+-]?)(\d*)(?:\.(\d*))?\s*$/.exec(amount);
  if (!m || (m[2] === "" && !m[3])) throw new Error(`not an amount: "${amount}"`);
  const fraction = (m[3] ?? "").padEnd(3, "0");
  let total = BigInt((m[2] || "0") + fraction.slice(0, 2));
  if (Number(fraction[2]) >= 5) total += 1n;
  const digits = total.toString().padStart(3, "0");
  return {
    negative: m[1] === "-" && total !== 0n,
    units: digits.slice(0, -2).replace(/^0+(?=\d)/, ""),
    cents: digits.slice(-2),
  };
}
