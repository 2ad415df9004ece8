import { fiscalYearOf, fiscalYearRange } from "./dates";

export type MilestoneState = "DONE" | "PLANNED" | "LATE";

export interface MilestoneDates {
  /** "YYYY-MM-DD" or null. */
  plannedDate: string | null;
  plannedFiscalYear: number | null;
  doneDate: string | null;
}

/** When a milestone is due: its planned date, else the last day of its planned fiscal year. */
export function dueDate(milestone: MilestoneDates): string | null {
  if (milestone.plannedDate !== null) return milestone.plannedDate;
  return milestone.plannedFiscalYear === null ? null : fiscalYearRange(milestone.plannedFiscalYear).end;
}

/** Done by `today`, late (due before `today` and not done), or still planned. */
export function milestoneState(milestone: MilestoneDates, today: string): MilestoneState {
  if (milestone.doneDate !== null && milestone.doneDate <= today) return "DONE";
  const due = dueDate(milestone);
  return due !== null && due < today ? "LATE" : "PLANNED";
}

/** The fiscal year a milestone belongs on in the timeline (null: unscheduled). */
export function timelineYear(milestone: MilestoneDates): number | null {
  if (milestone.plannedFiscalYear !== null) return milestone.plannedFiscalYear;
  return milestone.plannedDate === null ? null : fiscalYearOf(milestone.plannedDate);
}
