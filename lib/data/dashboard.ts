import "server-only";
import { db } from "@/lib/db";
import { toPlainDate } from "@/lib/domain/dates";
import {
  areaStatusTable,
  type DashboardIssue,
  judgeIndicators,
  overdueIssues,
  recentlyChanged,
  sectionCompleteness,
} from "@/lib/domain/dashboard-aggregates";
import type { DashboardFilters } from "@/lib/validation/dashboard";
import type { DashboardScope } from "./dashboard-scope";
import { issueFilterWhere } from "./issue-filters";
import { listLateMilestones } from "./milestone-timeline";
import { indicatorDefinitionSelect, periodUpTo } from "./shared-selects";

/**
 * The bureau dashboard for a resolved scope: the issues the filters leave, with
 * their report and indicator values for the reporting date, and the aggregates.
 */
export async function getBureauDashboard(scope: DashboardScope, filters: DashboardFilters, now = new Date()) {
  const { document, period } = scope;
  if (!document) return null;
  const periodId = period?.id ?? "";
  const rows = await db.issue.findMany({
    where: issueFilterWhere(document.id, period?.id ?? null, filters),
    orderBy: { sortOrder: "asc" },
    select: {
      id: true,
      code: true,
      name: true,
      isAffiliatedBody: true,
      area: { select: { code: true, name: true } },
      owningSection: { select: { id: true, name: true } },
      progressReports: {
        where: { periodId },
        select: { id: true, status: true, workflowState: true, updatedAt: true, carriedForward: true, author: { select: { name: true } } },
      },
      indicators: {
        orderBy: { sortOrder: "asc" },
        select: { ...indicatorDefinitionSelect, values: { where: { periodId }, select: { actual: true, carriedForward: true } } },
      },
    },
  });
  const issues = rows.map(({ progressReports, indicators, ...issue }) => ({
    ...issue,
    report: progressReports[0] ?? null,
    indicators: indicators.map(({ values, ...indicator }) => ({
      ...indicator,
      actual: values[0]?.actual ?? null,
      carriedForward: values[0]?.carriedForward ?? false,
    })),
  })) satisfies DashboardIssue[];
  const indicators = period ? judgeIndicators(issues, period, document.fiscalYear) : { judged: 0, offTrack: [], unjudged: [] };
  return {
    issues,
    areaStatus: areaStatusTable(issues),
    sections: sectionCompleteness(issues),
    overdue: period ? overdueIssues(issues, period, now) : [],
    recent: recentlyChanged(issues, 8),
    ...indicators,
    lateMilestones: period ? await listLateMilestones(issues.map((i) => i.id), period.asOfDate) : [],
  };
}

export type BureauDashboard = NonNullable<Awaited<ReturnType<typeof getBureauDashboard>>>;

/** Each indicator of the filtered issues with its actual at every reporting date up to the chosen one. */
export async function getIndicatorHistory(scope: DashboardScope, filters: DashboardFilters) {
  const { document, period } = scope;
  if (!document) return null;
  const issues = await db.issue.findMany({
    where: { ...issueFilterWhere(document.id, period?.id ?? null, filters), indicators: { some: {} } },
    orderBy: { sortOrder: "asc" },
    select: {
      id: true,
      code: true,
      name: true,
      indicators: {
        orderBy: { sortOrder: "asc" },
        select: {
          ...indicatorDefinitionSelect,
          values: {
            where: periodUpTo(period),
            orderBy: { period: { asOfDate: "asc" } },
            select: { actual: true, carriedForward: true, period: { select: { asOfDate: true } } },
          },
        },
      },
    },
  });
  return issues.map((issue) => ({
    ...issue,
    indicators: issue.indicators.map(({ values, ...indicator }) => ({
      ...indicator,
      points: values.map((v) => ({ date: toPlainDate(v.period.asOfDate), actual: v.actual, carriedForward: v.carriedForward })),
    })),
  }));
}

export type IndicatorHistory = NonNullable<Awaited<ReturnType<typeof getIndicatorHistory>>>;
