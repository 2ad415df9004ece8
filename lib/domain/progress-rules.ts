import { type IndicatorDirection, ProgressStatus, WorkflowState } from "@/generated/prisma/sqlite/enums";
import { isAfterJapanDay, parsePlainDate } from "./dates";

// The rules the manager dashboards apply, kept pure so they are tested on small
// fixtures with known answers (tests/unit/progress-rules.test.ts).

export const progressStatuses = Object.values(ProgressStatus);
export const workflowStates = Object.values(WorkflowState);

export function countBy<K extends string>(keys: readonly K[], values: readonly K[]): Record<K, number> {
  const counts = Object.fromEntries(keys.map((key) => [key, 0])) as Record<K, number>;
  for (const value of values) counts[value] += 1;
  return counts;
}

/** A period's reports counted by workflow state; an untouched carried-forward copy counts as not reported, in no state. */
export interface ReportCounts {
  notReported: number;
  byState: Record<WorkflowState, number>;
  byStatus: Record<ProgressStatus, number>;
  total: number;
}

/** Adds up grouped report counts (as a groupBy over workflowState, status and carriedForward returns them). */
export function countReports(rows: readonly { workflowState: WorkflowState; status: ProgressStatus; carriedForward: boolean; count: number }[]): ReportCounts {
  const counts: ReportCounts = { notReported: 0, byState: countBy(workflowStates, []), byStatus: countBy(progressStatuses, []), total: 0 };
  for (const row of rows) {
    counts.total += row.count;
    if (row.carriedForward) {
      counts.notReported += row.count;
      continue;
    }
    counts.byState[row.workflowState] += row.count;
    counts.byStatus[row.status] += row.count;
  }
  return counts;
}

/** Share of reports a manager no longer waits for: approved ones (0 when there are none). */
export function completeness(states: readonly WorkflowState[]): number {
  return states.length === 0 ? 0 : states.filter((s) => s === "APPROVED").length / states.length;
}

/** An open period whose deadline day has ended in Japan. */
export function isPastDeadline(period: { deadline: Date | null; status: "OPEN" | "CLOSED" }, now: Date): boolean {
  if (period.status !== "OPEN" || period.deadline === null) return false;
  return isAfterJapanDay(period.deadline, now);
}

/** Past its period's deadline and still with its authors (draft or returned), while the period is open. */
export function isOverdue(report: { workflowState: WorkflowState }, period: { deadline: Date | null; status: "OPEN" | "CLOSED" }, now: Date): boolean {
  return isPastDeadline(period, now) && (report.workflowState === "DRAFT" || report.workflowState === "RETURNED");
}

export interface IndicatorPath {
  /** Only an indicator whose document gives a direction has a path to judge. */
  direction: IndicatorDirection;
  baseline: number;
  /** When the baseline held ("YYYY-MM-DD"). */
  baselineDate: string;
  target: number;
  targetFiscalYear: number;
}

/** Where a straight line from baseline to target (reached at the end of its fiscal year, 31 March) stands on `date`. */
export function expectedOnPath(path: IndicatorPath, date: string): number {
  const start = parsePlainDate(path.baselineDate).getTime();
  const end = parsePlainDate(`${path.targetFiscalYear + 1}-03-31`).getTime();
  const at = parsePlainDate(date).getTime();
  if (end <= start) return path.target;
  const share = Math.min(Math.max((at - start) / (end - start), 0), 1);
  return path.baseline + (path.target - path.baseline) * share;
}

/** Off track: the actual is behind the straight-line path to the target, in the indicator's direction. */
export function isOffTrack(path: IndicatorPath, actual: number | null, date: string): boolean {
  if (actual === null) return false;
  const expected = expectedOnPath(path, date);
  return path.direction === "UP" ? actual < expected : actual > expected;
}
