import { TRPCError } from "@trpc/server";
import { z } from "zod";
import type { CallOutcome } from "../../db/database";
import { protectedProcedure, router } from "../trpc/init";
import { vapidKeys } from "./vapid-keys";

const callOutcomes = ["answered", "unanswered", "abandoned", "busy", "automated"] as const satisfies readonly CallOutcome[];

/** A push service's URL: HTTPS (plain HTTP only where PUSH_ALLOW_HTTP says so: a test's push service). */
const endpoint = z.string().max(2000).url();
const base64url = (max: number) => z.string().min(1).max(max).regex(/^[A-Za-z0-9_-]+=*$/);

/** What this device wants to be told of. */
const choices = z.object({
  accounts: z.array(z.number().int().positive().max(2_147_483_647)).min(1).max(1000),
  messages: z.boolean(),
  callOutcomes: z.array(z.enum(callOutcomes)).max(callOutcomes.length),
  includeTitle: z.boolean(),
});

/**
 * "Sur cet appareil / On this device": this device's Web Push subscription (docs/notifications.md).
 * A device is known by its push endpoint; a user only ever reads or changes their own rows, and
 * only chooses accounts they may see. The subscription belongs to this session: signing out
 * deletes it.
 */
export const pushRouter = router({
  /** The VAPID public key the browser subscribes with (base64url). */
  publicKey: protectedProcedure.query(async ({ ctx }) => ({ publicKey: (await vapidKeys(ctx.db)).publicKey })),

  /** This device's choices, if it is subscribed for this user. */
  device: protectedProcedure.input(z.object({ endpoint })).query(async ({ ctx, input }) => {
    const row = await ctx.db
      .selectFrom("push_subscriptions")
      .select(["accounts", "messages", "call_outcomes", "include_title"])
      .where("endpoint", "=", input.endpoint)
      .where("user_id", "=", ctx.user.id)
      .where("session_id", "=", ctx.session.id)
      .executeTakeFirst();
    if (!row) return null;
    const visible = new Set(ctx.access.accountNumbers);
    return {
      accounts: row.accounts.filter((a) => visible.has(a)),
      messages: row.messages,
      callOutcomes: row.call_outcomes,
      includeTitle: row.include_title,
    };
  }),

  /** Turns notifications on for this device (or takes it over from a previous session or user). */
  subscribe: protectedProcedure
    .input(choices.extend({ endpoint, keys: z.object({ p256dh: base64url(200), auth: base64url(50) }) }))
    .mutation(async ({ ctx, input }) => {
      checkEndpoint(input.endpoint, ctx.config.pushAllowHttp);
      const accounts = allowedAccounts(input.accounts, ctx.access.accountNumbers);
      const values = {
        user_id: ctx.user.id,
        session_id: ctx.session.id,
        p256dh: input.keys.p256dh,
        auth: input.keys.auth,
        accounts,
        messages: input.messages,
        call_outcomes: input.callOutcomes,
        include_title: input.includeTitle,
      };
      await ctx.db
        .insertInto("push_subscriptions")
        .values({ ...values, endpoint: input.endpoint })
        .onConflict((oc) => oc.column("endpoint").doUpdateSet({ ...values, updated_at: new Date() }))
        .execute();
      return { ok: true };
    }),

  /** Changes what this device is told of. */
  update: protectedProcedure.input(choices.extend({ endpoint })).mutation(async ({ ctx, input }) => {
    const accounts = allowedAccounts(input.accounts, ctx.access.accountNumbers);
    const result = await ctx.db
      .updateTable("push_subscriptions")
      .set({ accounts, messages: input.messages, call_outcomes: input.callOutcomes, include_title: input.includeTitle, updated_at: new Date() })
      .where("endpoint", "=", input.endpoint)
      .where("user_id", "=", ctx.user.id)
      .executeTakeFirst();
    if (Number(result.numUpdatedRows) === 0) throw new TRPCError({ code: "NOT_FOUND", message: "not_subscribed" });
    return { ok: true };
  }),

  /** Turns notifications off for this device. */
  unsubscribe: protectedProcedure.input(z.object({ endpoint })).mutation(async ({ ctx, input }) => {
    await ctx.db.deleteFrom("push_subscriptions").where("endpoint", "=", input.endpoint).where("user_id", "=", ctx.user.id).execute();
    return { ok: true };
  }),
});

function checkEndpoint(url: string, allowHttp: boolean) {
  const { protocol } = new URL(url);
  if (protocol !== "https:" && !(allowHttp && protocol === "http:")) {
    throw new TRPCError({ code: "BAD_REQUEST", message: "invalid_endpoint" });
  }
}

/** The chosen accounts, each one the user may see: any other refuses the whole choice. */
function allowedAccounts(chosen: number[], visible: number[]): number[] {
  const allowed = new Set(visible);
  const accounts = [...new Set(chosen)].sort((a, b) => a - b);
  if (accounts.some((a) => !allowed.has(a))) throw new TRPCError({ code: "FORBIDDEN", message: "account_not_allowed" });
  return accounts;
}
