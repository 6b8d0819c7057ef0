import { randomBytes } from "node:crypto";
import { mkdir, writeFile } from "node:fs/promises";
import path from "node:path";
import type { Config } from "../config";

export interface MailMessage {
  to: string[];
  subject: string;
  text: string;
  html: string;
  attachments: { filename: string; content: Buffer; contentType: string }[];
  /** Whom a reply goes to: the person who sent it from the portal, not the portal. */
  replyTo?: string;
  /** The name shown beside MAIL_FROM's address: who sent it ("Alice Tremblay (portail)"). */
  fromName?: string;
}

export type SendOutcome = { via: "smtp"; messageId: string } | { via: "outbox"; file: string };

/** The SMTP server refused or did not answer; the message was kept in the outbox as `outboxFile`. */
export class MailError extends Error {
  constructor(
    message: string,
    readonly outboxFile: string | null,
  ) {
    super(message);
    this.name = "MailError";
  }
}

export interface Mailer {
  send(message: MailMessage): Promise<SendOutcome>;
}

/**
 * Sends through `SMTP_URL` from `MAIL_FROM`. Without SMTP_URL, the message is written as an
 * `.eml` to the outbox and its path logged (an operator can send it, or a developer read it).
 * When SMTP fails, the same `.eml` goes to the outbox too, so no report is ever lost.
 */
export function createMailer(
  config: Pick<Config, "smtpUrl" | "mailFrom" | "outboxDir">,
  log: (line: string) => void = (line) => console.log(line),
): Mailer {
  // nodemailer is loaded on the first e-mail, not at start (the server's idle memory).
  const outbox = async (message: MailMessage, prefix: string) => {
    const { default: nodemailer } = await import("nodemailer");
    const raw = await nodemailer
      .createTransport({ streamTransport: true, buffer: true, newline: "unix" })
      .sendMail({ ...envelope(message), from: sender(message, config.mailFrom) });
    await mkdir(config.outboxDir, { recursive: true });
    const stamp = new Date().toISOString().replace(/[:.]/g, "-");
    const file = path.join(config.outboxDir, `${prefix}${stamp}-${randomBytes(4).toString("hex")}.eml`);
    await writeFile(file, raw.message as Buffer);
    return file;
  };

  return {
    async send(message) {
      if (!config.smtpUrl) {
        const file = await outbox(message, "");
        log(`mail: no SMTP_URL; "${message.subject}" to ${message.to.join(", ")} written to ${file}`);
        return { via: "outbox", file };
      }
      const { default: nodemailer } = await import("nodemailer");
      // A server that never answers must not hold the user's request for nodemailer's 2 minutes.
      const transport = nodemailer.createTransport({
        url: config.smtpUrl,
        connectionTimeout: 15_000,
        greetingTimeout: 15_000,
        socketTimeout: 60_000,
      });
      try {
        const info = await transport.sendMail({ ...envelope(message), from: sender(message, config.mailFrom) });
        return { via: "smtp", messageId: info.messageId };
      } catch (error) {
        const reason = error instanceof Error ? error.message : String(error);
        const file = await outbox(message, "failed-").catch(() => null);
        log(`mail: SMTP failed (${reason}); "${message.subject}" kept in ${file ?? "nowhere: the outbox is not writable"}`);
        throw new MailError(reason, file);
      } finally {
        transport.close();
      }
    },
  };
}

function envelope(message: MailMessage) {
  return {
    to: message.to,
    subject: message.subject,
    text: message.text,
    html: message.html,
    attachments: message.attachments,
    ...(message.replyTo ? { replyTo: message.replyTo } : {}),
  };
}

function sender(message: MailMessage, mailFrom: string) {
  // MAIL_FROM may be "Name <address>": the address is kept, the sender's name put beside it.
  const address = /<([^>]+)>/.exec(mailFrom)?.[1] ?? mailFrom;
  return message.fromName ? { name: message.fromName, address } : mailFrom;
}
