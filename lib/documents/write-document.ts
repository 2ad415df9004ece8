import type { SeedDocument } from "@/prisma/seed-data/types";
import { recordAudit } from "@/lib/audit/record-audit";
import type { Tx } from "@/lib/db/transaction";
import { issueDetailsSnapshot } from "@/lib/commands/issue-snapshot";
import { parsePlainDate, reportingFiscalYear } from "@/lib/domain/dates";
import { reportTimesFromDocument } from "./report-from-document";

const optionalDate = (value: string | null) => (value === null ? null : parsePlainDate(value));

/**
 * Writes a whole 局区Ｘ方針 (organisation, document, issues, their indicators,
 * milestones and partners, and each issue's approved ⑤ for the document's
 * reporting date, with its actuals and milestones done) inside the caller's transaction, with one audit entry.
 * The seed uses it; so will document import.
 */
export async function writePolicyDocument(tx: Tx, doc: SeedDocument, actorId: string | null): Promise<{ documentId: string; bureauId: string }> {
  const city = await tx.city.upsert({
    where: { code: doc.city.code },
    update: {},
    create: { code: doc.city.code, name: doc.city.name },
  });
  const bureau = await tx.bureau.upsert({
    where: { cityId_code: { cityId: city.id, code: doc.bureau.code } },
    update: {},
    create: { cityId: city.id, code: doc.bureau.code, name: doc.bureau.name, kind: doc.bureau.kind },
  });

  const sectionIds = new Map<string, string>();
  for (const [index, section] of doc.sections.entries()) {
    const row = await tx.section.upsert({
      where: { bureauId_name: { bureauId: bureau.id, name: section.name } },
      update: {},
      create: { bureauId: bureau.id, name: section.name, namedInDocument: section.namedInDocument, sortOrder: index },
    });
    sectionIds.set(section.name, row.id);
  }
  const sectionId = (name: string) => {
    const id = sectionIds.get(name);
    if (!id) throw new Error(`Section "${name}" is used by an issue but not listed in the document's sections`);
    return id;
  };

  const partnerIds = new Map<string, string>();
  for (const partner of doc.partners) {
    const row = await tx.partnerOrganization.upsert({
      where: { cityId_name: { cityId: city.id, name: partner.name } },
      update: {},
      create: { cityId: city.id, name: partner.name, kind: partner.kind },
    });
    partnerIds.set(partner.name, row.id);
  }

  const document = await tx.policyDocument.create({
    data: { bureauId: bureau.id, fiscalYear: doc.fiscalYear, title: doc.title, mission: doc.mission },
  });
  const areaIds = new Map<string, string>();
  for (const [index, area] of doc.areas.entries()) {
    const row = await tx.area.create({
      data: {
        documentId: document.id,
        code: area.code,
        name: area.name,
        description: area.description,
        descriptionInDocument: area.descriptionInDocument,
        sortOrder: index,
      },
    });
    areaIds.set(area.code, row.id);
  }

  // The document's ⑤ are written as approved into a period of their own, made here:
  // never into one that exists (it may be open for review, or closed by a manager).
  if (reportingFiscalYear(doc.reportingPeriod.asOfDate) !== doc.fiscalYear) {
    throw new Error(`Reporting date ${doc.reportingPeriod.asOfDate} is outside fiscal year ${doc.fiscalYear}`);
  }
  const asOfDate = parsePlainDate(doc.reportingPeriod.asOfDate);
  if (await tx.reportingPeriod.findUnique({ where: { bureauId_asOfDate: { bureauId: bureau.id, asOfDate } } })) {
    throw new Error(`A reporting period as of ${doc.reportingPeriod.asOfDate} already exists for ${doc.bureau.name}`);
  }
  const period = await tx.reportingPeriod.create({
    data: { bureauId: bureau.id, asOfDate, fiscalYear: doc.fiscalYear, status: "CLOSED", closedAt: asOfDate },
  });

  for (const [index, issue] of doc.issues.entries()) {
    const areaId = areaIds.get(issue.area);
    if (!areaId) throw new Error(`Issue ${issue.code} names area ${issue.area}, which the document lacks`);
    const text = {
      name: issue.name,
      matrixTitle: issue.matrixTitle,
      summaryBullets: issue.summaryBullets,
      content: issue.content,
      background: issue.background,
      measuresHeading: issue.measuresHeading,
      measures: issue.measures,
    };
    const created = await tx.issue.create({
      data: {
        documentId: document.id,
        areaId,
        code: issue.code,
        number: issue.number,
        sortOrder: index,
        ...text,
        isAffiliatedBody: issue.isAffiliatedBody,
        owningSectionId: sectionId(issue.owningSection),
        relatedSections: {
          create: issue.relatedSections.map((s) => ({ sectionId: sectionId(s.name), canEdit: s.canEdit })),
        },
        partners: {
          create: issue.partners.map((p) => {
            const partnerId = partnerIds.get(p.name);
            if (!partnerId) throw new Error(`Issue ${issue.code} names partner "${p.name}", not in the partner list`);
            return { partnerId, role: p.role };
          }),
        },
        milestones: {
          create: issue.milestones.map((m, order) => ({
            title: m.title,
            plannedDate: optionalDate(m.plannedDate),
            plannedFiscalYear: m.plannedFiscalYear,
            plannedPrecision: m.plannedPrecision,
            plannedFrom: m.plannedFrom,
            plannedText: m.plannedText,
            sortOrder: order,
            // Done or not as the document's ⑤ (the approved report below) states it.
            completions: { create: { periodId: period.id, doneDate: optionalDate(m.doneDate) } },
          })),
        },
        progressReports: {
          create: {
            periodId: period.id,
            progressText: issue.progress.text,
            status: issue.progress.status,
            workflowState: "APPROVED",
            authorId: actorId,
            ...reportTimesFromDocument(asOfDate),
          },
        },
      },
    });
    for (const [order, indicator] of issue.indicators.entries()) {
      await tx.indicator.create({
        data: {
          issueId: created.id,
          name: indicator.name,
          unit: indicator.unit,
          direction: indicator.direction,
          baseline: indicator.baseline,
          baselineLabel: indicator.baselineLabel,
          target: indicator.target,
          targetFiscalYear: indicator.targetFiscalYear,
          sortOrder: order,
          values: { create: { periodId: period.id, actual: indicator.actual } },
        },
      });
    }
    await tx.issueRevision.create({
      data: { issueId: created.id, version: 1, ...text, details: await issueDetailsSnapshot(tx, created.id), authorId: actorId },
    });
  }

  await recordAudit(tx, {
    actorId,
    action: "document.import",
    entityType: "PolicyDocument",
    entityId: document.id,
    bureauId: bureau.id,
    after: { title: doc.title, fiscalYear: doc.fiscalYear, issues: doc.issues.map((i) => i.code) },
  });
  return { documentId: document.id, bureauId: bureau.id };
}
