import { parseArgs, type ParseArgsConfig } from "node:util";
import { UsageError } from "./command";

/** node:util's parseArgs, strict, with its errors turned into one-line usage errors. */
export function parseArguments<T extends NonNullable<ParseArgsConfig["options"]>>(
  args: string[],
  options: T,
  usage: string,
) {
  try {
    return parseArgs({ args, options, allowPositionals: true, strict: true });
  } catch (e) {
    throw new UsageError(`${(e as Error).message.split("\n")[0]} (usage: ${usage})`);
  }
}

/** A positive whole number given as an option's value. */
export function positiveInteger(value: string, option: string): number {
  const n = Number(value);
  if (!/^\d+$/.test(value) || !Number.isSafeInteger(n) || n <= 0) {
    throw new UsageError(`${option} must be a positive whole number, not ${JSON.stringify(value)}`);
  }
  return n;
}
