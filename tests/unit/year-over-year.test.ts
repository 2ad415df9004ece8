import { describe, expect, it } from "vitest";
import { defaultGradeThresholds } from "@/lib/domain/kpi-evaluation";
import { type LineageIndicator, yearOverYear } from "@/lib/domain/year-over-year";

const visitors = (values: LineageIndicator["values"], target = 200): LineageIndicator => ({
  name: "来訪者数", unit: "人", direction: "UP", baseline: 100, target, values,
});

describe("year over year", () => {
  it("gives each fiscal year the last figure reported on it, graded with that year's definition", () => {
    const { years, indicators } = yearOverYear(
      [
        // R6: the 11月末 figure, then the 5月末 report that closes the year.
        { fiscalYear: 2024, indicators: [visitors([{ reportingDate: "2024-11-30", actual: 150, carriedForward: false }, { reportingDate: "2025-05-31", actual: 220, carriedForward: false }])] },
        // R7's copy raised the target.
        { fiscalYear: 2025, indicators: [visitors([{ reportingDate: "2025-11-30", actual: 160, carriedForward: false }], 300)] },
      ],
      defaultGradeThresholds,
    );
    expect(years).toEqual([2024, 2025]);
    expect(indicators).toHaveLength(1);
    expect(indicators[0]!.points).toEqual([
      { fiscalYear: 2024, reportingDate: "2025-05-31", actual: 220, target: 200, evaluation: { rated: true, rate: 120, grade: "A", target: 200 } },
      { fiscalYear: 2025, reportingDate: "2025-11-30", actual: 160, target: 300, evaluation: { rated: true, rate: 30, grade: "D", target: 300 } },
    ]);
  });

  it("grades a decreasing indicator towards its lower target", () => {
    const waiting = (fiscalYear: number, actual: number) => ({
      fiscalYear,
      indicators: [{ name: "待機児童数", unit: "人", direction: "DOWN" as const, baseline: 50, target: 10, values: [{ reportingDate: `${fiscalYear}-11-30`, actual, carriedForward: false }] }],
    });
    const { indicators } = yearOverYear([waiting(2025, 10), waiting(2024, 30)], defaultGradeThresholds);
    expect(indicators[0]!.points.map((p) => [p.fiscalYear, p.evaluation])).toEqual([
      [2024, { rated: true, rate: 50, grade: "D", target: 10 }],
      [2025, { rated: true, rate: 100, grade: "B", target: 10 }],
    ]);
  });

  it("is 評価不能 (no actual) for a year without a figure or with only a carried-forward copy", () => {
    const { indicators } = yearOverYear(
      [
        { fiscalYear: 2024, indicators: [visitors([{ reportingDate: "2024-11-30", actual: 150, carriedForward: false }])] },
        { fiscalYear: 2025, indicators: [visitors([{ reportingDate: "2025-11-30", actual: 150, carriedForward: true }])] },
        { fiscalYear: 2026, indicators: [visitors([])] },
      ],
      defaultGradeThresholds,
    );
    expect(indicators[0]!.points.slice(1)).toEqual([
      { fiscalYear: 2025, reportingDate: "2025-11-30", actual: null, target: 200, evaluation: { rated: false, reason: "actualMissing" } },
      { fiscalYear: 2026, reportingDate: null, actual: null, target: 200, evaluation: { rated: false, reason: "actualMissing" } },
    ]);
  });

  it("prefers a year's own report to a later unchanged copy, and follows an indicator only one year has", () => {
    const { years, indicators } = yearOverYear(
      [
        { fiscalYear: 2024, indicators: [visitors([{ reportingDate: "2024-11-30", actual: 150, carriedForward: false }, { reportingDate: "2025-05-31", actual: 150, carriedForward: true }])] },
        { fiscalYear: 2025, indicators: [{ ...visitors([]), name: "新しい指標" }] },
      ],
      defaultGradeThresholds,
    );
    expect(years).toEqual([2024, 2025]);
    expect(indicators.map((i) => i.name)).toEqual(["来訪者数", "新しい指標"]);
    expect(indicators[0]!.points[0]).toMatchObject({ reportingDate: "2024-11-30", actual: 150, evaluation: { rated: true, rate: 50, grade: "D" } });
    expect(indicators[1]!.points.map((p) => p.evaluation)).toEqual([{ rated: false, reason: "actualMissing" }, { rated: false, reason: "actualMissing" }]);
  });
});
