import { recordAudit } from "@/lib/audit/record-audit";
import { type Actor, can } from "@/lib/auth/permissions";
import { forgetPublicCache } from "@/lib/data/public-cache";
import { db } from "@/lib/db";
import { toPlainDate } from "@/lib/domain/dates";
import type { Locale } from "@/lib/i18n/messages";
import { publicationSchema } from "@/lib/validation/publications";
import { type CommandResult, fail, ok, parseInput } from "./result";

/**
 * Publishes a bureau's document as of one reporting date on /public. Only a
 * date whose every report is approved may be published: what residents see is
 * the approved record (lib/data/public-documents.ts reads it through the
 * export's as-of data and keeps only approved reports).
 */
export async function publishDocument(actor: Actor, raw: unknown, locale: Locale): Promise<CommandResult<{ publicationId: string }>> {
  const input = parseInput(publicationSchema, raw, locale);
  if (!input.ok) return input;
  const result = await db.$transaction(async (tx) => {
    const period = await tx.reportingPeriod.findUnique({ where: { id: input.data.periodId }, select: { id: true, bureauId: true, asOfDate: true, publication: { select: { id: true } } } });
    if (!period) return fail({ kind: "not-found" });
    if (!can(actor, "document.publish", { bureauId: period.bureauId })) return fail({ kind: "forbidden" });
    if (period.publication) return fail({ kind: "rejected", reason: "publication.exists" });
    const [reports, unapproved] = await Promise.all([
      tx.progressReport.count({ where: { periodId: period.id } }),
      tx.progressReport.count({ where: { periodId: period.id, workflowState: { not: "APPROVED" } } }),
    ]);
    if (reports === 0 || unapproved > 0) return fail({ kind: "rejected", reason: "publication.notApproved" });
    const publication = await tx.publication.create({ data: { periodId: period.id, bureauId: period.bureauId } });
    await recordAudit(tx, {
      actorId: actor.id,
      action: "publication.publish",
      entityType: "ReportingPeriod",
      entityId: period.id,
      bureauId: period.bureauId,
      after: { published: true, reportingDate: toPlainDate(period.asOfDate) },
    });
    return ok({ publicationId: publication.id });
  });
  // After the commit: this instance's residents see it at once (others at their next stamp check).
  if (result.ok) forgetPublicCache();
  return result;
}

/** Takes a published date off /public; the audit log keeps when it was shown. */
export async function unpublishDocument(actor: Actor, raw: unknown, locale: Locale): Promise<CommandResult<{ periodId: string }>> {
  const input = parseInput(publicationSchema, raw, locale);
  if (!input.ok) return input;
  const result = await db.$transaction(async (tx) => {
    const period = await tx.reportingPeriod.findUnique({ where: { id: input.data.periodId }, select: { id: true, bureauId: true, asOfDate: true, publication: { select: { id: true, publishedAt: true } } } });
    if (!period) return fail({ kind: "not-found" });
    if (!can(actor, "document.publish", { bureauId: period.bureauId })) return fail({ kind: "forbidden" });
    if (!period.publication) return fail({ kind: "rejected", reason: "publication.notPublished" });
    await tx.publication.delete({ where: { id: period.publication.id } });
    await recordAudit(tx, {
      actorId: actor.id,
      action: "publication.unpublish",
      entityType: "ReportingPeriod",
      entityId: period.id,
      bureauId: period.bureauId,
      before: { published: true, publishedAt: period.publication.publishedAt.toISOString(), reportingDate: toPlainDate(period.asOfDate) },
      after: { published: false },
    });
    return ok({ periodId: period.id });
  });
  if (result.ok) forgetPublicCache();
  return result;
}
