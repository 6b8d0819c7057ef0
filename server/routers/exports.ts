import { TRPCError } from "@trpc/server";
import { z } from "zod";
import { emailNoteSchema, recipientsSchema } from "../../shared/filters/recipients";
import { exportFileName } from "../exports/file-name";
import { runReport } from "../exports/report-request";
import { xlsxType } from "../exports/routes";
import { reportWorkbookBuffer } from "../exports/workbook-buffer";
import { createMailer, MailError } from "../mail/mailer";
import { reportEmailText } from "../mail/report-email";
import { reportFor } from "../reports/registry";
import { protectedProcedure, router } from "../trpc/init";

/**
 * E-mail this report: the same report and spreadsheet as *Open in Excel*, attached, with a
 * summary in the body. Every attempt is recorded in `sent_emails`. Errors are dictionary keys:
 * `unknown_section`, `invalid_filters` (with fieldErrors), `smtp_failed`.
 */
export const exportsRouter = router({
  email: protectedProcedure
    .input(
      z.object({
        section: z.string().max(40),
        filters: z.unknown(),
        recipients: recipientsSchema,
        note: z.optional(emailNoteSchema),
      }),
    )
    .mutation(async ({ ctx, input }) => {
      const definition = reportFor(input.section);
      if (!definition) throw new TRPCError({ code: "NOT_FOUND", message: "unknown_section" });
      const { timeZone, now } = ctx.report;
      const locale = ctx.user.locale;
      const outcome = await runReport(definition, input.filters ?? {}, ctx.report);
      if (!outcome.ok) throw new TRPCError({ code: "BAD_REQUEST", message: "invalid_filters", cause: outcome.error });

      const options = { locale, timeZone, now };
      const workbook = await reportWorkbookBuffer(definition, outcome.result, outcome.filters, options);
      const body = reportEmailText(definition, outcome.result, outcome.filters, {
        locale,
        timeZone,
        sender: ctx.user.name || ctx.user.username,
        note: input.note,
      });
      const record = (status: "sent" | "failed", error: string | null) =>
        ctx.db
          .insertInto("sent_emails")
          .values({ user_id: ctx.user.id, section: definition.section, recipients: input.recipients, subject: body.subject, status, error })
          .execute();

      try {
        const sent = await createMailer(ctx.config).send({
          to: input.recipients,
          ...body,
          attachments: [{ filename: exportFileName(definition, options), content: workbook, contentType: xlsxType }],
        });
        await record("sent", null);
        return { recipients: input.recipients, via: sent.via };
      } catch (error) {
        if (!(error instanceof MailError)) throw error;
        await record("failed", error.message);
        throw new TRPCError({ code: "SERVICE_UNAVAILABLE", message: "smtp_failed" });
      }
    }),
});
