import { applyRetention } from "../../retention/retention";
import type { Command } from "../command";
import { UsageError } from "../command";

/** `retention`: removes what is older than RETENTION_DAYS now; prints `{"removed": {…}}`. */
export const retention: Command = {
  name: "retention",
  usage: "retention",
  async run(args, { config, db, print }) {
    if (args.length > 0) throw new UsageError(`retention takes no arguments (usage: ${this.usage})`);
    print(await applyRetention(db, { retentionDays: config.retentionDays, timeZone: config.timeZone, recordingsDir: config.recordingsDir }));
  },
};
