import "server-only";
import { AccessDeniedError } from "@/lib/auth/access-denied";
import { type Actor, can } from "@/lib/auth/permissions";
import { db } from "@/lib/db";
import { toPlainDate } from "@/lib/domain/dates";
import type { GradeThresholds } from "@/lib/domain/kpi-evaluation";
import { yearOverYear } from "@/lib/domain/year-over-year";
import { indicatorDefinitionSelect } from "./shared-selects";

/**
 * An issue's indicators across fiscal years (docs/decisions/082): the issue in
 * every document of its bureau (a copy to a new year keeps the code), each
 * indicator's approved figures per year and their grades. Readers of the
 * bureau's documents only, as the issue page itself.
 */
export async function getIssueYears(actor: Actor, issueId: string, thresholds: GradeThresholds) {
  const issue = await db.issue.findUnique({ where: { id: issueId }, select: { code: true, document: { select: { bureauId: true } } } });
  if (!issue) return null;
  if (!can(actor, "document.read", { bureauId: issue.document.bureauId })) throw new AccessDeniedError();
  const lineage = await db.issue.findMany({
    where: { code: issue.code, document: { bureauId: issue.document.bureauId } },
    select: {
      document: { select: { fiscalYear: true } },
      progressReports: { where: { workflowState: "APPROVED" }, select: { periodId: true } },
      indicators: {
        orderBy: { sortOrder: "asc" },
        select: {
          ...indicatorDefinitionSelect,
          measure: true,
          yearTargets: { select: { fiscalYear: true, target: true } },
          values: { select: { periodId: true, actual: true, carriedForward: true, period: { select: { asOfDate: true } } } },
        },
      },
    },
  });
  return yearOverYear(
    lineage.map(({ document, progressReports, indicators }) => {
      // Only what the bureau approved is its word for a year (as the exports have it).
      const approved = new Set(progressReports.map((report) => report.periodId));
      return {
        fiscalYear: document.fiscalYear,
        indicators: indicators.map(({ values, yearTargets, ...indicator }) => ({
          ...indicator,
          yearlyTargets: new Map(yearTargets.map((year) => [year.fiscalYear, year.target])),
          values: values
            .filter((value) => approved.has(value.periodId))
            .map((value) => ({ reportingDate: toPlainDate(value.period.asOfDate), actual: value.actual, carriedForward: value.carriedForward })),
        })),
      };
    }),
    thresholds,
  );
}

export type IssueYears = NonNullable<Awaited<ReturnType<typeof getIssueYears>>>;
