import type { Resource } from "@/lib/auth/permissions";
import type { Tx } from "@/lib/db/transaction";

/** A progress report with what permission checks and workflow rules need. */
export async function loadReportForWrite(tx: Tx, reportId: string) {
  const report = await tx.progressReport.findUnique({
    where: { id: reportId },
    include: {
      period: { select: { id: true, bureauId: true, status: true, reopenedAt: true, asOfDate: true } },
      issue: {
        select: {
          id: true,
          code: true,
          owningSectionId: true,
          document: { select: { bureauId: true } },
          relatedSections: { where: { canEdit: true }, select: { sectionId: true } },
          indicators: { select: { id: true, unit: true } },
          milestones: { select: { id: true } },
        },
      },
    },
  });
  if (!report) return null;
  const resource: Resource = {
    bureauId: report.issue.document.bureauId,
    owningSectionId: report.issue.owningSectionId,
    editingSectionIds: report.issue.relatedSections.map((s) => s.sectionId),
  };
  return { report, resource };
}

export type ReportForWrite = NonNullable<Awaited<ReturnType<typeof loadReportForWrite>>>["report"];

/** The fields a conflict shows the user: what is stored now. */
export function reportSnapshot(report: Pick<ReportForWrite, "progressText" | "status" | "workflowState" | "version" | "updatedAt">) {
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
export function isEditable(report: ReportForWrite): boolean {
  if (report.period.status !== "OPEN") return false;
  if (report.workflowState === "DRAFT" || report.workflowState === "RETURNED") return true;
  return report.workflowState === "APPROVED" && report.period.reopenedAt !== null;
}
