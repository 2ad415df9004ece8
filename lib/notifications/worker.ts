import type { Db } from "@/lib/db/client";
import type { DatabaseProvider } from "@/lib/db/provider";
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

/** Ids of due mails, claimed by this worker until the lease ends; no other worker gets them meanwhile. */
export async function claimDueMails(db: Db, provider: DatabaseProvider, now: Date, limit: number, leaseMs: number): Promise<string[]> {
  const until = new Date(now.getTime() + leaseMs);
  if (provider === "postgresql") {
    // One statement: rows another worker holds locked are skipped, not waited for.
    const rows = await db.$queryRawUnsafe<{ id: string }[]>(
      `UPDATE "OutboxMail" SET "claimedUntil" = $1::timestamp(3)
       WHERE "id" IN (
         SELECT "id" FROM "OutboxMail"
         WHERE "state" = 'PENDING' AND "nextAttemptAt" <= $2::timestamp(3) AND ("claimedUntil" IS NULL OR "claimedUntil" <= $2::timestamp(3))
         ORDER BY "nextAttemptAt", "id" LIMIT $3
         FOR UPDATE SKIP LOCKED)
       RETURNING "id"`,
      until.toISOString(),
      now.toISOString(),
      limit,
    );
    return rows.map((r) => r.id);
  }
  // SQLite has a single writer: a transaction's read and update cannot interleave with another's.
  return db.$transaction(async (tx) => {
    const due = await tx.outboxMail.findMany({
      where: { state: "PENDING", nextAttemptAt: { lte: now }, OR: [{ claimedUntil: null }, { claimedUntil: { lte: now } }] },
      orderBy: [{ nextAttemptAt: "asc" }, { id: "asc" }],
      take: limit,
      select: { id: true },
    });
    const ids = due.map((m) => m.id);
    await tx.outboxMail.updateMany({ where: { id: { in: ids } }, data: { claimedUntil: until } });
    return ids;
  });
}

const secretKinds = new Set(["INVITATION", "PASSWORD_RESET"]);

/** Claims and sends one batch; returns how many were claimed and sent. A failing mail never holds up the others. */
export async function deliverDueMails(options: WorkerOptions, now = new Date()): Promise<{ claimed: number; sent: number }> {
  const o = { ...defaults, ...options };
  if (!o.sender) return { claimed: 0, sent: 0 };
  const sender = o.sender;
  const ids = await claimDueMails(o.db, o.provider, now, o.batchSize, o.leaseMs);
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
 * against; tests move it), digests of days that ended, then the mail queue
 * until nothing is due (by the real clock, as the queue's times are).
 */
export async function runWorkerRound(options: WorkerOptions, today = new Date()): Promise<{ sent: number }> {
  await enqueueReminders(options.db, today);
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
