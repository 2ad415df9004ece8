import "server-only";
import { db } from "@/lib/db";
import { completenessByDate } from "@/lib/domain/completeness-trend";
import { toPlainDate } from "@/lib/domain/dates";
import {
  areaStatusTable,
  type DashboardIssue,
  judgeIndicators,
  overdueIssues,
  recentlyChanged,
  sectionCompleteness,
  submittedOfExpected,
} from "@/lib/domain/dashboard-aggregates";
import type { DashboardFilters } from "@/lib/validation/dashboard";
import type { DashboardScope } from "./dashboard-scope";
import { issueFilterWhere } from "./issue-filters";
import { issuesAsOf, loadApprovedHistory, loadDefinitionsAsOf, loadIssuesAsOf } from "./as-of";
import { lateMilestonesOf } from "./milestone-timeline";
import { countSubmissions } from "./period-counts";
import { cachedRead } from "./read-model-cache";

/**
 * The document's issues with their ①–④ and definitions in force at `asOfDate`: the bureau's
 * structure, which no progress report changes (cached apart from the reports, decision 100).
 */
export async function loadDashboardStructure(documentId: string, asOfDate: string | null) {
  const issues = await db.issue.findMany({
    where: { documentId },
    orderBy: { sortOrder: "asc" },
    select: { id: true, code: true, name: true, sortOrder: true, isAffiliatedBody: true, area: { select: { code: true, name: true } }, owningSection: { select: { id: true, name: true } } },
  });
  const definitions = asOfDate === null ? [] : await loadDefinitionsAsOf(issues.map((issue) => issue.id), asOfDate);
  return { issues, definitions };
}

/**
 * What the progress reports give the dashboard: the issues the filters leave (status and the text
 * search read the approved ⑤), the document's reports for the period (whatever their state), and
 * its approved history up to the period's date. A save or review of ⑤ changes only this.
 * Three independent reads, run together.
 */
export async function loadDashboardReports(documentId: string, period: DashboardScope["period"], filters: DashboardFilters) {
  const [issues, reports, history] = await Promise.all([
    db.issue.findMany({ where: issueFilterWhere(documentId, period?.id ?? null, filters), orderBy: { sortOrder: "asc" }, select: { id: true } }),
    period === null
      ? []
      : db.progressReport.findMany({
          where: { periodId: period.id, issue: { documentId } },
          select: { id: true, issueId: true, status: true, workflowState: true, updatedAt: true, carriedForward: true, author: { select: { name: true } } },
        }),
    period === null ? null : loadApprovedHistory({ documentId }, period.asOfDate),
  ]);
  const reportOf = new Map(reports.map(({ issueId, ...report }) => [issueId, report]));
  return { rows: issues.map(({ id }) => ({ id, report: reportOf.get(id) ?? null })), history };
}

/**
 * What the bureau dashboard reads from the database: the structure and the reports, each cached
 * under its own counters, so that the first view after a save reloads only the reports.
 */
export async function loadDashboardRows(bureauId: string, documentId: string, period: DashboardScope["period"], filters: DashboardFilters) {
  const asOfDate = period?.asOfDate ?? null;
  const [structure, reports] = await Promise.all([
    cachedRead(`dashboard-structure|${documentId}|${asOfDate ?? ""}`, { bureauId, reports: false }, () => loadDashboardStructure(documentId, asOfDate)),
    cachedRead(`dashboard-reports|${documentId}|${period?.id ?? ""}|${JSON.stringify(filters)}`, { bureauId }, () => loadDashboardReports(documentId, period, filters)),
  ]);
  const structureOf = new Map(structure.issues.map((issue, index) => [issue.id, { issue, definitions: structure.definitions[index] }]));
  // Both parts were read under this request's counters: an issue added between the two reads shows from the next request on.
  const found = reports.rows.flatMap(({ id, report }) => {
    const known = structureOf.get(id);
    return known ? [{ row: { ...known.issue, report }, definitions: known.definitions }] : [];
  });
  const rows = found.map(({ row }) => row);
  // Indicators and milestones as the export for the date has them: definitions in force then, approved reports only.
  const asOf = period && reports.history ? issuesAsOf(found.map(({ definitions }) => definitions!), reports.history, period.asOfDate) : [];
  const lateMilestones = period ? lateMilestonesOf(rows, asOf, period.asOfDate) : [];
  return { rows, asOf, lateMilestones };
}

