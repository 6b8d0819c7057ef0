import { TRPCError } from "@trpc/server";
import { z } from "zod";
import { emailNoteSchema, recipientsSchema } from "../../shared/filters/recipients";
import { exportFileName } from "../exports/file-name";
import { runReport } from "../exports/report-request";
import { xlsxType } from "../exports/routes";
import { reportWorkbookBuffer } from "../exports/workbook-buffer";
import { createMailer, MailError } from "../mail/mailer";
import { reportEmailText } from "../mail/report-email";
import { reserveSend, settleSend } from "../mail/send-limits";
import { dictionaries } from "../../shared/i18n";
import { reportFor } from "../reports/registry";
import { protectedProcedure, router } from "../trpc/init";

/**
 * E-mail this report: the same report and spreadsheet as *Open in Excel*, attached, with a
 * summary in the body. Every attempt is recorded in `sent_emails` before it is made, and limited
 * per user and per client (server/mail/send-limits.ts). Errors are dictionary keys:
 * `unknown_section`, `invalid_filters` (with fieldErrors), `too_many_emails`, `smtp_failed`.
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
      const sender = ctx.user.name || ctx.user.username;
      const body = reportEmailText(definition, outcome.result, outcome.filters, {
        locale,
        timeZone,
        sender,
        note: input.note,
        accountNumbers: ctx.access.accountNumbers,
      });
      // Counted (and recorded, as pending) before it is sent: limits per user and per client.
      const reserved = await reserveSend(ctx.db, ctx.access, { section: definition.section, recipients: input.recipients, subject: body.subject });
      if (!reserved.ok) throw new TRPCError({ code: "TOO_MANY_REQUESTS", message: "too_many_emails" });
      const { email } = await ctx.db.selectFrom("users").select("email").where("id", "=", ctx.user.id).executeTakeFirstOrThrow();

      try {
        const sent = await createMailer(ctx.config).send({
          to: input.recipients,
          ...body,
          // Visibly the sender's: their name on it, and replies go to them, not to the portal.
          fromName: dictionaries[locale].report.emailFromName(sender),
          replyTo: email ?? undefined,
          attachments: [{ filename: exportFileName(definition, options), content: workbook, contentType: xlsxType }],
        });
        await settleSend(ctx.db, reserved.id, "sent", null);
        return { recipients: input.recipients, via: sent.via };
      } catch (error) {
        await settleSend(ctx.db, reserved.id, "failed", error instanceof Error ? error.message : String(error));
        if (!(error instanceof MailError)) throw error;
        throw new TRPCError({ code: "SERVICE_UNAVAILABLE", message: "smtp_failed" });
      }
    }),
});
