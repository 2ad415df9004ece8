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
 * carried-forward copy nobody saved. Each row names the issue's area (Ａ/Ｂ/Ｃ領域).
 */
async function periodRows(periods: readonly { id: string; bureauId: string; fiscalYear: number }[]) {
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
      area: { select: { code: true } },
      progressReports: { where: { periodId: { in: periods.map((p) => p.id) } }, select: { periodId: true, workflowState: true, status: true, carriedForward: true } },
    },
  });
  return new Map(
    periods.map((period) => [
      period.id,
      issues
        .filter((issue) => issue.documentId === documentOf.get(period.id))
        .map((issue) => {
          const report = issue.progressReports.find((r) => r.periodId === period.id);
          const counted = report ?? { workflowState: "DRAFT" as const, status: "NOT_STARTED" as const, carriedForward: true };
          return { ...counted, area: issue.area.code, count: 1 };
        }),
    ]),
  );
}

/** Each period's reports counted by the one rule above. */
export async function countPeriods(periods: readonly { id: string; bureauId: string; fiscalYear: number }[]): Promise<Map<string, ReportCounts>> {
  const rows = await periodRows(periods);
  return new Map(periods.map((period) => [period.id, countReports(rows.get(period.id) ?? [])]));
}

/** The reports of all `periods` together, counted by the same rule for each area code, in code order. */
export async function countPeriodsByArea(periods: readonly { id: string; bureauId: string; fiscalYear: number }[]): Promise<{ code: string; counts: ReportCounts }[]> {
  const byArea = new Map<string, Parameters<typeof countReports>[0][number][]>();
  for (const rows of (await periodRows(periods)).values()) {
    for (const row of rows) {
      const list = byArea.get(row.area);
      if (list) list.push(row);
      else byArea.set(row.area, [row]);
    }
  }
  return [...byArea].sort(([a], [b]) => a.localeCompare(b)).map(([code, rows]) => ({ code, counts: countReports(rows) }));
}
