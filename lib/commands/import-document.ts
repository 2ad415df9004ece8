import type { ProgressStatus } from "@/generated/prisma/sqlite/enums";
import { recordAudit } from "@/lib/audit/record-audit";
import { type Actor, can } from "@/lib/auth/permissions";
import { db } from "@/lib/db";
import type { Tx } from "@/lib/db/transaction";
import { formatFiscalYear, formatWareki, parsePlainDate, reportingFiscalYear } from "@/lib/domain/dates";
import { applyCorrections, type IssueAssignment } from "@/lib/documents/apply-corrections";
import { type ImportPlan, importedValue, planImport } from "@/lib/documents/import-plan";
import { type ParsedDocument, type ParsedIssue, type ParseWarning, parseDocument } from "@/lib/documents/parse-document";
import type { IssueText } from "@/lib/documents/issue-text";
import { reportTimesFromDocument } from "@/lib/documents/report-from-document";
import { writePolicyDocument } from "@/lib/documents/write-document";
import { createTranslator, type Locale } from "@/lib/i18n/messages";
import { importDocumentSchema, importTargetSchema } from "@/lib/validation/import";
import type { AreaCode, SeedDocument } from "@/prisma/seed-data/types";
import { issueDetailsSnapshot } from "./issue-snapshot";
import { reviseIssueText } from "./issues";
import { openPeriodsReportingOn } from "./periods";
import { type CommandResult, fail, ok, parseInput } from "./result";

export interface ImportResult {
  plan: ImportPlan;
  /** What the text parses to, with the preview's corrections applied. */
  parsed: ParsedDocument;
  /** Each issue's owning section and affiliated-body flag (applied to issues the import creates). */
  assignments: Record<string, IssueAssignment>;
  /** The bureau's sections, for choosing an owner. */
  sections: string[];
  /** What must be corrected before the import can be saved (empty when it can). */
  problems: string[];
  saved: boolean;
}

const areaNames: Record<AreaCode, string> = { A: "Ａ領域", B: "Ｂ領域", C: "Ｃ領域" };

function textOf(issue: ParsedIssue): IssueText {
  return {
    name: issue.name,
    matrixTitle: importedValue(issue, "matrixTitle") as string,
    summaryBullets: issue.summaryBullets,
    content: issue.content,
    background: issue.background,
    measuresHeading: issue.measuresHeading,
    measures: issue.measures,
  };
}

/** What a person must fix before anything can be saved, in their language. */
function blockingProblems(parsed: ParsedDocument, locale: Locale): string[] {
  const t = createTranslator(locale);
  const problems = parsed.warnings
    .filter((w): w is Extract<ParseWarning, { kind: "noIssues" | "missingField" }> => w.kind === "noIssues" || w.kind === "missingField")
    .map((w) => (w.kind === "noIssues" ? t("import.noIssues") : t("import.missingField", { code: w.code, field: t(`import.field.${w.field}`) })));
  // A date no era had is a typo to fix, never taken silently (the corrected reporting date clears it).
  for (const w of parsed.warnings) {
    if (w.kind === "impossibleDate") problems.push(t("import.impossibleDate", { code: w.code, written: w.written, reason: t(`wareki.${w.problem}`) }));
  }
  if (parsed.issues.length > 0 && parsed.reportingDate === null) problems.push(t("import.noReportingDate"));
  return problems;
}

/**
 * Imports a 局区Ｘ方針 given as text. Without `confirm` it only returns the plan
 * (what would be created or changed); with it, it saves in one transaction with
 * an audit entry. A second import for the same bureau and year updates the
 * changed issues (as new versions) instead of duplicating the document.
 */
