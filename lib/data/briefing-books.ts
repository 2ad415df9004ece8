import "server-only";
import { AccessDeniedError } from "@/lib/auth/access-denied";
import { type Actor, can } from "@/lib/auth/permissions";
import { recordAudit } from "@/lib/audit/record-audit";
import { db } from "@/lib/db";
import { japanFileStamp, toPlainDate } from "@/lib/domain/dates";
import type { ExportFile } from "@/lib/export/run-export";

/** A period's briefing books, oldest first, each with its version number (1, 2 …), without the PDF itself. */
export async function listBriefingBooks(actor: Actor, periodId: string) {
  const period = await db.reportingPeriod.findUnique({ where: { id: periodId }, select: { bureauId: true } });
  if (!period) return null;
  if (!can(actor, "briefing.read", { bureauId: period.bureauId })) throw new AccessDeniedError();
  const books = await db.briefingBook.findMany({
    where: { periodId },
    orderBy: [{ createdAt: "asc" }, { id: "asc" }],
    select: { id: true, trigger: true, state: true, createdAt: true, generatedAt: true, lastError: true, requestedBy: { select: { name: true } } },
  });
  return books.map((book, index) => ({ ...book, version: index + 1 }));
}

/**
 * A stored book as a download, recorded in the audit log like every export
 * handed out. Null when there is no such ready book; refused outside the
 * reader's bureaus.
 */
export async function briefingBookFile(actor: Actor, bookId: string): Promise<ExportFile | null> {
  const book = await db.briefingBook.findUnique({
    where: { id: bookId },
    select: { id: true, state: true, pdf: true, sha256: true, generatedAt: true, periodId: true, period: { select: { bureauId: true, asOfDate: true, bureau: { select: { code: true } } } } },
  });
  if (!book || book.state !== "READY" || !book.pdf || !book.generatedAt) return null;
  if (!can(actor, "briefing.read", { bureauId: book.period.bureauId })) throw new AccessDeniedError();
  await db.$transaction((tx) =>
    recordAudit(tx, { actorId: actor.id, action: "export.briefing", entityType: "ReportingPeriod", entityId: book.periodId, bureauId: book.period.bureauId, after: { briefingBookId: book.id, sha256: book.sha256 } }),
  );
  const asOf = toPlainDate(book.period.asOfDate);
  return { filename: `${book.period.bureau.code}_${asOf}_briefing_${japanFileStamp(book.generatedAt)}.pdf`, contentType: "application/pdf", body: Buffer.from(book.pdf) };
}
