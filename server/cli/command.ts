import type { Kysely } from "kysely";
import type { Database } from "../../db/database";
import type { Config } from "../config";

/** What a command gets: the configuration, the (migrated) database, and its outputs. */
export interface CommandContext {
  config: Config;
  db: Kysely<Database>;
  /** The migrations applied just before the command ran. */
  migrated: string[];
  /** Writes one JSON document to standard output. */
  print(value: unknown): void;
  /** Writes one line to standard error (diagnostics, never results). */
  warn(line: string): void;
  /** Standard input, whole, as text. */
  readStdin(): Promise<string>;
}

/** One operator command: `npm run --silent portal -- <name> …`. */
export interface Command {
  name: string;
  /** One line, shown by `help` and after a usage error. */
  usage: string;
  /** Returns the exit code (0 when it returns nothing). Throw CommandError for a clear refusal. */
  run(args: string[], context: CommandContext): Promise<number | void>;
}

/** A refusal with a message for the operator: printed as one line on standard error. */
export class CommandError extends Error {
  constructor(
    message: string,
    readonly exitCode = 1,
  ) {
    super(message);
    this.name = "CommandError";
  }
}

/** A mistake in the command line itself (exit code 2). */
export class UsageError extends CommandError {
  constructor(message: string) {
    super(message, 2);
    this.name = "UsageError";
  }
}
