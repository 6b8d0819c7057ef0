import { loadDemo } from "../../demo/demo-data";
import type { Command } from "../command";
import { UsageError } from "../command";

/** `demo`: loads the demo data set; prints the demo user's name and a new random password. */
export const demo: Command = {
  name: "demo",
  usage: "demo",
  async run(args, { db, config, print }) {
    if (args.length > 0) throw new UsageError(`demo takes no arguments (usage: ${this.usage})`);
    const { username, password } = await loadDemo(db, {
      recordingsDir: config.recordingsDir,
      timeZone: config.timeZone,
    });
    print({ username, password });
  },
};
