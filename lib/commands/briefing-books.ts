import { createHash } from "node:crypto";
import type { BriefingTrigger } from "@/generated/prisma/sqlite/enums";
import { recordAudit } from "@/lib/audit/record-audit";
import { type Actor, can } from "@/lib/auth/permissions";
import { db } from "@/lib/db";
import type { Db } from "@/lib/db/client";
import type { Tx } from "@/lib/db/transaction";
import { exportDataFor } from "@/lib/data/export-data";
import { toPlainDate } from "@/lib/domain/dates";
import { writePdf } from "@/lib/export/pdf";
import { createTranslator, type Locale } from "@/lib/i18n/messages";
import { notify } from "@/lib/notifications/enqueue";
import { bureauManagers } from "@/lib/notifications/recipients";
import { generateBriefingSchema } from "@/lib/validation/briefing-books";
import { type CommandResult, fail, ok, parseInput } from "./result";

export interface RenderedBriefing {
  pdf: Buffer;
  sha256: string;
}

/**
 * The bureau's briefing book for a period: the auditors' PDF (lib/export/pdf.ts)
 * of the bureau as of the period's reporting date (approved ⑤ only). Null when
 * the bureau has no document for that date.
 */
export async function renderBriefing(client: Db, periodId: string, generatedBy: string, now = new Date()): Promise<RenderedBriefing | null> {
  const period = await client.reportingPeriod.findUniqueOrThrow({ where: { id: periodId }, select: { asOfDate: true, bureau: { select: { id: true, code: true, name: true } } } });
  const data = await exportDataFor([period.bureau], toPlainDate(period.asOfDate), { name: generatedBy, email: "" }, now);
  if (!data) return null;
  const pdf = await writePdf(data);
  return { pdf, sha256: createHash("sha256").update(pdf).digest("hex") };
}

/**
 * Inside the transaction that stores a book: its audit entry (with the PDF's
 * SHA-256) and the notification of the bureau's managers (but the one who asked).
 */
export async function recordBriefing(tx: Tx, book: { id: string; periodId: string; trigger: BriefingTrigger; sha256: string; bytes: number }, actorId: string | null): Promise<void> {
  const period = await tx.reportingPeriod.findUniqueOrThrow({ where: { id: book.periodId }, select: { bureauId: true, asOfDate: true } });
  await recordAudit(tx, {
    actorId,
    action: "briefing.generate",
    entityType: "ReportingPeriod",
    entityId: book.periodId,
    bureauId: period.bureauId,
    after: { briefingBookId: book.id, asOfDate: toPlainDate(period.asOfDate), trigger: book.trigger, sha256: book.sha256, bytes: book.bytes },
  });
  const managers = (await bureauManagers(tx, period.bureauId)).filter((id) => id !== actorId);
  await notify(tx, { kind: "BRIEFING_READY", periodId: book.periodId, userIds: managers });
}

/**
 * A manager asks for the briefing book now: a new version is kept beside the
 * earlier ones (docs/decisions/072). The PDF is made after the permission check
 * and outside the transaction; storing it, its audit entry and the managers'
 * notification are one transaction.
 */
export async function generateBriefing(actor: Actor, raw: unknown, locale: Locale): Promise<CommandResult<{ briefingBookId: string }>> {
  const input = parseInput(generateBriefingSchema, raw, locale);
  if (!input.ok) return input;
  const period = await db.reportingPeriod.findUnique({ where: { id: input.data.periodId }, select: { id: true, bureauId: true } });
  if (!period) return fail({ kind: "not-found" });
  if (!can(actor, "briefing.generate", { bureauId: period.bureauId })) return fail({ kind: "forbidden" });
  const requester = await db.user.findUniqueOrThrow({ where: { id: actor.id }, select: { name: true } });
  const rendered = await renderBriefing(db, period.id, requester.name);
  if (!rendered) return fail({ kind: "rejected", reason: "briefing.noData" });
  const bookId = await db.$transaction(async (tx) => {
    const now = new Date();
    const book = await tx.briefingBook.create({
      data: { periodId: period.id, trigger: "MANUAL", state: "READY", requestedById: actor.id, pdf: new Uint8Array(rendered.pdf), sha256: rendered.sha256, generatedAt: now, nextAttemptAt: now },
      select: { id: true },
    });
    await recordBriefing(tx, { id: book.id, periodId: period.id, trigger: "MANUAL", sha256: rendered.sha256, bytes: rendered.pdf.length }, actor.id);
    return book.id;
  });
  return ok({ briefingBookId: bookId });
}

/** The name printed as the maker of a book the worker wrote at the deadline. */
export const scheduledMaker = () => createTranslator("ja")("briefing.bySchedule");