export async function importDocument(actor: Actor, raw: unknown, locale: Locale): Promise<CommandResult<ImportResult>> {
  // The bureau alone first: the permission is checked before the text is read.
  const target = parseInput(importTargetSchema, raw, locale);
  if (!target.ok) return target;
  if (!can(actor, "document.import", { bureauId: target.data.bureauId })) return fail({ kind: "forbidden" });
  const input = parseInput(importDocumentSchema, raw, locale);
  if (!input.ok) return input;
  const { bureauId, fiscalYear, text, defaultSection, progressStatus, corrections, confirm } = input.data;
  const { parsed, assignments } = applyCorrections(parseDocument(text), corrections, defaultSection);
  // A preview with problems still shows, so they can be corrected there; only saving is refused.
  const problems = blockingProblems(parsed, locale);
  if (problems.length > 0 && (confirm || parsed.issues.length === 0)) return fail({ kind: "invalid", fieldErrors: { text: problems } });

  return db.$transaction(
    async (tx) => {
      const bureau = await tx.bureau.findUnique({ where: { id: bureauId }, include: { city: true, sections: { orderBy: { sortOrder: "asc" }, select: { name: true } } } });
      if (!bureau) return fail({ kind: "not-found" });
      const sections = [...new Set([...bureau.sections.map((s) => s.name), defaultSection])];
      const existing = await tx.policyDocument.findUnique({
        where: { bureauId_fiscalYear: { bureauId, fiscalYear } },
        include: { issues: true, areas: true },
      });
      const plan = planImport(
        parsed,
        existing && { mission: existing.mission, issues: existing.issues.map((i) => ({ ...i, summaryBullets: i.summaryBullets as string[] })) },
      );
      const periodProblems = await reportingPeriodProblems(tx, { bureauId, fiscalYear, parsed, plan, isNew: !existing, locale });
      const result = { plan, parsed, assignments, sections, problems: [...problems, ...periodProblems] };
      if (!confirm) return ok({ ...result, saved: false });
      if (periodProblems.length > 0) {
        // Refused, and the attempt is kept: it would have written reports around a period's lock.
        await recordAudit(tx, {
          actorId: actor.id,
          action: "document.importRefused",
          entityType: "Bureau",
          entityId: bureauId,
          bureauId,
          after: { fiscalYear, reportingDate: parsed.reportingDate, reasons: periodProblems },
        });
        return fail({ kind: "invalid", fieldErrors: { text: periodProblems } });
      }

      if (!existing) {
        const areas = [...new Set(parsed.issues.map((i) => i.area))].sort();
        const seed: SeedDocument = {
          city: { code: bureau.city.code, name: bureau.city.name },
          bureau: { code: bureau.code, name: bureau.name, kind: bureau.kind },
          sections: [...new Set(Object.values(assignments).map((a) => a.owningSection))].map((name) => ({ name, namedInDocument: false })),
          fiscalYear,
          title: parsed.title ?? `局区Ｘ方針〈${bureau.name}〉`,
          mission: parsed.mission,
          areas: areas.map((code) => ({ code, name: areaNames[code], description: "", descriptionInDocument: false })),
          reportingPeriod: { asOfDate: parsed.reportingDate! },
          partners: [],
          issues: parsed.issues.map((issue) => ({
            ...textOf(issue),
            code: issue.code,
            area: issue.area,
            number: issue.number,
            progress: { text: issue.progressText, status: progressStatus },
            isAffiliatedBody: assignments[issue.code]!.isAffiliatedBody,
            owningSection: assignments[issue.code]!.owningSection,
            relatedSections: [],
            partners: [],
            indicators: [],
            milestones: [],
          })),
        };
        await writePolicyDocument(tx, seed, actor.id);
        return ok({ ...result, saved: true });
      }

      if (plan.kind === "update") await applyUpdate(tx, { existing, parsed, plan, actorId: actor.id, assignments, progressStatus, bureauId });
      return ok({ ...result, saved: true });
    },
    { timeout: 60_000 },
  );
}

/**
 * Why the document's ⑤ cannot be written for its reporting date: the date is
 * outside the document's fiscal year, or its reporting period already exists
 * (a new document would put approved reports into it) or is closed (a
 * re-import would add reports to it; only an admin's reopening lifts a lock).
 */
