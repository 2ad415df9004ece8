import { recordAudit } from "@/lib/audit/record-audit";
import { type Actor, can } from "@/lib/auth/permissions";
import { db } from "@/lib/db";
import type { Tx } from "@/lib/db/transaction";
import type { Locale } from "@/lib/i18n/messages";
import { parsePlainDate } from "@/lib/domain/dates";
import { copyDocumentSchema, updateIssueDetailsSchema, updateIssueTextSchema } from "@/lib/validation/issues";
import { type IssueText, issueText } from "@/lib/documents/issue-text";
import { issueDetailsSnapshot } from "./issue-snapshot";
import { type CommandResult, fail, ok, parseInput } from "./result";

/**
 * Writes new ①–④ text as the next version of an issue, with its revision;
 * false (nothing written) when the issue is no longer at `version`.
 */
export async function reviseIssueText(tx: Tx, issueId: string, version: number, text: IssueText, actorId: string): Promise<boolean> {
  const { count } = await tx.issue.updateMany({ where: { id: issueId, version }, data: { ...text, version: { increment: 1 } } });
  if (count !== 1) return false;
  await tx.issueRevision.create({
    data: { issueId, version: version + 1, ...text, details: await issueDetailsSnapshot(tx, issueId), authorId: actorId },
  });
  return true;
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
    if (!(await reviseIssueText(tx, issueId, version, text, actor.id))) return fail({ kind: "conflict", current: { version: issue.version } });
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
          issues: {
            include: {
              relatedSections: true,
              partners: true,
              indicators: { include: { yearTargets: true, planNodes: { where: { node: { retiredAt: null } } } } },
              // A new year serves the plans as they stand: links to retired nodes stay history of the old year.
              planNodes: { where: { node: { retiredAt: null } } },
              sdgGoals: true,
              milestones: { include: { completions: { where: { doneDate: { not: null } }, select: { periodId: true } } } },
              progressReports: { where: { workflowState: "APPROVED" }, select: { periodId: true } },
            },
          },
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
        // Open milestones: those no approved report has marked done.
        const approvedPeriods = new Set(issue.progressReports.map((r) => r.periodId));
        const open = issue.milestones.filter((m) => !m.completions.some((c) => approvedPeriods.has(c.periodId)));
        const created = await tx.issue.create({
          data: {
            documentId: copy.id,
            areaId: areaIds.get(issue.areaId)!,
            code: issue.code,
            number: issue.number,
            sortOrder: issue.sortOrder,
            ...text,
            isAffiliatedBody: issue.isAffiliatedBody,
            owningSectionId: issue.owningSectionId,
            relatedSections: { create: issue.relatedSections.map(({ sectionId, canEdit }) => ({ sectionId, canEdit })) },
            partners: { create: issue.partners.map(({ partnerId, role }) => ({ partnerId, role })) },
            indicators: {
              create: issue.indicators.map(({ name, unit, direction, baseline, baselineLabel, target, targetFiscalYear, measure, sortOrder, yearTargets, planNodes }) => ({
                name, unit, direction, baseline, baselineLabel, target, targetFiscalYear, measure, sortOrder,
                yearTargets: { create: yearTargets.map(({ fiscalYear: year, target: yearTarget }) => ({ fiscalYear: year, target: yearTarget })) },
                planNodes: { create: planNodes.map(({ nodeId }) => ({ nodeId })) },
              })),
            },
            planNodes: { create: issue.planNodes.map(({ nodeId }) => ({ nodeId })) },
            sdgGoals: { create: issue.sdgGoals.map(({ goalNumber }) => ({ goalNumber })) },
            milestones: {
              create: open.map(({ title, plannedDate, plannedFiscalYear, sortOrder }) => ({ title, plannedDate, plannedFiscalYear, sortOrder })),
            },
          },
        });
        await tx.issueRevision.create({
          data: { issueId: created.id, version: 1, ...text, details: await issueDetailsSnapshot(tx, created.id), authorId: actor.id },
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

const optionalDate = (value: string | null) => (value === null ? null : parsePlainDate(value));

/**
 * A manager replaces an issue's indicators, milestones and partners with the
 * form's rows (rows with an id are updated, new rows created, missing rows
 * removed), as one new version of the issue.
 */
export async function updateIssueDetails(actor: Actor, raw: unknown, locale: Locale): Promise<CommandResult<{ version: number }>> {
  const input = parseInput(updateIssueDetailsSchema, raw, locale);
  if (!input.ok) return input;
  const { issueId, version, details } = input.data;
  return db.$transaction(
    async (tx) => {
      const issue = await tx.issue.findUnique({
        where: { id: issueId },
        include: {
          document: { select: { bureauId: true, bureau: { select: { cityId: true } } } },
          indicators: { select: { id: true, values: { where: { actual: { not: null } }, select: { id: true } } } },
          milestones: { select: { id: true, completions: { where: { doneDate: { not: null } }, select: { id: true } } } },
        },
      });
      if (!issue) return fail({ kind: "not-found" });
      if (!can(actor, "issue.edit", { bureauId: issue.document.bureauId })) return fail({ kind: "forbidden" });
      const indicatorIds = new Set(issue.indicators.map((i) => i.id));
      const milestoneIds = new Set(issue.milestones.map((m) => m.id));
      // Ids from the form must be this issue's own rows.
      if (details.indicators.some((i) => i.id && !indicatorIds.has(i.id)) || details.milestones.some((m) => m.id && !milestoneIds.has(m.id))) {
        return fail({ kind: "forbidden" });
      }
      const keptIndicators = new Set(details.indicators.flatMap((i) => (i.id ? [i.id] : [])));
      // An indicator with reported actuals is history: it may be changed, not removed.
      if (issue.indicators.some((i) => !keptIndicators.has(i.id) && i.values.length > 0)) {
        return fail({ kind: "rejected", reason: "issueDetails.indicatorHasValues" });
      }
      const keptMilestones = details.milestones.flatMap((m) => (m.id ? [m.id] : []));
      // Likewise a milestone a report has marked done.
      if (issue.milestones.some((m) => !keptMilestones.includes(m.id) && m.completions.length > 0)) {
        return fail({ kind: "rejected", reason: "issueDetails.milestoneHasCompletions" });
      }
      const { count } = await tx.issue.updateMany({ where: { id: issueId, version }, data: { version: { increment: 1 } } });
      if (count !== 1) return fail({ kind: "conflict", current: { version: issue.version } });
      const before = await issueDetailsSnapshot(tx, issueId);

      await tx.indicator.deleteMany({ where: { issueId, id: { notIn: [...keptIndicators] } } });
      for (const [sortOrder, { id, ...indicator }] of details.indicators.entries()) {
        if (id) await tx.indicator.update({ where: { id }, data: { ...indicator, sortOrder } });
        else await tx.indicator.create({ data: { ...indicator, sortOrder, issueId } });
      }
      await tx.milestone.deleteMany({ where: { issueId, id: { notIn: keptMilestones } } });
      // Whether a milestone was done belongs to the progress reports (MilestoneCompletion): this form
      // never writes it, so a save from a form loaded before a progress save cannot undo that save.
      for (const [sortOrder, { id, plannedDate, ...milestone }] of details.milestones.entries()) {
        const data = { ...milestone, plannedDate: optionalDate(plannedDate), sortOrder };
        if (id) await tx.milestone.update({ where: { id }, data });
        else await tx.milestone.create({ data: { ...data, issueId } });
      }
      await tx.issuePartner.deleteMany({ where: { issueId } });
      for (const { name, kind, role } of details.partners) {
        const cityId = issue.document.bureau.cityId;
        const partner = await tx.partnerOrganization.upsert({
          where: { cityId_name: { cityId, name } },
          update: {},
          create: { cityId, name, kind },
        });
        await tx.issuePartner.create({ data: { issueId, partnerId: partner.id, role } });
      }

      const after = await issueDetailsSnapshot(tx, issueId);
      await tx.issueRevision.create({ data: { issueId, version: version + 1, ...issueText(issue), details: after, authorId: actor.id } });
      await recordAudit(tx, {
        actorId: actor.id,
        action: "issue.updateDetails",
        entityType: "Issue",
        entityId: issueId,
        bureauId: issue.document.bureauId,
        before: { ...before, version },
        after: { ...after, version: version + 1 },
      });
      return ok({ version: version + 1 });
    },
    { timeout: 30_000 },
  );
}
