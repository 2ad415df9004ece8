import "server-only";
import type { ProgressStatus, WorkflowState } from "@/generated/prisma/sqlite/enums";
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
import { expectedIssues, tallySubmissions } from "./period-counts";
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

interface PeriodReportRow {
  id: string;
  issueId: string;
  status: ProgressStatus;
  workflowState: WorkflowState;
  updatedAt: Date;
  carriedForward: boolean;
  authorName: string | null;
}

/**
 * What the progress reports give the dashboard: the document's reports for the period (whatever
 * their state) and its approved history up to the period's date. A save or review of ⑤ changes
 * only this, so the first view of the bureau after one reads it again: two raw statements, run
 * together, where the ORM sent eight.
 */
export async function loadDashboardReports(documentId: string, period: DashboardScope["period"]) {
  if (period === null) return { reports: new Map<string, DashboardReport>(), history: null };
  const [rows, history] = await Promise.all([
    db.$queryRaw<PeriodReportRow[]>`
      SELECT r."id", r."issueId", CAST(r."status" AS TEXT) AS "status", CAST(r."workflowState" AS TEXT) AS "workflowState", r."updatedAt", r."carriedForward", a."name" AS "authorName"
      FROM "ProgressReport" r JOIN "Issue" i ON i."id" = r."issueId" LEFT JOIN "User" a ON a."id" = r."authorId"
      WHERE r."periodId" = ${period.id} AND i."documentId" = ${documentId}`,
    loadApprovedHistory({ documentId }, period.asOfDate),
  ]);
  const reports = new Map(
    rows.map(({ issueId, authorName, carriedForward, ...report }): [string, DashboardReport] => [
      issueId,
      { ...report, carriedForward: Boolean(carriedForward), author: authorName === null ? null : { name: authorName } },
    ]),
  );
  return { reports, history };
}

type DashboardReport = Omit<PeriodReportRow, "issueId" | "authorName"> & { author: { name: string } | null };

/** Whether the filters read the approved ⑤ (the status and the text search), not only the bureau's structure. */
const filtersReadReports = (filters: DashboardFilters) => filters.status !== undefined || filters.q !== undefined;

/**
 * The issues the filters leave, or null when they leave every issue of the document. Filters on
 * the structure alone (area, section, partner, affiliated body) are not reached by a save of ⑤.
 */
function issuesFiltered(bureauId: string, documentId: string, periodId: string | null, filters: DashboardFilters): Promise<ReadonlySet<string>> | null {
  if (!filtersReadReports(filters) && filters.area === undefined && filters.section === undefined && filters.partner === undefined && !filters.affiliated) return null;
  return cachedRead(`dashboard-filtered|${documentId}|${periodId ?? ""}|${JSON.stringify(filters)}`, filtersReadReports(filters) ? { bureauId } : { bureauId, reports: false }, async () =>
    new Set((await db.issue.findMany({ where: issueFilterWhere(documentId, periodId, filters), select: { id: true } })).map(({ id }) => id)),
  );
}

/**
 * What the bureau dashboard reads from the database: the structure, the issues the filters leave
 * and the reports, each cached under its own counters, so that the first view after a save
 * reloads only the reports (and a filter that reads them).
 */
export async function loadDashboardRows(bureauId: string, documentId: string, period: DashboardScope["period"], filters: DashboardFilters) {
  const asOfDate = period?.asOfDate ?? null;
  const [structure, filtered, reports] = await Promise.all([
    cachedRead(`dashboard-structure|${documentId}|${asOfDate ?? ""}`, { bureauId, reports: false }, () => loadDashboardStructure(documentId, asOfDate)),
    issuesFiltered(bureauId, documentId, period?.id ?? null, filters),
    cachedRead(`dashboard-reports|${documentId}|${period?.id ?? ""}`, { bureauId }, () => loadDashboardReports(documentId, period)),
  ]);
  // Both parts were read under this request's counters; the structure's order is the document's (sortOrder).
  const found = structure.issues.flatMap((issue, index) =>
    filtered === null || filtered.has(issue.id) ? [{ row: { ...issue, report: reports.reports.get(issue.id) ?? null }, definitions: structure.definitions[index] }] : [],
  );
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
  // The issues each date expects are the bureau's structure: a save of ⑤ leaves them cached.
  const expected = await cachedRead(`completeness-expected|${period.id}`, { bureauId: bureau.id, reports: false }, () => expectedIssues(periods));
  const counts = await cachedRead(`completeness|${period.id}`, { bureauId: bureau.id }, () => tallySubmissions(periods, expected));
  return completenessByDate(periods.map((p) => ({ asOfDate: p.asOfDate, ...counts.get(p.id)! })));
}
