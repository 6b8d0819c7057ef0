import type { z } from "zod";
import { weekdayCodes } from "../../shared/filters/weekday-codes";
import { validationMessage } from "../../shared/filters/validation";
import { firstKeptDay } from "../../shared/retention-window";
import { toLocal } from "../../shared/time-zone";
import type { FlagKind, ReportContext, ReportDefinition } from "../reports/report-definition";
import { UsageError } from "./command";

/**
 * The one reader of `portal report`'s filter flags, for every section: the section names which
 * of its filters' keys are flags and how each value reads (`cliFlags`); the flag is the key in
 * kebab-case (`minMinutes` → `--min-minutes`, as docs/operator.md lists them). A flag with no
 * value, or one the section does not take, is refused here alike for every section; what the
 * values mean is then the section's schema's business, whose first issue `refusal` puts in words.
 */

/** `minMinutes` → `min-minutes`. */
export function flagName(key: string): string {
  return key.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`);
}

/** The flags a section takes, `--from` first, in the order it lists them. */
export function flagsOf(definition: ReportDefinition): string[] {
  return Object.keys(definition.cliFlags).map((key) => `--${flagName(key)}`);
}

/**
 * The filters `--key value` options make, before the schema checks them. `options` are the
 * command line's options less the command's own (`--user`, `--format`, `--out`).
 */
export function filtersFromFlags(definition: ReportDefinition, options: Record<string, string | true>, timeZone: string): unknown {
  const kinds = definition.cliFlags as Record<string, FlagKind>;
  const byFlag = new Map(Object.keys(kinds).map((key) => [flagName(key), key]));
  const filters: Record<string, unknown> = { ...definition.cliFixed };
  for (const [flag, value] of Object.entries(options)) {
    const key = byFlag.get(flag);
    if (key === undefined) {
      throw new UsageError(`--${flag} is not a filter of ${definition.section} (its filters: ${flagsOf(definition).join(", ")})`);
    }
    if (value === true || value.trim() === "") throw new UsageError(`--${flag} needs a value`);
    filters[key] = read(kinds[key]!, value, timeZone);
  }
  return filters;
}

function read(kind: FlagKind, value: string, timeZone: string): unknown {
  switch (kind) {
    case "text":
      return value;
    case "number":
      return number(value);
    case "numbers":
      return value.split(",").map((v) => number(v.trim()));
    case "day":
      return localDay(value, timeZone);
    case "start":
    case "end":
      return localDateTime(value, timeZone, kind === "end");
    case "weekday": {
      const name = value.trim().toLowerCase();
      if (name === "all") return null;
      // A name the list lacks stays as typed: the schema refuses it (not a number).
      const index = weekdayCodes.indexOf(name.slice(0, 3) as (typeof weekdayCodes)[number]);
      return index === -1 || name.length < 3 ? value : index;
    }
  }
}

/** A decimal number when it reads as one (`12`, `1.5`), else the text as typed: the schema then says what it expects. */
function number(value: string): number | string {
  return /^-?\d+(\.\d+)?$/.test(value) ? Number(value) : value;
}

/** An instant with its offset (`…T10:00:00Z`, `…-05:00`): a wall-clock time elsewhere. */
const withOffset = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:?\d{2})$/i;

/** `YYYY-MM-DD` as is; an ISO instant with an offset becomes its local day in the service's zone. */
function localDay(value: string, timeZone: string): string {
  const instant = asInstant(value);
  return instant ? toLocal(instant, timeZone).date : value;
}

/** The instant an ISO date-time with an offset names; none for anything else (left to the schema). */
function asInstant(value: string): Date | undefined {
  const instant = withOffset.test(value) ? new Date(value) : undefined;
  return instant && !Number.isNaN(instant.getTime()) ? instant : undefined;
}

/**
 * The recorder's local `YYYY-MM-DDTHH:MM[:SS]`: a bare day is its first (`start`) or last
 * (`end`) minute; an ISO instant with an offset is the service's wall-clock time then.
 */
function localDateTime(value: string, timeZone: string, end: boolean): string {
  if (/^\d{4}-\d{2}-\d{2}$/.test(value)) return `${value}T${end ? "23:59" : "00:00"}`;
  const instant = asInstant(value);
  if (!instant) return value;
  const local = toLocal(instant, timeZone);
  return `${local.date}T${local.time}`;
}

/**
 * The first problem of filters the schema refused, in one line naming the flag:
 * `--from: the oldest day allowed is 2026-10-02`, `--to: The end must be after the start.`
 */
export function refusal(definition: ReportDefinition, error: z.core.$ZodError, ctx: ReportContext): string {
  const issue = error.issues[0];
  if (!issue) return validationMessage("invalidFilters", "en");
  const key = issue.path[0];
  const message = issue.message === "beforeWindow" ? `the oldest day allowed is ${firstKeptDay(ctx)}` : validationMessage(issue.message, "en");
  if (typeof key !== "string") return message;
  return Object.hasOwn(definition.cliFlags, key) ? `--${flagName(key)}: ${message}` : `${key}: ${message}`;
}
