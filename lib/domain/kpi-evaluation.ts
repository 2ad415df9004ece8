import type { IndicatorDirection } from "@/generated/prisma/sqlite/enums";
import { reportingFiscalYear, type DateInput } from "./dates";

// KPI evaluation as the city's 行政評価 grades it: an achievement rate from the
// baseline to the target (in the indicator's direction), then a grade by
// thresholds (A ≥120 %, B 100–119 %, C 70–99 %, D ≤69 % by default).

export const kpiGrades = ["A", "B", "C", "D"] as const;
export type KpiGrade = (typeof kpiGrades)[number];

/** The lowest rate (percent) of grades A, B and C; below `c` is D. */
export interface GradeThresholds {
  a: number;
  b: number;
  c: number;
}

export const defaultGradeThresholds: GradeThresholds = { a: 120, b: 100, c: 70 };

/**
 * Reads "120,100,70" (A, B, C lower bounds in percent, strictly decreasing);
 * null for anything else, so a bad setting is reported, not half-applied.
 */
export function parseGradeThresholds(text: string): GradeThresholds | null {
  const parts = text.split(",").map((part) => part.trim());
  if (parts.length !== 3 || parts.some((part) => !/^\d{1,4}(\.\d)?$/.test(part))) return null;
  const [a, b, c] = parts.map(Number) as [number, number, number];
  return a > b && b > c && c > 0 ? { a, b, c } : null;
}

/** Why an indicator gets 評価不能 instead of a grade. */
export const unratedReasons = [
  "noDirection",
  "targetMissing",
  "actualMissing",
  "baselineEqualsTarget",
  "zeroTarget",
  "zeroActual",
  "cumulativeDecreasing",
] as const;
export type UnratedReason = (typeof unratedReasons)[number];

/**
 * POINT: a state at the reporting date (a rate, a count in force).
 * CUMULATIVE: a running total since the baseline (件数の累計); the baseline is
 * what had accumulated before (none given: 0).
 */
export type IndicatorMeasure = "POINT" | "CUMULATIVE";

export interface KpiInput {
  direction: IndicatorDirection | null;
  measure: IndicatorMeasure;
  baseline: number | null;
  /** The plan's final target. */
  target: number | null;
  /** Targets a plan sets for single fiscal years; the one of the reporting year replaces `target`. */
  yearlyTargets?: ReadonlyMap<number, number>;
  /** The fiscal year the actual reports on. */
  fiscalYear: number;
  actual: number | null;
}

export type KpiEvaluation =
  | { rated: true; rate: number; grade: KpiGrade; target: number }
  | { rated: false; reason: UnratedReason };

/** The rate as published: one decimal, computed so 0.7 × 100 is 70.0, not 70.00000000000001. */
function toPublishedRate(ratio: number): number {
  return Math.round(Number((ratio * 1000).toPrecision(12))) / 10;
}

export function gradeOf(rate: number, thresholds: GradeThresholds = defaultGradeThresholds): KpiGrade {
  if (rate >= thresholds.a) return "A";
  if (rate >= thresholds.b) return "B";
  if (rate >= thresholds.c) return "C";
  return "D";
}

/**
 * The achievement rate (percent) and grade of one actual. With a baseline the
 * rate is the share of the way from baseline to target; without one it is the
 * ratio actual / target (target / actual when lower is better).
 */
export function evaluateKpi(input: KpiInput, thresholds: GradeThresholds = defaultGradeThresholds): KpiEvaluation {
  const { direction, measure, actual } = input;
  const target = input.yearlyTargets?.get(input.fiscalYear) ?? input.target;
  if (direction === null) return { rated: false, reason: "noDirection" };
  if (target === null) return { rated: false, reason: "targetMissing" };
  if (actual === null) return { rated: false, reason: "actualMissing" };
  // A running total only grows; "less is better" has no path on it.
  if (measure === "CUMULATIVE" && direction === "DOWN") return { rated: false, reason: "cumulativeDecreasing" };
  const baseline = input.baseline ?? (measure === "CUMULATIVE" ? 0 : null);
  let ratio: number;
  if (baseline !== null) {
    if (baseline === target) return { rated: false, reason: "baselineEqualsTarget" };
    // (actual − baseline) / (target − baseline) holds for both directions: a
    // decrease towards a lower target divides two negative distances.
    ratio = (actual - baseline) / (target - baseline);
  } else if (direction === "UP") {
    if (target === 0) return { rated: false, reason: "zeroTarget" };
    ratio = actual / target;
  } else {
    if (target === 0) return { rated: false, reason: "zeroTarget" };
    if (actual === 0) return { rated: false, reason: "zeroActual" };
    ratio = target / actual;
  }
  const rate = toPublishedRate(ratio);
  return { rated: true, rate, grade: gradeOf(rate, thresholds), target };
}

/** An indicator's definition as stored, for evaluating what was reported for a date. */
export interface KpiDefinition {
  direction: IndicatorDirection | null;
  measure?: IndicatorMeasure;
  baseline: number | null;
  target: number | null;
  yearlyTargets?: ReadonlyMap<number, number>;
}

/**
 * The evaluation of one reported value: the fiscal year is the one the
 * reporting date reports on (the 5月末 report closes the year before), and a
 * carried-forward copy (「前回値・未更新」) is not a report, so it is not rated.
 */
export function evaluateReported(
  definition: KpiDefinition,
  value: { reportingDate: DateInput; actual: number | null; carriedForward: boolean },
  thresholds: GradeThresholds = defaultGradeThresholds,
): KpiEvaluation {
  return evaluateKpi(
    { ...definition, measure: definition.measure ?? "POINT", fiscalYear: reportingFiscalYear(value.reportingDate), actual: value.carriedForward ? null : value.actual },
    thresholds,
  );
}

export const gradeColumns = [...kpiGrades, "UNRATED"] as const;
export type GradeColumn = (typeof gradeColumns)[number];

/** How many evaluations fall in each grade and in 評価不能 (every column present, zero included). */
export function gradeDistribution(evaluations: readonly KpiEvaluation[]): Record<GradeColumn, number> {
  const counts: Record<GradeColumn, number> = { A: 0, B: 0, C: 0, D: 0, UNRATED: 0 };
  for (const evaluation of evaluations) counts[evaluation.rated ? evaluation.grade : "UNRATED"] += 1;
  return counts;
}
