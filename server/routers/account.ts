import { TRPCError } from "@trpc/server";
import { changeRequestInput } from "../../shared/filters/change-request";
import { visibleAccounts } from "../access";
import { AccountNotFound, fileChangeRequest, recentChangeRequests } from "../account/change-requests";
import { createMailer } from "../mail/mailer";
import { protectedProcedure, router } from "../trpc/init";

/** Informations générales du compte client: the information pages, and change requests. */
export const accountRouter = router({
  /** Every account the user may see, with its information pages (plain text, never HTML). */
  pages: protectedProcedure.query(async ({ ctx }) => {
    const accounts = await visibleAccounts(ctx.db, ctx.access)
      .select([
        "accounts.account_number as accountNumber",
        "accounts.name",
        "accounts.billing_number as billingNumber",
        "billing_accounts.name as companyName",
        "accounts.info_pages as infoPages",
      ])
      .execute();
    return { accounts, serviceEmail: ctx.config.serviceEmail };
  }),

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
