import { TRPCError } from "@trpc/server";
import { z } from "zod";
import { messagesFiltersWithin } from "../../shared/filters/messages";
import { today } from "../../shared/time-zone";
import { findMessage } from "../reports/messages/query";
import { messagesReport } from "../reports/messages/report";
import { protectedProcedure, router } from "../trpc/init";

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
      const { report } = ctx;
      // Checked here rather than in `.input()`: the retention window depends on today's date.
      const parsed = messagesFiltersWithin({ today: today(report.timeZone, report.now), retentionDays: report.retentionDays }).safeParse(
        input.filters,
      );
      if (!parsed.success) throw new TRPCError({ code: "BAD_REQUEST", message: "invalid_filters", cause: parsed.error });
      return messagesReport.page(report, parsed.data, { limit: pageSize, offset: input.offset });
    }),

  byId: protectedProcedure
    .input(z.object({ messageId: z.number().int().positive().max(Number.MAX_SAFE_INTEGER) }))
    .query(async ({ ctx, input }) => {
      const message = await findMessage(ctx.report, input.messageId);
      // The same answer for a message that exists elsewhere as for one that does not.
      if (!message) throw new TRPCError({ code: "NOT_FOUND", message: "not_found" });
      return message;
    }),
});
