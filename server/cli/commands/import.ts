import { ImportError, importNdjson } from "../../../db/import/ndjson-import";
import type { Command } from "../command";
import { UsageError } from "../command";
import { parseArguments } from "../arguments";

/**
 * `import <file.ndjson>`: one transaction; prints `{"imported": {…}}`. Bad lines: each
 * `line N: reason` on standard error, then a summary line, exit 1.
 */
export const importCommand: Command = {
  name: "import",
  usage: "import <file.ndjson>",
  async run(args, { db, config, print, warn }) {
    const { positionals } = parseArguments(args, {}, this.usage);
    if (positionals.length !== 1) throw new UsageError(`import takes one file (usage: ${this.usage})`);
    const file = positionals[0]!;
    const tty = process.stderr.isTTY === true;
    try {
      const { imported } = await importNdjson(db, file, {
        recordingsDir: config.recordingsDir,
        onProgress: tty
          ? ({ lines, done }) => process.stderr.write(done ? `\r\x1b[K` : `\r${lines.toLocaleString("en")} lines…`)
          : undefined,
      });
      print({ imported });
    } catch (e) {
      if (tty) process.stderr.write(`\r\x1b[K`);
      if (!(e instanceof ImportError)) throw e;
      for (const problem of e.problems) warn(problem);
      const more = e.badLines - e.problems.length;
      if (more > 0) warn(`… and ${more} more bad lines`);
      warn(`import of ${file} failed: ${e.badLines} bad line${e.badLines === 1 ? "" : "s"}; nothing was changed`);
      return 1;
    }
  },
};
