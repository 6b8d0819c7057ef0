import { TRPCError } from "@trpc/server";
import { z } from "zod";
import { visibleAccounts } from "../access";
import { hashPassword, verifyPassword } from "../auth/password";
import { invalidateUserSessions } from "../auth/session";
import { throttledCheck } from "../auth/throttle";
import { protectedProcedure, router } from "../trpc/init";

/** Who is signed in, what they may see, and their own settings. */
export const sessionRouter = router({
  me: protectedProcedure.query(async ({ ctx }) => {
    const accounts = await visibleAccounts(ctx.db, ctx.access)
      .select([
        "accounts.account_number as accountNumber",
        "accounts.name",
        "accounts.billing_number as billingNumber",
        "billing_accounts.name as companyName",
        "accounts.account_group as group",
      ])
      .execute();
    return {
      user: { username: ctx.user.username, name: ctx.user.name, locale: ctx.user.locale },
      accounts,
      timeZone: ctx.config.timeZone,
      retentionDays: ctx.config.retentionDays,
    };
  }),

  setLocale: protectedProcedure
    .input(z.object({ locale: z.enum(["fr", "en"]) }))
    .mutation(async ({ ctx, input }) => {
      await ctx.db.updateTable("users").set({ locale: input.locale }).where("id", "=", ctx.user.id).execute();
      // The cached sessions hold the old language (the server's own messages use it).
      ctx.sessions.forgetUser(ctx.user.id);
      return { locale: input.locale };
    }),

  changePassword: protectedProcedure
    .input(z.object({ current: z.string().max(1000), next: z.string().max(1000) }))
    .mutation(async ({ ctx, input }) => {
      if (input.next.length < 8) throw new TRPCError({ code: "BAD_REQUEST", message: "too_short" });
      // Throttled like a sign-in, on the same counters: a stolen session cannot guess the password.
      const outcome = await throttledCheck(ctx, { username: ctx.user.username, address: ctx.clientAddress }, async () => {
        const user = await ctx.db
          .selectFrom("users")
          .select("password_hash")
          .where("id", "=", ctx.user.id)
          .executeTakeFirstOrThrow();
        return verifyPassword(user.password_hash, input.current);
      });
      if (outcome.throttled) {
        ctx.resHeaders.set("Retry-After", String(outcome.retryAfterSeconds));
        throw new TRPCError({ code: "TOO_MANY_REQUESTS", message: "throttled" });
      }
      if (!outcome.succeeded) throw new TRPCError({ code: "BAD_REQUEST", message: "wrong_password" });
      await ctx.db
        .updateTable("users")
        .set({ password_hash: await hashPassword(input.next) })
        .where("id", "=", ctx.user.id)
        .execute();
      // Every other device signs in again with the new password.
      await invalidateUserSessions(ctx.db, ctx.user.id, ctx.session.id);
      ctx.sessions.forgetUser(ctx.user.id, ctx.session.id);
      return { ok: true };
    }),
});
