import { type ParsedMail, simpleParser } from "mailparser";
import { SMTPServer } from "smtp-server";
import { afterAll, beforeAll } from "vitest";
import type { Db } from "@/lib/db/client";
import { readMailConfig } from "@/lib/notifications/mail-config";
import { createSmtpSender, type MailSender } from "@/lib/notifications/transport";

/**
 * A real SMTP server on loopback for tests: keeps every message that arrived
 * (parsed with mailparser), can refuse chosen recipients with 550, and can be
 * stopped and started again on the same port (the mail server down for a while).
 */
export class SmtpSink {
  readonly received: ParsedMail[] = [];
  readonly refused = new Set<string>();
  private server: SMTPServer | null = null;
  port = 0;

  async start(): Promise<void> {
    const server = new SMTPServer({
      authOptional: true,
      disabledCommands: ["STARTTLS"],
      logger: false,
      // Stopping ends kept connections at once, as a server going down would.
      closeTimeout: 50,
      onRcptTo: (address, _session, callback) => {
        if (this.refused.has(address.address)) {
          const error = Object.assign(new Error("mailbox unavailable"), { responseCode: 550 });
          return callback(error);
        }
        callback();
      },
      onData: (stream, _session, callback) => {
        simpleParser(stream)
          .then((mail) => {
            this.received.push(mail);
            callback();
          })
          .catch(callback);
      },
    });
    await new Promise<void>((resolve, reject) => {
      server.once("error", reject);
      server.listen(this.port, "127.0.0.1", () => resolve());
    });
    this.port = (server.server.address() as { port: number }).port;
    this.server = server;
  }

  async stop(): Promise<void> {
    const server = this.server;
    this.server = null;
    if (server) await new Promise<void>((resolve) => server.close(() => resolve()));
  }

  /** The environment that points the worker at this server. */
  env(): Record<string, string> {
    return { SMTP_HOST: "127.0.0.1", SMTP_PORT: String(this.port), SMTP_SECURITY: "none", SMTP_FROM: "portal@example.jp", NEXTAUTH_URL: "http://portal.example.jp" };
  }

  /** Addresses that received a mail, and the mails of one address. */
  to(address: string): ParsedMail[] {
    return this.received.filter((m) => recipients(m).includes(address));
  }
}

export function recipients(mail: ParsedMail): string[] {
  const to = Array.isArray(mail.to) ? mail.to : mail.to ? [mail.to] : [];
  return to.flatMap((t) => t.value.map((v) => v.address ?? ""));
}

/**
 * A test file's sink, started before its tests with a sender pointed at it
 * (`mail.sender`, set once started). Other files' queued mail (they share the
 * database) is cleared first: it is not this file's to deliver.
 */
export function useSmtpSink(db: Db): { sink: SmtpSink; sender: MailSender } {
  const mail = { sink: new SmtpSink(), sender: null as unknown as MailSender };
  beforeAll(async () => {
    await mail.sink.start();
    mail.sender = createSmtpSender(readMailConfig({ ...process.env, ...mail.sink.env() }))!;
    await db.outboxMail.deleteMany({});
  });
  afterAll(async () => {
    mail.sender.close();
    await mail.sink.stop();
  });
  return mail;
}
