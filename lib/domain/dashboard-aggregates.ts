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
  /** Copied from the previous report when the period opened, not saved by anyone since. */
  carriedForward: boolean;
}

export interface DashboardIndicator {
  id: string;
  name: string;
  unit: string;
  direction: IndicatorDirection | null;
  baseline: number | null;
  target: number | null;
  targetFiscalYear: number | null;
  actual: number | null;
  /** The actual was copied from the previous period, not reported for this one. */
  carriedForward: boolean;
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

/**
/**
 * The report a person has written for the date: none when there is no report
 * or it is still the carried-forward copy (「前回値・未更新」), which counts as 未報告.
 */
export function reportedReport(issue: DashboardIssue): DashboardReport | null {
  return issue.report !== null && !issue.report.carriedForward ? issue.report : null;
}

/**
 * Issues by area × the status approved for the date, as the export for it has
 * them; `none` counts issues without an approved report (no report, the
 * carried-forward copy, a draft or a submission are not yet reported).
 */
export function areaStatusTable(issues: readonly DashboardIssue[]) {
  const areas = new Map<string, { code: string; name: string; statuses: ProgressStatus[]; none: number }>();
  for (const issue of issues) {
    const row = areas.get(issue.area.code) ?? { ...issue.area, statuses: [], none: 0 };
    if (issue.report?.workflowState === "APPROVED") row.statuses.push(issue.report.status);
    else row.none += 1;
    areas.set(issue.area.code, row);
  }
  return [...areas.values()]
    .sort((a, b) => a.code.localeCompare(b.code))
    .map(({ statuses, ...area }) => ({ ...area, counts: countBy(progressStatuses, statuses), total: statuses.length + area.none }));
}

/** Per owning section: reports in each workflow state, those not reported (`none`), and the share approved. */
export function sectionCompleteness(issues: readonly DashboardIssue[]) {
  const sections = new Map<string, { id: string; name: string; states: WorkflowState[]; none: number }>();
  for (const issue of issues) {
    const row = sections.get(issue.owningSection.id) ?? { ...issue.owningSection, states: [], none: 0 };
    const report = reportedReport(issue);
    if (report) row.states.push(report.workflowState);
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

/**
 * Reports the authors have sent in for the date (submitted or approved; a
 * returned report is back with them) out of one expected per issue.
 */
export function submittedOfExpected(issues: readonly DashboardIssue[]) {
  const submitted = issues.filter((issue) => issue.report?.workflowState === "SUBMITTED" || issue.report?.workflowState === "APPROVED").length;
  return { submitted, expected: issues.length };
}

/** The most recently changed reports, newest first (an untouched carried-forward copy is no change). */
export function recentlyChanged(issues: readonly DashboardIssue[], limit: number) {
  return issues
    .filter((issue): issue is DashboardIssue & { report: DashboardReport } => reportedReport(issue) !== null)
    .sort((a, b) => b.report.updatedAt.getTime() - a.report.updatedAt.getTime())
    .slice(0, limit);
}

/** Why an indicator cannot be judged ahead of or behind its path. */
export type UnjudgedReason = "noTarget" | "noTargetYear" | "noBaseline" | "noDirection" | "notReported";

/**
 * Each indicator of the issues judged against the straight line from baseline
 * to target: `offTrack` those behind it, `unjudged` those that cannot be judged,
 * with every reason (目標値未設定 …). The baseline is taken to hold on the first
 * day of the document's fiscal year (documents state it in words, not as a date).
 */
export function judgeIndicators(issues: readonly DashboardIssue[], period: PeriodRule, documentFiscalYear: number) {
  const baselineDate = `${documentFiscalYear}-04-01`;
  const offTrack: { issue: DashboardIssue; indicator: DashboardIndicator; expected: number }[] = [];
  const unjudged: { issue: DashboardIssue; indicator: DashboardIndicator; reasons: UnjudgedReason[] }[] = [];
  let judged = 0;
  for (const issue of issues) {
    for (const indicator of issue.indicators) {
      const { baseline, target, targetFiscalYear, actual, direction } = indicator;
      const reasons: UnjudgedReason[] = [];
      if (target === null) reasons.push("noTarget");
      if (targetFiscalYear === null) reasons.push("noTargetYear");
      if (baseline === null) reasons.push("noBaseline");
      if (direction === null) reasons.push("noDirection");
      if (actual === null || indicator.carriedForward) reasons.push("notReported");
      if (target === null || targetFiscalYear === null || baseline === null || direction === null || actual === null || reasons.length > 0) {
        unjudged.push({ issue, indicator, reasons });
        continue;
      }
      judged += 1;
      const path = { direction, baseline, baselineDate, target, targetFiscalYear };
      if (isOffTrack(path, actual, period.asOfDate)) offTrack.push({ issue, indicator, expected: expectedOnPath(path, period.asOfDate) });
    }
  }
  return { judged, offTrack, unjudged };
}
