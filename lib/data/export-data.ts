import "server-only";
import { Prisma } from "@/generated/prisma/sqlite/client";
import type { DatePrecision, ProgressStatus, WorkflowState } from "@/generated/prisma/sqlite/enums";
import { AccessDeniedError } from "@/lib/auth/access-denied";
import { type Actor, can, isCityLevel } from "@/lib/auth/permissions";
import { db } from "@/lib/db";
import { endOfDayInJapan, fiscalYearRange, parsePlainDate, reportingFiscalYear, toJapanIsoString, toPlainDate } from "@/lib/domain/dates";
import type { IssueText } from "@/lib/documents/issue-text";
import { evaluateReported, type GradeColumn, type UnratedReason } from "@/lib/domain/kpi-evaluation";
import { readEnv } from "@/lib/env";
import { type ApprovedReport, loadIssuesAsOf } from "./as-of";
import { findDocumentForPeriod } from "./documents";
import { bureauNamesAt, owningSectionNamesAt } from "./section-history";

/**
 * The data every export format writes: for each bureau, its 局区Ｘ方針 as it
 * stood at the end of the reporting date (lib/data/as-of.ts: ①–④, partners and
 * definitions from the revision in force then; ⑤, actuals and milestones done
 * only from reports approved for dates up to it), and the audit log of the
 * fiscal year so far.
 * Its shape is the JSON export's, documented in README ("Exports").
 */
export interface ExportData {
  format: "policy-portal-export/1";
  generatedAt: string;
  generatedBy: { name: string; email: string };
  reportingDate: string;
  bureaus: ExportBureau[];
  auditLog: ExportAuditEntry[];
}

export interface ExportBureau {
  id: string;
  code: string;
  name: string;
  /** `descriptionInDocument`: false when an area's description is the portal's, not the document's words. */
  document: { title: string; fiscalYear: number; mission: string; areas: { code: string; name: string; description: string; descriptionInDocument: boolean }[] };
  issues: ExportIssue[];
}

export interface ExportReport {
  reportingDate: string;
  text: string;
  status: ProgressStatus;
  workflowState: WorkflowState;
  /** Copied from the previous report when the period opened and not saved since: not reported (「前回値・未更新」). */
  carriedForward: boolean;
  approvedBy: string | null;
  approvedAt: string | null;
}

export interface ExportIssue extends IssueText {
  code: string;
  area: string;
  /** The revision ①–④ come from. */
  version: number;
  isAffiliatedBody: boolean;
  owningSection: string;
  partners: { name: string; role: string }[];
  /** ⑤ for the reporting date, when approved; null otherwise. */
  progress: ExportReport | null;
  /** Every approved report up to the reporting date, oldest first (drafts and submissions never reach an export). */
  reports: ExportReport[];
  /** Values: the actuals of approved reports up to the reporting date, each with its KPI evaluation. */
  indicators: {
    name: string; unit: string; baseline: number | null; baselineLabel: string; target: number | null; targetFiscalYear: number | null;
    measure: "POINT" | "CUMULATIVE";
    values: ({ reportingDate: string; actual: number } & ExportEvaluation)[];
  }[];
  /** The plan nodes the issue serves (retired ones included: they are its history). */
  planLinks: { plan: string; level: string; code: string; name: string; retired: boolean }[];
  /** SDG goal numbers (1–17) the issue is tagged with. */
  sdgGoals: number[];
  milestones: {
    title: string;
    plannedDate: string | null;
    plannedFiscalYear: number | null;
    plannedPrecision: DatePrecision;
    plannedFrom: boolean;
    /** When, in the document's words. */
    plannedText: string;
    doneDate: string | null;
  }[];
}

/** A value's achievement rate (%) and grade (A–D, or UNRATED with the reason) by the city's thresholds. */
export interface ExportEvaluation {
  rate: number | null;
  grade: GradeColumn;
  unratedReason: UnratedReason | null;
}

export interface ExportAuditEntry {
  id: number;
  at: string;
  actor: string | null;
  action: string;
  entityType: string;
  entityId: string;
  bureau: string | null;
}

