import type { Db } from "@/lib/db/client";
import type { DatabaseProvider } from "@/lib/db/provider";
import { endOfDayInJapan, isAfterJapanDay, toPlainDate } from "@/lib/domain/dates";
import { recordBriefing, renderBriefing, scheduledMaker } from "@/lib/commands/briefing-books";
import { claimDue } from "./claim";

const dayMs = 24 * 60 * 60 * 1000;
/**
 * Deadlines looked back for a book not yet written: a worker down for days
 * still writes them, but starting the worker on an old database does not
 * print every past period.
 */
const lookBackDays = 7;
/** A render takes seconds; a worker that dies holding a claim loses it after this. */
const leaseMs = 10 * 60_000;
const maxAttempts = 3;
const retryMs = 60_000;

/**
 * Queues a DEADLINE book for every period whose deadline day has ended in Japan
 * (within the look-back). The key period × deadline is unique, so a second
 * worker, a restart or a later round adds nothing; a moved deadline gives a new book.
 */
export async function scheduleBriefings(db: Db, now: Date): Promise<number> {
  const periods = await db.reportingPeriod.findMany({
    where: { deadline: { not: null, gte: new Date(now.getTime() - (lookBackDays + 1) * dayMs), lt: now } },
    select: { id: true, deadline: true },
  });
  let written = 0;
  for (const period of periods) {
    const deadline = toPlainDate(period.deadline!);
    if (!isAfterJapanDay(deadline, now) || now.getTime() - endOfDayInJapan(deadline).getTime() > lookBackDays * dayMs) continue;
    const deadlineKey = `${period.id}:${deadline}`;
    if (await db.briefingBook.findUnique({ where: { deadlineKey }, select: { id: true } })) continue;
    try {
      await db.briefingBook.create({ data: { periodId: period.id, trigger: "DEADLINE", deadlineKey, nextAttemptAt: now } });
      written++;
    } catch (error) {
      // Another worker queued it first: the unique key refused this one.
      if ((error as { code?: string }).code !== "P2002") throw error;
    }
  }
  return written;
}

/**
 * Claims due books one at a time (as the outbox's mails are claimed), renders
 * each and stores it with its audit entry and the managers' notification in one
 * transaction. The store only succeeds while the row is still PENDING, so a
 * book whose claim ran out and was finished by another worker is not recorded twice.
 */
export async function writeDueBriefings(db: Db, provider: DatabaseProvider, now: Date): Promise<number> {
  let written = 0;
  for (;;) {
    const [id] = await claimDue(db, provider, "BriefingBook", now, 1, leaseMs);
    if (!id) return written;
    const book = await db.briefingBook.findUniqueOrThrow({ where: { id }, select: { periodId: true, attempts: true } });
    const attempts = book.attempts + 1;
    try {
      const rendered = await renderBriefing(db, book.periodId, scheduledMaker(), now);
      if (!rendered) {
        await db.briefingBook.update({ where: { id }, data: { state: "FAILED", attempts, lastError: "no document for this reporting date", claimedUntil: null } });
        continue;
      }
      const stored = await db.$transaction(async (tx) => {
        const done = await tx.briefingBook.updateMany({
          where: { id, state: "PENDING" },
          data: { state: "READY", attempts, pdf: new Uint8Array(rendered.pdf), sha256: rendered.sha256, generatedAt: new Date(), claimedUntil: null, lastError: null },
        });
        if (done.count === 0) return false;
        await recordBriefing(tx, { id, periodId: book.periodId, trigger: "DEADLINE", sha256: rendered.sha256, bytes: rendered.pdf.length }, null);
        return true;
      });
      if (stored) written++;
    } catch (error) {
      // A database fault while rendering or storing: tried again later, then left FAILED for a manager to make on demand.
      const message = String((error as Error).message ?? error).slice(0, 500);
      await db.briefingBook.update({
        where: { id },
        data: attempts >= maxAttempts ? { state: "FAILED", attempts, lastError: message, claimedUntil: null } : { attempts, lastError: message, claimedUntil: null, nextAttemptAt: new Date(now.getTime() + retryMs * attempts) },
      });
    }
  }
}
