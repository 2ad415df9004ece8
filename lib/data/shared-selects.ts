import type { Prisma } from "@/generated/prisma/sqlite/client";
import { parsePlainDate, toPlainDate } from "@/lib/domain/dates";
import type { MilestoneDue } from "@/lib/domain/milestone-rules";

/** An indicator's definition (without its values), as every page that shows indicators reads it. */
export const indicatorDefinitionSelect = {
  id: true,
  name: true,
  unit: true,
  direction: true,
  baseline: true,
  baselineLabel: true,
  target: true,
  targetFiscalYear: true,
} as const satisfies Prisma.IndicatorSelect;

/** ①–④ with the matrix title and bullets: the fields an issue and each of its revisions hold. */
export const issueTextSelect = {
  name: true,
  matrixTitle: true,
  summaryBullets: true,
  content: true,
  background: true,
  measuresHeading: true,
  measures: true,
} as const satisfies Prisma.IssueSelect & Prisma.IssueRevisionSelect;

/** An issue revision's ①–④ and definitions (IssueRevision.details), as the issue page and "as of" views read it. */
export const revisionSelect = { ...issueTextSelect, version: true, createdAt: true, details: true } as const satisfies Prisma.IssueRevisionSelect;

/**
 * Rows (reports, indicator values) of reporting dates up to and including the
 * chosen one: what was known then. No chosen date means every date.
 */
export function periodUpTo(period: { asOfDate: string } | null) {
  return period ? { period: { asOfDate: { lte: parsePlainDate(period.asOfDate) } } } : {};
}

/** When a milestone is planned, as every page that judges milestones reads it. */
export const milestoneDueSelect = {
  plannedDate: true,
  plannedFiscalYear: true,
  plannedPrecision: true,
  plannedFrom: true,
  plannedText: true,
} as const satisfies Prisma.MilestoneSelect;

/** A milestone row's planned date as the pure rules take it. */
export function toMilestoneDue(row: { plannedDate: Date | null; plannedFiscalYear: number | null; plannedPrecision: MilestoneDue["precision"]; plannedFrom: boolean }): MilestoneDue {
  return {
    precision: row.plannedPrecision,
    plannedDate: row.plannedDate === null ? null : toPlainDate(row.plannedDate),
    plannedFiscalYear: row.plannedFiscalYear,
    plannedFrom: row.plannedFrom,
  };
}
