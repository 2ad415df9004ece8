import type { IndicatorDirection, ProgressStatus, WorkflowState } from "@/generated/prisma/sqlite/enums";
import { completeness, countBy, expectedOnPath, isOffTrack, isOverdue, progressStatuses, workflowStates } from "./progress-rules";

// The bureau dashboard's aggregates over the issues a filter leaves, each with
// its report for the chosen reporting date (or none yet). Pure, so they are
// tested on small fixtures with known answers.

export interface DashboardReport {
  id: string;
  status: ProgressStatus;
  workflowState: WorkflowState;
  updatedAt: Date;
}

export interface DashboardIndicator {
  id: string;
  name: string;
  unit: string;
  direction: IndicatorDirection;
  baseline: number | null;
  target: number | null;
  targetFiscalYear: number | null;
  actual: number | null;
}

export interface DashboardIssue {
  id: string;
  code: string;
  name: string;
  area: { code: string; name: string };
  owningSection: { id: string; name: string };
  report: DashboardReport | null;
  indicators: DashboardIndicator[];
}

export interface PeriodRule {
  asOfDate: string;
  deadline: Date | null;
  status: "OPEN" | "CLOSED";
}

/** Issues by area × the status of their report; `none` counts issues without one. */
export function areaStatusTable(issues: readonly DashboardIssue[]) {
  const areas = new Map<string, { code: string; name: string; statuses: ProgressStatus[]; none: number }>();
  for (const issue of issues) {
    const row = areas.get(issue.area.code) ?? { ...issue.area, statuses: [], none: 0 };
    if (issue.report) row.statuses.push(issue.report.status);
    else row.none += 1;
    areas.set(issue.area.code, row);
  }
  return [...areas.values()]
    .sort((a, b) => a.code.localeCompare(b.code))
    .map(({ statuses, ...area }) => ({ ...area, counts: countBy(progressStatuses, statuses), total: statuses.length + area.none }));
}

/** Per owning section: reports in each workflow state and the share approved. */
export function sectionCompleteness(issues: readonly DashboardIssue[]) {
  const sections = new Map<string, { id: string; name: string; states: WorkflowState[]; none: number }>();
  for (const issue of issues) {
    const row = sections.get(issue.owningSection.id) ?? { ...issue.owningSection, states: [], none: 0 };
    if (issue.report) row.states.push(issue.report.workflowState);
    else row.none += 1;
    sections.set(issue.owningSection.id, row);
  }
  return [...sections.values()].map(({ states, ...section }) => ({
    ...section,
    counts: countBy(workflowStates, states),
    total: states.length + section.none,
    // An issue without a report counts as not yet done.
    completeness: completeness([...states, ...Array<WorkflowState>(section.none).fill("DRAFT")]),
  }));
}

/** Reports still with their authors after the period's deadline. */
export function overdueIssues(issues: readonly DashboardIssue[], period: PeriodRule, now: Date) {
  return issues.filter((issue) => issue.report !== null && isOverdue(issue.report, period, now));
}

/** The most recently changed reports, newest first. */
export function recentlyChanged(issues: readonly DashboardIssue[], limit: number) {
  return issues
    .filter((issue): issue is DashboardIssue & { report: DashboardReport } => issue.report !== null)
    .sort((a, b) => b.report.updatedAt.getTime() - a.report.updatedAt.getTime())
    .slice(0, limit);
}

/**
 * Indicators whose actual is behind the straight line from baseline to target.
 * The baseline is taken to hold on the first day of the document's fiscal year
 * (documents state it in words, not as a date).
 */
export function offTrackIndicators(issues: readonly DashboardIssue[], period: PeriodRule, documentFiscalYear: number) {
  const baselineDate = `${documentFiscalYear}-04-01`;
  return issues.flatMap((issue) =>
    issue.indicators.flatMap((indicator) => {
      const { baseline, target, targetFiscalYear, actual } = indicator;
      if (baseline === null || target === null || targetFiscalYear === null || actual === null) return [];
      const path = { direction: indicator.direction, baseline, baselineDate, target, targetFiscalYear };
      if (!isOffTrack(path, actual, period.asOfDate)) return [];
      return [{ issue, indicator, expected: expectedOnPath(path, period.asOfDate) }];
    }),
  );
}
