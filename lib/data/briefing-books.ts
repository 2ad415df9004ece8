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
 * A bureau's ready briefing books across its reporting dates, newest date first,
 * for the exports page (auditors read books there; they have no period pages).
 * Version numbers count every book of a period, failed ones too, as the period page does.
 */
export async function listBureauBriefingBooks(actor: Actor, bureauId: string) {
  if (!can(actor, "briefing.read", { bureauId })) throw new AccessDeniedError();
  const books = await db.briefingBook.findMany({
    where: { period: { bureauId } },
    orderBy: [{ createdAt: "asc" }, { id: "asc" }],
    select: { id: true, state: true, trigger: true, createdAt: true, generatedAt: true, periodId: true, period: { select: { asOfDate: true } }, requestedBy: { select: { name: true } } },
  });
  const versions = new Map<string, number>();
  const numbered = books.map(({ period, ...book }) => {
    const version = (versions.get(book.periodId) ?? 0) + 1;
    versions.set(book.periodId, version);
    return { ...book, version, reportingDate: toPlainDate(period.asOfDate) };
  });
  return numbered
    .filter((book) => book.state === "READY")
    .sort((a, b) => b.reportingDate.localeCompare(a.reportingDate) || b.version - a.version);
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
