import { recordAudit } from "@/lib/audit/record-audit";
import { type Actor, can } from "@/lib/auth/permissions";
import { db } from "@/lib/db";
import type { Locale } from "@/lib/i18n/messages";
import { copyDocumentSchema, updateIssueTextSchema } from "@/lib/validation/issues";
import { type CommandResult, fail, ok, parseInput } from "./result";

interface IssueTextRow {
  name: string;
  matrixTitle: string;
  summaryBullets: unknown;
  content: string;
  background: string;
  measuresHeading: string;
  measures: string;
}

/** ①–④ with the matrix title and bullets: what an issue revision holds. */
function issueText(row: IssueTextRow) {
  const { name, matrixTitle, content, background, measuresHeading, measures } = row;
  return { name, matrixTitle, summaryBullets: row.summaryBullets as string[], content, background, measuresHeading, measures };
}

/**
 * A manager edits ①–④ (and the matrix title and bullets). Every change is a
 * new revision, so the issue page and exports can show the text as it stood.
 */
export async function updateIssueText(actor: Actor, raw: unknown, locale: Locale): Promise<CommandResult<{ version: number }>> {
  const input = parseInput(updateIssueTextSchema, raw, locale);
  if (!input.ok) return input;
  const { issueId, version, ...text } = input.data;
  return db.$transaction(async (tx) => {
    const issue = await tx.issue.findUnique({ where: { id: issueId }, include: { document: { select: { bureauId: true } } } });
    if (!issue) return fail({ kind: "not-found" });
    if (!can(actor, "issue.edit", { bureauId: issue.document.bureauId })) return fail({ kind: "forbidden" });
    const { count } = await tx.issue.updateMany({ where: { id: issueId, version }, data: { ...text, version: { increment: 1 } } });
    if (count !== 1) return fail({ kind: "conflict", current: { version: issue.version } });
    await tx.issueRevision.create({ data: { issueId, version: version + 1, ...text, authorId: actor.id } });
    await recordAudit(tx, {
      actorId: actor.id,
      action: "issue.update",
      entityType: "Issue",
      entityId: issueId,
      bureauId: issue.document.bureauId,
      before: { ...issueText(issue), version },
      after: { ...text, version: version + 1 },
    });
    return ok({ version: version + 1 });
  });
}

/** Copies a bureau's document to another fiscal year: areas, issues, indicators and open milestones; no progress. */
export async function copyDocument(actor: Actor, raw: unknown, locale: Locale): Promise<CommandResult<{ documentId: string }>> {
  const input = parseInput(copyDocumentSchema, raw, locale);
  if (!input.ok) return input;
  const { documentId, fiscalYear } = input.data;
  return db.$transaction(
    async (tx) => {
      const source = await tx.policyDocument.findUnique({
        where: { id: documentId },
        include: {
          areas: true,
          issues: { include: { relatedSections: true, partners: true, indicators: true, milestones: { where: { doneDate: null } } } },
        },
      });
      if (!source) return fail({ kind: "not-found" });
      if (!can(actor, "document.copy", { bureauId: source.bureauId })) return fail({ kind: "forbidden" });
      if (await tx.policyDocument.findUnique({ where: { bureauId_fiscalYear: { bureauId: source.bureauId, fiscalYear } } })) {
        return fail({ kind: "rejected", reason: "document.exists" });
      }
      const copy = await tx.policyDocument.create({
        data: { bureauId: source.bureauId, fiscalYear, title: source.title, mission: source.mission },
      });
      const areaIds = new Map<string, string>();
      for (const area of source.areas) {
        const created = await tx.area.create({
          data: { documentId: copy.id, code: area.code, name: area.name, description: area.description, sortOrder: area.sortOrder },
        });
        areaIds.set(area.id, created.id);
      }
      for (const issue of source.issues) {
        const text = issueText(issue);
        await tx.issue.create({
          data: {
            documentId: copy.id,
            areaId: areaIds.get(issue.areaId)!,
            code: issue.code,
            number: issue.number,
            sortOrder: issue.sortOrder,
            ...text,
            isAffiliatedBody: issue.isAffiliatedBody,
            owningSectionId: issue.owningSectionId,
            revisions: { create: { version: 1, ...text, authorId: actor.id } },
            relatedSections: { create: issue.relatedSections.map(({ sectionId, canEdit }) => ({ sectionId, canEdit })) },
            partners: { create: issue.partners.map(({ partnerId, role }) => ({ partnerId, role })) },
            indicators: {
              create: issue.indicators.map(({ name, unit, direction, baseline, baselineLabel, target, targetFiscalYear, sortOrder }) => ({
                name, unit, direction, baseline, baselineLabel, target, targetFiscalYear, sortOrder,
              })),
            },
            milestones: {
              create: issue.milestones.map(({ title, plannedDate, plannedFiscalYear, sortOrder }) => ({ title, plannedDate, plannedFiscalYear, sortOrder })),
            },
          },
        });
      }
      await recordAudit(tx, {
        actorId: actor.id,
        action: "document.copy",
        entityType: "PolicyDocument",
        entityId: copy.id,
        bureauId: source.bureauId,
        before: { documentId: source.id, fiscalYear: source.fiscalYear },
        after: { documentId: copy.id, fiscalYear, issues: source.issues.length },
      });
      return ok({ documentId: copy.id });
    },
    { timeout: 30_000 },
  );
}
