import type { Db } from "@/lib/db/client";
import type { DatabaseProvider } from "@/lib/db/provider";
import { claimDue } from "./claim";
import { scheduleBriefings, writeDueBriefings } from "./briefings";
import { composeDigests } from "./digest";
import { enqueueReminders } from "./reminders";
import { isPermanentFailure, type MailSender } from "./transport";

export interface WorkerOptions {
  db: Db;
  provider: DatabaseProvider;
  /** Null: no SMTP server, mail stays queued (the portal list still fills). */
  sender: MailSender | null;
  batchSize?: number;
  /** A claim lasts this long; a worker that dies mid-send loses it after that. */
  leaseMs?: number;
  /** First retry delay; it doubles per attempt up to `maxBackoffMs`. */
  backoffMs?: number;
  maxBackoffMs?: number;
  maxAttempts?: number;
}

const defaults = { batchSize: 50, leaseMs: 5 * 60_000, backoffMs: 30_000, maxBackoffMs: 60 * 60_000, maxAttempts: 10 };

const secretKinds = new Set(["INVITATION", "PASSWORD_RESET"]);

/** Claims and sends one batch; returns how many were claimed and sent. A failing mail never holds up the others. */
export async function deliverDueMails(options: WorkerOptions, now = new Date()): Promise<{ claimed: number; sent: number }> {
  const o = { ...defaults, ...options };
  if (!o.sender) return { claimed: 0, sent: 0 };
  const sender = o.sender;
  const ids = await claimDue(o.db, o.provider, "OutboxMail", now, o.batchSize, o.leaseMs);
  if (ids.length === 0) return { claimed: 0, sent: 0 };
  const mails = await o.db.outboxMail.findMany({ where: { id: { in: ids } }, include: { notification: { select: { kind: true } } } });
  const sent: { id: string; secret: boolean }[] = [];
  await Promise.all(
    mails.map(async (mail) => {
      try {
        await sender.send(mail);
      } catch (error) {
        const attempts = mail.attempts + 1;
        const message = String((error as Error).message ?? error).slice(0, 500);
        const permanent = isPermanentFailure(error) || attempts >= o.maxAttempts;
        const delay = Math.min(o.backoffMs * 2 ** (attempts - 1), o.maxBackoffMs);
        await o.db.outboxMail.update({
          where: { id: mail.id },
          data: permanent
            ? { state: "FAILED", attempts, lastError: message, claimedUntil: null }
            : { attempts, lastError: message, claimedUntil: null, nextAttemptAt: new Date(now.getTime() + delay) },
        });
        return;
      }
      sent.push({ id: mail.id, secret: Boolean(mail.notification && secretKinds.has(mail.notification.kind)) });
    }),
  );
  // Marked sent together, one statement per kind of row (a write per mail was the bottleneck on SQLite).
  const sentAt = new Date();
  const marked = { state: "SENT" as const, sentAt, attempts: { increment: 1 }, claimedUntil: null, lastError: null };
  const plain = sent.filter((m) => !m.secret).map((m) => m.id);
  // A one-time link is not kept once it has been handed to the mail server.
  const secret = sent.filter((m) => m.secret).map((m) => m.id);
  if (plain.length > 0) await o.db.outboxMail.updateMany({ where: { id: { in: plain } }, data: marked });
  if (secret.length > 0) await o.db.outboxMail.updateMany({ where: { id: { in: secret } }, data: { ...marked, text: "", html: "" } });
  return { claimed: ids.length, sent: sent.length };
}

/**
 * One round of the worker: reminders due by `today` (the clock the data is read
 * against; tests move it), briefing books of deadlines that ended, digests of days that ended, then the mail queue
 * until nothing is due (by the real clock, as the queue's times are).
 */
export async function runWorkerRound(options: WorkerOptions, today = new Date()): Promise<{ sent: number }> {
  await enqueueReminders(options.db, today);
  await scheduleBriefings(options.db, today);
  await writeDueBriefings(options.db, options.provider, today);
  await composeDigests(options.db, today);
  let sent = 0;
  for (;;) {
    const batch = await deliverDueMails(options);
    sent += batch.sent;
    // A short batch emptied the queue; what failed waits for its retry time (next round).
    if (batch.claimed < (options.batchSize ?? defaults.batchSize)) break;
  }
  return { sent };
}