/** Bureaus the actor may export for this request: one by code, or every readable one ("all", city-level users only). */
async function exportableBureaus(actor: Actor, bureau: string) {
  if (bureau === "all") {
    if (!isCityLevel(actor) || !can(actor, "export.run")) throw new AccessDeniedError();
    return db.bureau.findMany({ orderBy: [{ sortOrder: "asc" }, { code: "asc" }], select: { id: true, code: true, name: true } });
  }
  const found = await db.bureau.findFirst({ where: { code: bureau }, select: { id: true, code: true, name: true } });
  if (!found || !can(actor, "export.run", { bureauId: found.id })) throw new AccessDeniedError();
  return [found];
}

/**
 * One bureau's document as it stood at the end of the reporting date, or null when the bureau has no such date. The one as-of reader: the
 * exports and the public site (lib/data/public-documents.ts) both use it.
 * It checks no permission: callers do.
 */
export async function loadBureauAsOf(bureau: { id: string; code: string; name: string }, reportingDate: string): Promise<ExportBureau | null> {
  const asOfDate = parsePlainDate(reportingDate);
  const period = await db.reportingPeriod.findUnique({ where: { bureauId_asOfDate: { bureauId: bureau.id, asOfDate } }, select: { id: true, fiscalYear: true } });
  if (!period) return null;
  const found = await findDocumentForPeriod(bureau.id, period.fiscalYear);
  if (!found) return null;
  const document = await db.policyDocument.findUniqueOrThrow({
    where: { id: found.id },
    select: {
      title: true,
      fiscalYear: true,
      mission: true,
      areas: { orderBy: { sortOrder: "asc" }, select: { code: true, name: true, description: true, descriptionInDocument: true } },
      issues: {
        orderBy: { sortOrder: "asc" },
        select: { id: true, code: true, isAffiliatedBody: true, area: { select: { code: true } }, owningSection: { select: { id: true, name: true } } },
      },
    },
  });
  const issueIds = document.issues.map((i) => i.id);
  const [asOf, sectionNames, bureauNames, links, indicatorRows] = await Promise.all([
    loadIssuesAsOf(issueIds, reportingDate),
    owningSectionNamesAt(db, document.issues, endOfDayInJapan(reportingDate)),
    bureauNamesAt(db, [bureau], endOfDayInJapan(reportingDate)),
    db.issue.findMany({
      where: { id: { in: issueIds } },
      select: {
        id: true,
        planNodes: { select: { node: { select: { code: true, name: true, level: true, sortOrder: true, retiredAt: true, plan: { select: { name: true, levelNames: true } } } } } },
        sdgGoals: { orderBy: { goalNumber: "asc" }, select: { goalNumber: true } },
      },
    }),
    db.indicator.findMany({ where: { issueId: { in: issueIds } }, select: { id: true, measure: true, yearTargets: { select: { fiscalYear: true, target: true } } } }),
  ]);
  const linksOf = new Map(links.map((link) => [link.id, link]));
  const kpiOf = new Map(indicatorRows.map((row) => [row.id, { measure: row.measure, yearlyTargets: new Map(row.yearTargets.map((y) => [y.fiscalYear, y.target])) }]));
  const thresholds = readEnv().KPI_GRADE_THRESHOLDS;
  return {
    id: bureau.id,
    code: bureau.code,
    // The bureau's name of the reporting date, as its sections' (decision 044).
    name: bureauNames.get(bureau.id)!,
    document: { title: document.title, fiscalYear: document.fiscalYear, mission: document.mission, areas: document.areas },
    issues: document.issues.map((issue, index) => {
      const { id: _id, partners, indicators, milestones, reports, progress, ...text } = asOf[index]!;
      const approved = (r: ApprovedReport): ExportReport => ({ ...r, workflowState: "APPROVED" });
      return {
        code: issue.code,
        area: issue.area.code,
        ...text,
        isAffiliatedBody: issue.isAffiliatedBody,
        owningSection: sectionNames.get(issue.id)!,
        partners: partners.map((p) => ({ name: p.name, role: p.role })),
        progress: progress && approved(progress),
        reports: reports.map(approved),
        indicators: indicators.map(({ id, name, unit, direction, baseline, baselineLabel, target, targetFiscalYear, values }) => {
          const kpi = kpiOf.get(id) ?? { measure: "POINT" as const, yearlyTargets: new Map<number, number>() };
          return {
            name, unit, baseline, baselineLabel, target, targetFiscalYear, measure: kpi.measure,
            values: values.map(({ reportingDate, actual }) => {
              const evaluation = evaluateReported({ direction, baseline, target, ...kpi }, { reportingDate, actual, carriedForward: false }, thresholds);
              return evaluation.rated
                ? { reportingDate, actual, rate: evaluation.rate, grade: evaluation.grade, unratedReason: null }
                : { reportingDate, actual, rate: null, grade: "UNRATED" as const, unratedReason: evaluation.reason };
            }),
          };
        }),
        planLinks: (linksOf.get(issue.id)?.planNodes ?? [])
          .map(({ node }) => ({ plan: node.plan.name, level: (Array.isArray(node.plan.levelNames) ? String(node.plan.levelNames[node.level] ?? "") : ""), code: node.code, name: node.name, retired: node.retiredAt !== null, order: [node.level, node.sortOrder] }))
          .sort((a, b) => a.plan.localeCompare(b.plan) || a.order[0]! - b.order[0]! || a.order[1]! - b.order[1]!)
          .map(({ order: _order, ...link }) => link),
        sdgGoals: (linksOf.get(issue.id)?.sdgGoals ?? []).map((goal) => goal.goalNumber),
        milestones: milestones.map(({ id: _milestoneId, ...milestone }) => milestone),
      };
    }),
  };
}

