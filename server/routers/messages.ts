import { TRPCError } from "@trpc/server";
import { z } from "zod";
import { acknowledge } from "../acknowledgements/acknowledgements";
import { findMessage } from "../reports/messages/query";
import { messagesReport } from "../reports/messages/report";
import { protectedProcedure, router } from "../trpc/init";
import { reportFilters } from "../trpc/report-filters";

/** How many messages a page asks for at a time ("show more" asks for the next ones). */
export const pageSize = 25;

/** Text messages: the search (a page at a time) and one message by its own address. */
export const messagesRouter = router({
  search: protectedProcedure
    .input(
      z.object({
        filters: z.unknown(),
        offset: z.number().int().min(0).max(1_000_000).default(0),
      }),
    )
    .query(async ({ ctx, input }) => {
      const filters = reportFilters(messagesReport, ctx.report, input.filters);
      return messagesReport.page(ctx.report, filters, { limit: pageSize, offset: input.offset });
    }),

  byId: protectedProcedure
    .input(z.object({ messageId: z.number().int().positive().max(Number.MAX_SAFE_INTEGER) }))
    .query(async ({ ctx, input }) => {
      const message = await findMessage(ctx.report, input.messageId);
      // The same answer for a message that exists elsewhere as for one that does not.
      if (!message) throw new TRPCError({ code: "NOT_FOUND", message: "not_found" });
      return message;
    }),

  /** The user opened the message (its page) or pressed Acknowledge: kept once per user and action. */
  acknowledge: protectedProcedure
    .input(
      z.object({
        messageId: z.number().int().positive().max(Number.MAX_SAFE_INTEGER),
        action: z.enum(["viewed", "acknowledged"]),
      }),
    )
    .mutation(async ({ ctx, input }) => {
      if (!(await acknowledge(ctx.db, ctx.access, ctx.user, input.messageId, input.action))) {
        throw new TRPCError({ code: "NOT_FOUND", message: "not_found" });
      }
      return { ok: true };
    }),
});
