import { readFileSync } from "node:fs";
import nodemailer from "nodemailer";
import type { MailConfig } from "./mail-config";

/** What the worker needs of a mail transport (nodemailer's, or a test's). */
export interface MailSender {
  send(mail: { to: string; subject: string; text: string; html: string; messageId: string }): Promise<void>;
  close(): void;
}

/** Nodemailer over SMTP as configured; null when no server is configured (portal only). */
export function createSmtpSender(config: MailConfig): MailSender | null {
  if (!config.SMTP_HOST) return null;
  const security = config.SMTP_SECURITY;
  const transporter = nodemailer.createTransport({
    host: config.SMTP_HOST,
    port: config.SMTP_PORT ?? (security === "tls" ? 465 : security === "starttls" ? 587 : 25),
    secure: security === "tls",
    requireTLS: security === "starttls",
    ignoreTLS: security === "none",
    auth: config.SMTP_USER ? { user: config.SMTP_USER, pass: config.SMTP_PASSWORD } : undefined,
    tls: config.SMTP_CA_FILE ? { ca: readFileSync(config.SMTP_CA_FILE) } : undefined,
    // A few kept connections: the queue drains faster than one connection per mail.
    pool: true,
    maxConnections: 5,
    connectionTimeout: 10_000,
    greetingTimeout: 10_000,
    socketTimeout: 30_000,
  });
  const from = config.SMTP_FROM!;
  return {
    async send(mail) {
      await transporter.sendMail({ from, to: mail.to, subject: mail.subject, text: mail.text, html: mail.html, messageId: mail.messageId });
    },
    close: () => transporter.close(),
  };
}

/**
 * Whether a failed send will never succeed as it is: the server refused the
 * message or recipient (5xx), or the address cannot be used. Connection
 * problems, time-outs, 4xx answers and refused sign-ins (the settings may be
 * fixed) are retried.
 */
export function isPermanentFailure(error: unknown): boolean {
  const e = error as { code?: string; responseCode?: number };
  if (e.code === "EAUTH") return false;
  if (typeof e.responseCode === "number") return e.responseCode >= 500 && e.responseCode < 600;
  return e.code === "EENVELOPE" || e.code === "EMESSAGE";
}
