import type { Resource } from "@/lib/auth/permissions";
import type { PeriodStatus, ProgressStatus, WorkflowState } from "@/generated/prisma/sqlite/enums";
import { Prisma } from "@/generated/prisma/sqlite/client";
import type { Tx } from "@/lib/db/transaction";

/** A progress report with what permission checks, workflow rules and its page need. */
export interface LoadedReport {
  id: string;
  issueId: string;
  periodId: string;
  progressText: string;
  status: ProgressStatus;
  workflowState: WorkflowState;
  version: number;
  carriedForward: boolean;
  submittedAt: Date | null;
  reviewComment: string | null;
  author: { name: string } | null;
  reviewedBy: { name: string } | null;
  period: { bureauId: string; status: PeriodStatus; reopenedAt: Date | null; asOfDate: Date; deadline: Date | null };
  issue: { id: string; code: string; name: string; owningSectionId: string; indicators: { id: string; unit: string }[]; milestones: { id: string }[] };
}

interface ReportRow extends Omit<LoadedReport, "version" | "author" | "reviewedBy" | "period" | "issue"> {
  version: number | bigint;
  authorName: string | null;
  reviewerName: string | null;
  periodBureauId: string;
  periodStatus: PeriodStatus;
  reopenedAt: Date | null;
  asOfDate: Date;
  deadline: Date | null;
  issueCode: string;
  issueName: string;
  owningSectionId: string;
  documentBureauId: string;
  /** One of the issue's editing sections, indicators or milestones (null when it has none). */
  partKind: "section" | "indicator" | "milestone" | null;
  partId: string | null;
  partUnit: string | null;
}

/**
 * One statement, where the ORM took nine (one per relation): the report with its period, issue,
 * document and both people's names joined, once per row of the issue's editing sections, indicators
 * and milestones (each list filtered by the report's issue, so no table is read whole). Every write
 * to a report (save, submit, withdraw, review) starts here, in its transaction, and so does the
 * report page, which a no-JavaScript save renders again: each statement is one more round trip.
 */
export async function loadReport(client: Pick<Tx, "$queryRaw">, reportId: string): Promise<{ report: LoadedReport; resource: Resource } | null> {
  const issueOfReport = Prisma.sql`(SELECT "issueId" FROM "ProgressReport" WHERE "id" = ${reportId})`;
  const rows = await client.$queryRaw<ReportRow[]>`
    SELECT r."id", r."issueId", r."periodId", r."progressText", CAST(r."status" AS TEXT) AS "status", CAST(r."workflowState" AS TEXT) AS "workflowState",
      r."version", r."carriedForward", r."submittedAt", r."reviewComment", a."name" AS "authorName", v."name" AS "reviewerName",
      p."bureauId" AS "periodBureauId", CAST(p."status" AS TEXT) AS "periodStatus", p."reopenedAt", p."asOfDate", p."deadline",
      i."code" AS "issueCode", i."name" AS "issueName", i."owningSectionId", d."bureauId" AS "documentBureauId",
      x."kind" AS "partKind", x."id" AS "partId", x."unit" AS "partUnit"
    FROM "ProgressReport" r
      JOIN "ReportingPeriod" p ON p."id" = r."periodId"
      JOIN "Issue" i ON i."id" = r."issueId"
      JOIN "PolicyDocument" d ON d."id" = i."documentId"
      LEFT JOIN "User" a ON a."id" = r."authorId"
      LEFT JOIN "User" v ON v."id" = r."reviewedById"
      LEFT JOIN (
        SELECT 'section' AS "kind", "issueId", "sectionId" AS "id", NULL AS "unit" FROM "IssueRelatedSection" WHERE "issueId" = ${issueOfReport} AND "canEdit" = TRUE
        UNION ALL SELECT 'indicator', "issueId", "id", "unit" FROM "Indicator" WHERE "issueId" = ${issueOfReport}
        UNION ALL SELECT 'milestone', "issueId", "id", NULL FROM "Milestone" WHERE "issueId" = ${issueOfReport}
      ) x ON x."issueId" = r."issueId"
    WHERE r."id" = ${reportId}`;
  const row = rows[0];
  if (!row) return null;
  const parts = rows.filter((p) => p.partKind !== null).map((p) => ({ kind: p.partKind!, id: p.partId!, unit: p.partUnit }));
  const report: LoadedReport = {
    id: row.id,
    issueId: row.issueId,
    periodId: row.periodId,
    progressText: row.progressText,
    status: row.status,
    workflowState: row.workflowState,
    version: Number(row.version),
    carriedForward: row.carriedForward,
    submittedAt: row.submittedAt,
    reviewComment: row.reviewComment,
    author: row.authorName === null ? null : { name: row.authorName },
    reviewedBy: row.reviewerName === null ? null : { name: row.reviewerName },
    period: { bureauId: row.periodBureauId, status: row.periodStatus, reopenedAt: row.reopenedAt, asOfDate: row.asOfDate, deadline: row.deadline },
    issue: {
      id: row.issueId,
      code: row.issueCode,
      name: row.issueName,
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
export function reportSnapshot(report: Pick<LoadedReport, "progressText" | "status" | "workflowState" | "version"> & { updatedAt: Date }) {
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
export function isEditable(report: LoadedReport): boolean {
  if (report.period.status !== "OPEN") return false;
  if (report.workflowState === "DRAFT" || report.workflowState === "RETURNED") return true;
  return report.workflowState === "APPROVED" && report.period.reopenedAt !== null;
}
