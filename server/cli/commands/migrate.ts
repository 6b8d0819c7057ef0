import type { Command } from "../command";
import { UsageError } from "../command";

/** `migrate`: the dispatcher already brought the schema up to date; this says what it applied. */
export const migrate: Command = {
  name: "migrate",
  usage: "migrate",
  async run(args, { migrated, print }) {
    if (args.length > 0) throw new UsageError(`migrate takes no arguments (usage: ${this.usage})`);
    print({ migrated });
  },
};
