import type { Resource } from "@/lib/auth/permissions";
import type { PeriodStatus, ProgressStatus, WorkflowState } from "@/generated/prisma/sqlite/enums";
import type { Tx } from "@/lib/db/transaction";

/** A progress report with what permission checks and workflow rules need. */
export interface ReportForWrite {
  id: string;
  issueId: string;
  periodId: string;
  progressText: string;
  status: ProgressStatus;
  workflowState: WorkflowState;
  version: number;
  submittedAt: Date | null;
  period: { bureauId: string; status: PeriodStatus; reopenedAt: Date | null; asOfDate: Date };
  issue: { owningSectionId: string; indicators: { id: string; unit: string }[]; milestones: { id: string }[] };
}

interface ReportRow {
  id: string;
  issueId: string;
  periodId: string;
  progressText: string;
  status: ProgressStatus;
  workflowState: WorkflowState;
  version: number | bigint;
  submittedAt: Date | null;
  periodBureauId: string;
  periodStatus: PeriodStatus;
  reopenedAt: Date | null;
  asOfDate: Date;
  owningSectionId: string;
  documentBureauId: string;
}

/**
 * Two statements in the write's transaction, where the ORM took seven (one per relation):
 * the report with its period, issue and document joined, then the issue's editing sections,
 * indicators and milestones in one list. Every write to a report (save, submit, withdraw,
 * review) starts here, and the audited ones hold the chain's lock a few statements later.
 */
export async function loadReportForWrite(tx: Tx, reportId: string): Promise<{ report: ReportForWrite; resource: Resource } | null> {
  const [row] = await tx.$queryRaw<ReportRow[]>`
    SELECT r."id", r."issueId", r."periodId", r."progressText", CAST(r."status" AS TEXT) AS "status", CAST(r."workflowState" AS TEXT) AS "workflowState",
      r."version", r."submittedAt", p."bureauId" AS "periodBureauId", CAST(p."status" AS TEXT) AS "periodStatus", p."reopenedAt", p."asOfDate",
      i."owningSectionId", d."bureauId" AS "documentBureauId"
    FROM "ProgressReport" r
      JOIN "ReportingPeriod" p ON p."id" = r."periodId"
      JOIN "Issue" i ON i."id" = r."issueId"
      JOIN "PolicyDocument" d ON d."id" = i."documentId"
    WHERE r."id" = ${reportId}`;
  if (!row) return null;
  const parts = await tx.$queryRaw<{ kind: "section" | "indicator" | "milestone"; id: string; unit: string | null }[]>`
    SELECT 'section' AS "kind", "sectionId" AS "id", NULL AS "unit" FROM "IssueRelatedSection" WHERE "issueId" = ${row.issueId} AND "canEdit" = TRUE
    UNION ALL SELECT 'indicator', "id", "unit" FROM "Indicator" WHERE "issueId" = ${row.issueId}
    UNION ALL SELECT 'milestone', "id", NULL FROM "Milestone" WHERE "issueId" = ${row.issueId}`;
  const report: ReportForWrite = {
    id: row.id,
    issueId: row.issueId,
    periodId: row.periodId,
    progressText: row.progressText,
    status: row.status,
    workflowState: row.workflowState,
    version: Number(row.version),
    submittedAt: row.submittedAt,
    period: { bureauId: row.periodBureauId, status: row.periodStatus, reopenedAt: row.reopenedAt, asOfDate: row.asOfDate },
    issue: {
      owningSectionId: row.owningSectionId,
      indicators: parts.filter((p) => p.kind === "indicator").map((p) => ({ id: p.id, unit: p.unit ?? "" })),
      milestones: parts.filter((p) => p.kind === "milestone").map((p) => ({ id: p.id })),
    },
  };
  const resource: Resource = {
    bureauId: row.documentBureauId,
    owningSectionId: row.owningSectionId,
    editingSectionIds: parts.filter((p) => p.kind === "section").map((p) => p.id),
  };
  return { report, resource };
}

/** The fields a conflict shows the user: what is stored now. */
export function reportSnapshot(report: Pick<ReportForWrite, "progressText" | "status" | "workflowState" | "version"> & { updatedAt: Date }) {
  return {
    progressText: report.progressText,
    status: report.status,
    workflowState: report.workflowState,
    version: report.version,
    updatedAt: report.updatedAt.toISOString(),
  };
}
export type ReportSnapshot = ReturnType<typeof reportSnapshot>;

/** Staff may write while a report is a draft or returned; an approved one only after its period was reopened. */
export function isEditable(report: Pick<ReportForWrite, "workflowState"> & { period: Pick<ReportForWrite["period"], "status" | "reopenedAt"> }): boolean {
  if (report.period.status !== "OPEN") return false;
  if (report.workflowState === "DRAFT" || report.workflowState === "RETURNED") return true;
  return report.workflowState === "APPROVED" && report.period.reopenedAt !== null;
}
