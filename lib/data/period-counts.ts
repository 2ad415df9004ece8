import "server-only";
import { db } from "@/lib/db";
import { countReports, type ReportCounts } from "@/lib/domain/progress-rules";

/** The counts of a bureau without a period (or a period without issues). */
export const noCounts = (): ReportCounts => countReports([]);

/**
 * The one denominator rule for a reporting period, shared by the bureau
 * dashboard, the city view and the periods page: every issue of the document
 * the period reports on (its fiscal year's, or the latest before it) counts
 * once, by its report for the period; an issue without one is 未報告 like a
 * carried-forward copy nobody saved.
 */
export async function countPeriods(periods: readonly { id: string; bureauId: string; fiscalYear: number }[]): Promise<Map<string, ReportCounts>> {
  const documents = await db.policyDocument.findMany({
    where: { bureauId: { in: [...new Set(periods.map((p) => p.bureauId))] } },
    orderBy: { fiscalYear: "desc" },
    select: { id: true, bureauId: true, fiscalYear: true },
  });
  const documentOf = new Map(periods.map((p) => [p.id, documents.find((d) => d.bureauId === p.bureauId && d.fiscalYear <= p.fiscalYear)?.id]));
  const issues = await db.issue.findMany({
    where: { documentId: { in: [...new Set([...documentOf.values()].filter((id) => id !== undefined))] } },
    select: {
      documentId: true,
      progressReports: { where: { periodId: { in: periods.map((p) => p.id) } }, select: { periodId: true, workflowState: true, status: true, carriedForward: true } },
    },
  });
  return new Map(
    periods.map((period) => {
      const rows = issues
        .filter((issue) => issue.documentId === documentOf.get(period.id))
        .map((issue) => {
          const report = issue.progressReports.find((r) => r.periodId === period.id);
          return report ? { ...report, count: 1 } : { workflowState: "DRAFT" as const, status: "NOT_STARTED" as const, carriedForward: true, count: 1 };
        });
      return [period.id, countReports(rows)];
    }),
  );
}