async function reportingPeriodProblems(
  tx: Tx,
  args: { bureauId: string; fiscalYear: number; parsed: ParsedDocument; plan: ImportPlan; isNew: boolean; locale: Locale },
): Promise<string[]> {
  const { parsed, fiscalYear } = args;
  if (parsed.reportingDate === null) return [];
  const t = createTranslator(args.locale);
  const date = formatWareki(parsed.reportingDate);
  if (reportingFiscalYear(parsed.reportingDate) !== fiscalYear) {
    return [t("import.dateOutsideFiscalYear", { date, fiscalYear: formatFiscalYear(fiscalYear, args.locale) })];
  }
  const period = await tx.reportingPeriod.findUnique({ where: { bureauId_asOfDate: { bureauId: args.bureauId, asOfDate: parsePlainDate(parsed.reportingDate) } } });
  if (!period) return [];
  if (args.isNew) return [t("import.periodExists", { date })];
  const addsReports = args.plan.kind === "update" && args.plan.added.length > 0;
  return addsReports && period.status === "CLOSED" ? [t("import.periodClosed", { date })] : [];
}

async function applyUpdate(
  tx: Tx,
  args: {
    existing: { id: string; fiscalYear: number; mission: string; issues: { id: string; code: string; version: number }[]; areas: { id: string; code: string }[] };
    parsed: ParsedDocument;
    plan: Extract<ImportPlan, { kind: "update" }>;
    actorId: string;
    assignments: Record<string, IssueAssignment>;
    progressStatus: ProgressStatus;
    bureauId: string;
  },
) {
  const { existing, parsed, plan, actorId, bureauId } = args;
  if (plan.missionChanged) await tx.policyDocument.update({ where: { id: existing.id }, data: { mission: parsed.mission } });
  const changedCodes = new Set(plan.changes.map((c) => c.code));
  for (const issue of existing.issues.filter((i) => changedCodes.has(i.code))) {
    const source = parsed.issues.find((p) => p.code === issue.code)!;
    await reviseIssueText(tx, issue.id, issue.version, textOf(source), actorId);
  }
  if (plan.added.length > 0) {
    const asOfDate = parsePlainDate(parsed.reportingDate!);
    const period = await tx.reportingPeriod.findUnique({ where: { bureauId_asOfDate: { bureauId, asOfDate } } });
    const openPeriods = await openPeriodsReportingOn(tx, { id: existing.id, bureauId, fiscalYear: existing.fiscalYear });
    for (const code of plan.added) {
      const source = parsed.issues.find((p) => p.code === code)!;
      const { owningSection, isAffiliatedBody } = args.assignments[code]!;
      const section = await tx.section.upsert({ where: { bureauId_name: { bureauId, name: owningSection } }, update: {}, create: { bureauId, name: owningSection } });
      const area =
        existing.areas.find((a) => a.code === source.area) ??
        (await tx.area.create({ data: { documentId: existing.id, code: source.area, name: areaNames[source.area], description: "", sortOrder: existing.areas.length } }));
      const created = await tx.issue.create({
        data: {
          ...textOf(source),
          documentId: existing.id,
          areaId: area.id,
          code,
          number: source.number,
          sortOrder: existing.issues.length + plan.added.indexOf(code),
          owningSectionId: section.id,
          isAffiliatedBody,
        },
      });
      await tx.issueRevision.create({ data: { issueId: created.id, version: 1, ...textOf(source), details: await issueDetailsSnapshot(tx, created.id), authorId: actorId } });
      if (period) {
        // An open period's report is the authors' to submit: nobody has reviewed the imported text yet.
        const { createdAt, updatedAt } = reportTimesFromDocument(asOfDate);
        await tx.progressReport.create({ data: { issueId: created.id, periodId: period.id, progressText: source.progressText, status: args.progressStatus, workflowState: "DRAFT", authorId: actorId, createdAt, updatedAt } });
      }
      // Like openPeriod, every open period gets a draft for the new issue (starting from the document's ⑤),
      // so it is counted, can be overdue and can be reported.
      for (const open of openPeriods.filter((p) => p.id !== period?.id)) {
        await tx.progressReport.create({ data: { issueId: created.id, periodId: open.id, progressText: source.progressText, status: args.progressStatus, workflowState: "DRAFT" } });
      }
    }
  }
  await recordAudit(tx, {
    actorId,
    action: "document.reimport",
    entityType: "PolicyDocument",
    entityId: existing.id,
    bureauId,
    after: { missionChanged: plan.missionChanged, changes: plan.changes, added: plan.added, missing: plan.missing },
  });
}
