/**
 * The 16 figures of docs/statistics-definitions.md, in the manual's order: their keys, which ones carry a
 * percentage and over which denominator, and how each is rounded. The server computes the
 * sums and counts in SQL (`StatisticsSums`); `computeFigures` turns them into the figures with
 * integer arithmetic only, so the rounding (half away from zero, once, at the end) is exact.
 */

export const statisticKeys = [
  "totalInbound",
  "automated",
  "agentCalls",
  "abandoned",
  "assigned",
  "unanswered",
  "answered",
  "answeredOfAssigned",
  "avgWorkSeconds",
  "held",
  "avgHoldSeconds",
  "avgAnswerDelaySeconds",
  "answeredWithin30s",
  "transfers",
  "avgTransferMinutes",
  "busy",
] as const;

export type StatisticKey = (typeof statisticKeys)[number];

/** The counts and sums the one aggregate query returns (letters as in docs/statistics-definitions.md). */
export interface StatisticsSums {
  /** counted inbound calls */
  T: number;
  /** automated */
  A: number;
  /** agent calls, T − A */
  G: number;
  /** abandoned */
  B: number;
  /** assigned, G − B */
  S: number;
  /** unanswered */
  U: number;
  /** answered, S − U */
  R: number;
  /** held (hold > 10 s) */
  H: number;
  /** answered within 30 s */
  W: number;
  /** transferred */
  X: number;
  /** inbound busy signals, any duration */
  busy: number;
  /** work seconds of every chosen record, of every kind */
  workSum: number;
  /** hold seconds of the H held calls */
  holdSum: number;
  /** answer delay seconds of the R answered calls */
  answerDelaySum: number;
  /** transfer seconds of the X transferred calls */
  transferSum: number;
}

/** How a figure's value reads: a count, or a mean with its unit and decimals. */
export type FigureKind = "count" | "seconds0" | "seconds1" | "minutes2";

export interface FigureDefinition {
  key: StatisticKey;
  kind: FigureKind;
  /** The percentage's numerator and denominator, when the figure has one. */
  percent?: { of: keyof StatisticsSums; over: keyof StatisticsSums };
}

export const figureDefinitions: readonly FigureDefinition[] = [
  { key: "totalInbound", kind: "count", percent: { of: "T", over: "T" } },
  { key: "automated", kind: "count", percent: { of: "A", over: "T" } },
  { key: "agentCalls", kind: "count", percent: { of: "G", over: "T" } },
  { key: "abandoned", kind: "count", percent: { of: "B", over: "G" } },
  { key: "assigned", kind: "count", percent: { of: "S", over: "T" } },
  { key: "unanswered", kind: "count", percent: { of: "U", over: "S" } },
  { key: "answered", kind: "count", percent: { of: "R", over: "T" } },
  { key: "answeredOfAssigned", kind: "count", percent: { of: "R", over: "S" } },
  { key: "avgWorkSeconds", kind: "seconds0" },
  { key: "held", kind: "count", percent: { of: "H", over: "T" } },
  { key: "avgHoldSeconds", kind: "seconds0" },
  { key: "avgAnswerDelaySeconds", kind: "seconds1" },
  { key: "answeredWithin30s", kind: "count", percent: { of: "W", over: "R" } },
  { key: "transfers", kind: "count" },
  { key: "avgTransferMinutes", kind: "minutes2" },
  { key: "busy", kind: "count" },
];

/** One line of the table: `value` is the count or the mean (null: nothing to average). */
export interface Figure {
  key: StatisticKey;
  kind: FigureKind;
  value: number | null;
  /** 0–100, rounded to one decimal; null when the figure has none or its denominator is 0. */
  percent: number | null;
}

/**
 * `numerator / denominator` rounded half away from zero to `decimals` decimals, exactly (for
 * the non-negative whole numbers SQL counts and sums give); null when the denominator is 0.
 */
export function roundedRatio(numerator: number, denominator: number, decimals: number): number | null {
  if (denominator === 0) return null;
  const sign = Math.sign(numerator) * Math.sign(denominator) < 0 ? -1 : 1;
  const n = BigInt(Math.abs(numerator)) * 10n ** BigInt(decimals);
  const d = BigInt(Math.abs(denominator));
  const units = (2n * n + d) / (2n * d);
  return (sign * Number(units)) / 10 ** decimals;
}

const value = (sums: StatisticsSums, key: StatisticKey): number | null => {
  switch (key) {
    case "totalInbound":
      return sums.T;
    case "automated":
      return sums.A;
    case "agentCalls":
      return sums.G;
    case "abandoned":
      return sums.B;
    case "assigned":
      return sums.S;
    case "unanswered":
      return sums.U;
    case "answered":
    case "answeredOfAssigned":
      return sums.R;
    case "avgWorkSeconds":
      return roundedRatio(sums.workSum, sums.R, 0);
    case "held":
      return sums.H;
    case "avgHoldSeconds":
      return roundedRatio(sums.holdSum, sums.H, 0);
    case "avgAnswerDelaySeconds":
      return roundedRatio(sums.answerDelaySum, sums.R, 1);
    case "answeredWithin30s":
      return sums.W;
    case "transfers":
      return sums.X;
    case "avgTransferMinutes":
      return roundedRatio(sums.transferSum, sums.X * 60, 2);
    case "busy":
      return sums.busy;
  }
};

export function computeFigures(sums: StatisticsSums): Figure[] {
  return figureDefinitions.map((f) => ({
    key: f.key,
    kind: f.kind,
    value: value(sums, f.key),
    percent: f.percent ? roundedRatio(100 * sums[f.percent.of], sums[f.percent.over], 1) : null,
  }));
}

/** The answer-delay chart's bars, over the answered calls: upper bounds in seconds (null: no bound). */
export const answerDelayBuckets = [
  { key: "0-10", min: 0, max: 10 },
  { key: "11-20", min: 11, max: 20 },
  { key: "21-30", min: 21, max: 30 },
  { key: "31-60", min: 31, max: 60 },
  { key: "60+", min: 61, max: null },
] as const;

export type AnswerDelayBucket = (typeof answerDelayBuckets)[number]["key"];

/** What the page, the workbook and the CLI read: the figures and the three charts' data. */
export interface StatisticsCharts {
  /** Counted inbound calls per local day of the period, every day present (zeros included). */
  perDay: { date: string; count: number }[];
  /** Counted inbound calls per local hour 0–23. */
  perHour: { hour: number; count: number }[];
  /** Answered calls per answer-delay bucket. */
  answerDelay: { bucket: AnswerDelayBucket; count: number }[];
}
