import "server-only";
import { AccessDeniedError } from "@/lib/auth/access-denied";
import { type Actor, can } from "@/lib/auth/permissions";
import { db } from "@/lib/db";

/** The buckets the periods page counts: 未報告 (no report, or a carried-forward copy nobody saved) and each workflow state. */
export const reportBuckets = ["NOT_REPORTED", "DRAFT", "SUBMITTED", "APPROVED", "RETURNED"] as const;
export type ReportBucket = (typeof reportBuckets)[number];

export function bucketOf(report: { workflowState: Exclude<ReportBucket, "NOT_REPORTED">; carriedForward: boolean } | null): ReportBucket {
  return report === null || report.carriedForward ? "NOT_REPORTED" : report.workflowState;
}

/**
 * The issues behind one count of the periods page: every issue of the document
 * the period reports on (as countPeriods counts them), with its report, in `bucket`.
 */
export async function listPeriodReports(actor: Actor, periodId: string, bucket: ReportBucket) {
  const period = await db.reportingPeriod.findUnique({ where: { id: periodId }, select: { id: true, bureauId: true, asOfDate: true, fiscalYear: true, bureau: { select: { name: true, code: true } } } });
  if (!period) return null;
  if (!can(actor, "period.manage", { bureauId: period.bureauId })) throw new AccessDeniedError();
  const document = await db.policyDocument.findFirst({
    where: { bureauId: period.bureauId, fiscalYear: { lte: period.fiscalYear } },
    orderBy: { fiscalYear: "desc" },
    select: {
      issues: {
        orderBy: { sortOrder: "asc" },
        select: {
          id: true,
          code: true,
          name: true,
          owningSection: { select: { name: true } },
          progressReports: { where: { periodId }, select: { id: true, workflowState: true, carriedForward: true, updatedAt: true, author: { select: { name: true } } } },
        },
      },
    },
  });
  const rows = (document?.issues ?? []).map((issue) => ({ issue, report: issue.progressReports[0] ?? null }));
  return { period, rows: rows.filter((row) => bucketOf(row.report) === bucket) };
}
