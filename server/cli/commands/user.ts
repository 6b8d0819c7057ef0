import { addUser, grant, UserError } from "../../users/users";
import type { Command } from "../command";
import { CommandError, UsageError } from "../command";
import { parseArguments, positiveInteger } from "../arguments";

const addUsage = 'user add <username> --password-stdin [--name "…"] [--locale fr|en] [--email address] [--admin]';
const grantUsage = "user grant <username> (--account <n> | --billing <number>)";

/** `user add …` and `user grant …`. */
export const user: Command = {
  name: "user",
  usage: `${addUsage} | ${grantUsage}`,
  async run(args, context) {
    const [sub, ...rest] = args;
    try {
      if (sub === "add") return await add(rest, context);
      if (sub === "grant") return await grantAccess(rest, context);
    } catch (e) {
      if (e instanceof UserError) throw new CommandError(e.message);
      throw e;
    }
    throw new UsageError(`user needs add or grant (usage: ${this.usage})`);
  },
};

async function add(args: string[], { db, print, readStdin }: Parameters<Command["run"]>[1]) {
  const { values, positionals } = parseArguments(
    args,
    {
      "password-stdin": { type: "boolean" },
      name: { type: "string" },
      locale: { type: "string" },
      email: { type: "string" },
      admin: { type: "boolean" },
    },
    addUsage,
  );
  if (positionals.length !== 1) throw new UsageError(`user add takes one username (usage: ${addUsage})`);
  if (!values["password-stdin"]) {
    throw new UsageError(`user add reads the password from standard input: give --password-stdin (usage: ${addUsage})`);
  }
  if (values.locale !== undefined && values.locale !== "fr" && values.locale !== "en") {
    throw new UsageError(`--locale must be fr or en, not ${JSON.stringify(values.locale)}`);
  }
  // The password is what stdin holds, less the line ending that `echo` or a file adds.
  const password = (await readStdin()).replace(/\r?\n$/, "");
  if (password === "") throw new CommandError("no password on standard input (it is empty)");
  const created = await addUser(db, {
    username: positionals[0]!,
    password,
    name: values.name,
    locale: values.locale as "fr" | "en" | undefined,
    email: values.email,
    isAdmin: values.admin ?? false,
  });
  print({ added: created.username, id: created.id });
}

async function grantAccess(args: string[], { db, print }: Parameters<Command["run"]>[1]) {
  const { values, positionals } = parseArguments(
    args,
    { account: { type: "string" }, billing: { type: "string" } },
    grantUsage,
  );
  if (positionals.length !== 1) throw new UsageError(`user grant takes one username (usage: ${grantUsage})`);
  if ((values.account === undefined) === (values.billing === undefined)) {
    throw new UsageError(`user grant needs exactly one of --account or --billing (usage: ${grantUsage})`);
  }
  const username = positionals[0]!;
  const target =
    values.account !== undefined
      ? { accountNumber: positiveInteger(values.account, "--account") }
      : { billingNumber: values.billing! };
  const created = await grant(db, username, target);
  print({ granted: username, ...target, new: created });
}