/**
 * The bureau dashboard for a resolved scope: the issues the filters leave, with
 * their report for the reporting date (its workflow, whatever its state) and
 * their indicators as of that date, and the aggregates.
 */
export async function getBureauDashboard(scope: DashboardScope, filters: DashboardFilters, now = new Date()) {
  const { bureau, document, period } = scope;
  if (!bureau || !document) return null;
  const periodId = period?.id ?? "";
  const { rows, asOf, lateMilestones } = await cachedRead(`dashboard|${document.id}|${periodId}|${JSON.stringify(filters)}`, { bureauId: bureau.id }, () =>
    loadDashboardRows(bureau.id, document.id, period, filters),
  );
  const issues = rows.map((issue, index) => ({
    ...issue,
    indicators: (asOf[index]?.indicators ?? []).map(({ values, ...indicator }) => {
      const value = values.find((v) => v.reportingDate === period?.asOfDate);
      return { ...indicator, actual: value?.actual ?? null, carriedForward: value?.carriedForward ?? false };
    }),
  })) satisfies DashboardIssue[];
  const indicators = period ? judgeIndicators(issues, period, document.fiscalYear) : { judged: 0, offTrack: [], unjudged: [] };
  const overdue = period ? overdueIssues(issues, period, now) : [];
  return {
    issues,
    // The first row: each figure is the length of a list the page shows below it.
    totals: { ...submittedOfExpected(issues), overdue: overdue.length, lateMilestones: lateMilestones.length, offTrack: indicators.offTrack.length, unjudged: indicators.unjudged.length },
    areaStatus: areaStatusTable(issues),
    sections: sectionCompleteness(issues),
    overdue,
    recent: recentlyChanged(issues, 8),
    ...indicators,
    lateMilestones,
  };
}

export type BureauDashboard = NonNullable<Awaited<ReturnType<typeof getBureauDashboard>>>;

/** Each indicator of the filtered issues with its approved actual at every reporting date up to the chosen one. */
export async function getIndicatorHistory(scope: DashboardScope, filters: DashboardFilters) {
  const { document, period } = scope;
  if (!document) return null;
  const issues = await db.issue.findMany({
    where: { ...issueFilterWhere(document.id, period?.id ?? null, filters), indicators: { some: {} } },
    orderBy: { sortOrder: "asc" },
    select: { id: true, code: true, name: true },
  });
  // As of the chosen date (or today when the bureau has none): approved actuals, definitions in force then.
  const asOf = await loadIssuesAsOf(issues.map((i) => i.id), period?.asOfDate ?? toPlainDate(new Date()));
  return issues.map((issue, index) => ({
    ...issue,
    indicators: asOf[index]!.indicators.map(({ values, ...indicator }) => ({
      ...indicator,
      points: values.map((v) => ({ date: v.reportingDate, actual: v.actual as number | null, carriedForward: v.carriedForward })),
    })),
  }));
}

export type IndicatorHistory = NonNullable<Awaited<ReturnType<typeof getIndicatorHistory>>>;

/**
 * How complete the bureau's reports were at each of its reporting dates up to
 * the chosen one: every issue of the period's document, whatever the filters
 * (the rule of the periods page and the city view).
 */
export async function getCompletenessTrend(scope: DashboardScope) {
  const { bureau, period } = scope;
  if (!bureau || !period) return [];
  const periods = scope.periods.filter((p) => p.asOfDate <= period.asOfDate).map((p) => ({ ...p, bureauId: bureau.id }));
  const counts = await cachedRead(`completeness|${period.id}`, { bureauId: bureau.id }, () => countSubmissions(periods));
  return completenessByDate(periods.map((p) => ({ asOfDate: p.asOfDate, ...counts.get(p.id)! })));
}