/**
 * Everything an export of `bureau` (a code, or "all") as of `reportingDate`
 * holds, or null when no such reporting date exists for it. Refuses what the
 * actor may not export.
 */
export async function getExportData(actor: Actor & { name: string; email: string }, bureau: string, reportingDate: string, now = new Date()): Promise<ExportData | null> {
  return exportDataFor(await exportableBureaus(actor, bureau), reportingDate, { name: actor.name, email: actor.email }, now);
}

/**
 * The export data of bureaus already allowed (or of a bureau's briefing book,
 * which the worker writes with no user): no permission is checked here.
 */
export async function exportDataFor(
  bureaus: { id: string; code: string; name: string }[],
  reportingDate: string,
  generatedBy: ExportData["generatedBy"],
  now = new Date(),
): Promise<ExportData | null> {
  const cutoff = endOfDayInJapan(reportingDate);
  const loaded = (await Promise.all(bureaus.map((b) => loadBureauAsOf(b, reportingDate)))).filter((b) => b !== null);
  if (loaded.length === 0) return null;
  // The audit log of the fiscal year the date reports on (a 5月末 report closes the year before).
  const fiscalYearStart = parsePlainDate(fiscalYearRange(reportingFiscalYear(reportingDate)).start);
  // Raw SQL: a year of a large city's log is some 100,000 entries, and the ORM's own
  // per-row cost was most of the whole-city workbook's time (npm run bench:scale).
  const entries = await db.$queryRaw<{ id: number; at: Date; action: string; entityType: string; entityId: string; bureauId: string | null; actor: string | null }[]>`
    SELECT e."id", e."at", e."action", e."entityType", e."entityId", e."bureauId", u."name" AS "actor"
    FROM "AuditEntry" e LEFT JOIN "User" u ON u."id" = e."actorId"
    WHERE e."bureauId" IN (${Prisma.join(bureaus.map((b) => b.id))}) AND e."at" >= ${fiscalYearStart} AND e."at" <= ${cutoff}
    ORDER BY e."id"`;
  const bureauNames = await bureauNamesAt(db, bureaus, cutoff);
  return {
    format: "policy-portal-export/1",
    generatedAt: toJapanIsoString(now),
    generatedBy,
    reportingDate,
    bureaus: loaded,
    auditLog: entries.map((e) => ({
      id: e.id,
      at: toJapanIsoString(e.at),
      actor: e.actor,
      action: e.action,
      entityType: e.entityType,
      entityId: e.entityId,
      bureau: e.bureauId ? (bureauNames.get(e.bureauId) ?? null) : null,
    })),
  };
}

/** The reporting dates an export page offers for a bureau (or the whole city), newest first. */
export async function listExportDates(actor: Actor, bureau: string): Promise<string[]> {
  const bureaus = await exportableBureaus(actor, bureau);
  const periods = await db.reportingPeriod.findMany({
    where: { bureauId: { in: bureaus.map((b) => b.id) } },
    distinct: ["asOfDate"],
    orderBy: { asOfDate: "desc" },
    select: { asOfDate: true },
  });
  return periods.map((p) => toPlainDate(p.asOfDate));
}
