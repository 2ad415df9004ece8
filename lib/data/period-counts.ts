import "server-only";
import { db } from "@/lib/db";
import { countReports, type ReportCounts } from "@/lib/domain/progress-rules";

/** The counts of a bureau without a period (or a period without issues). */
export const noCounts = (): ReportCounts => countReports([]);

type PeriodKey = { id: string; bureauId: string; fiscalYear: number };

/** The document each period reports on: its bureau's of the period's fiscal year, or the latest before it. */
async function documentsOf(periods: readonly PeriodKey[]): Promise<Map<string, string | undefined>> {
  const documents = await db.policyDocument.findMany({
    where: { bureauId: { in: [...new Set(periods.map((p) => p.bureauId))] } },
    orderBy: { fiscalYear: "desc" },
    select: { id: true, bureauId: true, fiscalYear: true },
  });
  return new Map(periods.map((p) => [p.id, documents.find((d) => d.bureauId === p.bureauId && d.fiscalYear <= p.fiscalYear)?.id]));
}

/**
 * The one denominator rule for a reporting period, shared by the bureau
 * dashboard, the city view and the periods page: every issue of the document
 * the period reports on (its fiscal year's, or the latest before it) counts
 * once, by its report for the period; an issue without one is 未報告 like a
 * carried-forward copy nobody saved. Each row names the issue's area (Ａ/Ｂ/Ｃ領域).
 */
async function periodRows(periods: readonly PeriodKey[]) {
  const documentOf = await documentsOf(periods);
  const periodIds = periods.map((p) => p.id);
  // Two flat reads joined here: a nested read of each issue's reports cost Prisma several times more
  // for the city view, which counts every bureau's periods of every date.
  const [issues, reports] = await Promise.all([
    db.issue.findMany({
      where: { documentId: { in: [...new Set([...documentOf.values()].filter((id) => id !== undefined))] } },
      select: { id: true, documentId: true, area: { select: { code: true } } },
    }),
    db.progressReport.findMany({ where: { periodId: { in: periodIds } }, select: { issueId: true, periodId: true, workflowState: true, status: true, carriedForward: true } }),
  ]);
  const reportOf = new Map(reports.map(({ issueId, periodId, ...report }) => [`${issueId}|${periodId}`, report]));
  const issuesOf = new Map<string, typeof issues>();
  for (const issue of issues) {
    const list = issuesOf.get(issue.documentId);
    if (list) list.push(issue);
    else issuesOf.set(issue.documentId, [issue]);
  }
  return new Map(
    periods.map((period) => {
      const documentId = documentOf.get(period.id);
      const rows = (documentId === undefined ? [] : (issuesOf.get(documentId) ?? [])).map((issue) => {
        const counted = reportOf.get(`${issue.id}|${period.id}`) ?? { workflowState: "DRAFT" as const, status: "NOT_STARTED" as const, carriedForward: true };
        return { ...counted, area: issue.area.code, count: 1 };
      });
      return [period.id, rows];
    }),
  );
}

/** Each period's reports counted by the one rule above. */
export async function countPeriods(periods: readonly PeriodKey[]): Promise<Map<string, ReportCounts>> {
  return (await countPeriodsAndAreas(periods, new Set())).counts;
}

/**
 * Each period's counts, and the rows of the periods in `byAreaOf` together,
 * regrouped by area code (in code order): both from one read.
 */
export async function countPeriodsAndAreas(periods: readonly PeriodKey[], byAreaOf: ReadonlySet<string>) {
  const rows = await periodRows(periods);
  const byArea = new Map<string, Parameters<typeof countReports>[0][number][]>();
  for (const id of byAreaOf) {
    for (const row of rows.get(id) ?? []) {
      const list = byArea.get(row.area);
      if (list) list.push(row);
      else byArea.set(row.area, [row]);
    }
  }
  return {
    counts: new Map(periods.map((period) => [period.id, countReports(rows.get(period.id) ?? [])])),
    areas: [...byArea].sort(([a], [b]) => a.localeCompare(b)).map(([code, areaRows]) => ({ code, counts: countReports(areaRows) })),
  };
}

/** Which issues each period expects (its document's), for `tallySubmissions`: the bureaus' structure, which no report changes. */
export async function expectedIssues(periods: readonly PeriodKey[]) {
  const documentOf = await documentsOf(periods);
  const issues = await db.issue.findMany({ where: { documentId: { in: [...new Set([...documentOf.values()].filter((id) => id !== undefined))] } }, select: { id: true, documentId: true } });
  const expectedOf = new Map<string, number>();
  for (const issue of issues) expectedOf.set(issue.documentId, (expectedOf.get(issue.documentId) ?? 0) + 1);
  return { documentOf, documentOfIssue: new Map(issues.map((issue) => [issue.id, issue.documentId])), expectedOf };
}

/**
 * For each period, by the same rule, only what a completeness trend needs: the issues expected,
 * and the reports sent in (submitted or approved, not an untouched copy) and approved among them.
 * The reports are read here; the expected issues come from `expectedIssues`, which a bureau's
 * dashboard keeps cached while its reports change.
 */
export async function tallySubmissions(periods: readonly PeriodKey[], expected: Awaited<ReturnType<typeof expectedIssues>>): Promise<Map<string, { expected: number; submitted: number; approved: number }>> {
  const { documentOf, documentOfIssue, expectedOf } = expected;
  const reports = await db.progressReport.findMany({
    where: { periodId: { in: periods.map((p) => p.id) }, carriedForward: false, workflowState: { in: ["SUBMITTED", "APPROVED"] } },
    select: { issueId: true, periodId: true, workflowState: true },
  });
  const counts = new Map(periods.map((period) => [period.id, { expected: expectedOf.get(documentOf.get(period.id) ?? "") ?? 0, submitted: 0, approved: 0 }]));
  for (const report of reports) {
    // A report counts only for an issue of the document its period reports on.
    if (documentOfIssue.get(report.issueId) !== documentOf.get(report.periodId)) continue;
    const count = counts.get(report.periodId)!;
    count.submitted += 1;
    if (report.workflowState === "APPROVED") count.approved += 1;
  }
  return counts;
}

/** `tallySubmissions` with the expected issues read too (the city view, which reads every bureau's periods of every date, so it reads no more than that). */
export async function countSubmissions(periods: readonly PeriodKey[]) {
  return tallySubmissions(periods, await expectedIssues(periods));
}
