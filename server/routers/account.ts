import { TRPCError } from "@trpc/server";
import { changeRequestInput } from "../../shared/filters/change-request";
import { createMailer } from "../mail/mailer";
import { AccountNotFound, fileChangeRequest, recentChangeRequests } from "../reports/account/change-requests";
import { accountPages } from "../reports/account/query";
import { protectedProcedure, router } from "../trpc/init";

/** Informations générales du compte client: the information pages, and change requests. */
export const accountRouter = router({
  /** Every account the user may see, with its information pages. */
  pages: protectedProcedure.query(async ({ ctx }) => ({
    accounts: await accountPages(ctx.db, ctx.access),
    serviceEmail: ctx.config.serviceEmail,
  })),

  requestChange: protectedProcedure.input(changeRequestInput).mutation(async ({ ctx, input }) => {
    try {
      return await fileChangeRequest(
        { db: ctx.db, config: ctx.config, mailer: createMailer(ctx.config) },
        { id: ctx.user.id, username: ctx.user.username, name: ctx.user.name },
        ctx.access,
        input,
      );
    } catch (error) {
      if (error instanceof AccountNotFound) throw new TRPCError({ code: "NOT_FOUND", message: "account_not_found" });
      throw error;
    }
  }),

  /** The user's own latest requests (never another user's). */
  requests: protectedProcedure.query(({ ctx }) => recentChangeRequests(ctx.db, ctx.access)),
});
