import { addToken, listTokens, revokeToken, TokenError } from "../../ingest/api-tokens";
import type { Command } from "../command";
import { CommandError, UsageError } from "../command";
import { parseArguments } from "../arguments";

const usage = "token add <name> | token list | token revoke <name>";

/** `token add|list|revoke`: the API tokens of the switch's interface (docs/ingest.md). */
export const token: Command = {
  name: "token",
  usage,
  async run(args, { db, print, warn }) {
    const [sub, ...rest] = args;
    const { positionals } = parseArguments(rest, {}, usage);
    try {
      if (sub === "add" && positionals.length === 1) {
        const name = positionals[0]!;
        print({ name, token: await addToken(db, name) });
        warn("Keep this token now: only its hash is stored, it cannot be shown again.");
        return;
      }
      if (sub === "list" && positionals.length === 0) {
        print({ tokens: await listTokens(db) });
        return;
      }
      if (sub === "revoke" && positionals.length === 1) {
        await revokeToken(db, positionals[0]!);
        print({ revoked: positionals[0] });
        return;
      }
    } catch (e) {
      if (e instanceof TokenError) throw new CommandError(e.message);
      throw e;
    }
    throw new UsageError(`usage: ${usage}`);
  },
};
