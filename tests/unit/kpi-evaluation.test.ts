import { describe, expect, it } from "vitest";
import { defaultGradeThresholds, evaluateKpi, evaluateReported, gradeDistribution, gradeOf, parseGradeThresholds, type KpiInput } from "@/lib/domain/kpi-evaluation";
import { readEnv } from "@/lib/env";

// From 0 to 1000: the actual is the rate in tenths of a percent, so each boundary is exact input.
const rising: KpiInput = { direction: "UP", measure: "POINT", baseline: 0, target: 1000, fiscalYear: 2024, actual: null };
const at = (actual: number, input: KpiInput = rising) => evaluateKpi({ ...input, actual });

describe("grades at the city's default thresholds", () => {
  it.each([
    [699, 69.9, "D"],
    [700, 70, "C"],
    [999, 99.9, "C"],
    [1000, 100, "B"],
    [1199, 119.9, "B"],
    [1200, 120, "A"],
    [0, 0, "D"],
  ] as const)("actual %d of 1000 is %d %% → %s", (actual, rate, grade) => {
    expect(at(actual)).toEqual({ rated: true, rate, grade, target: 1000 });
  });

  it("rates from the baseline, not from zero", () => {
    // 40 → 50: reaching 47 is 70 % of the way, 46.99 just below.
    const base: KpiInput = { ...rising, baseline: 40, target: 50 };
    expect(at(47, base)).toMatchObject({ rate: 70, grade: "C" });
    expect(at(46.99, base)).toMatchObject({ rate: 69.9, grade: "D" });
    expect(at(52, base)).toMatchObject({ rate: 120, grade: "A" });
    expect(at(38, base)).toMatchObject({ rate: -20, grade: "D" });
  });

  it("keeps a rate that floating point puts a hair below a boundary on it", () => {
    // (0.3 − 0.1) / (0.3 − 0.1) … 0.7 × 100 = 70.00000000000001, 0.57 / 0.57 …
    expect(at(0.7, { ...rising, baseline: 0, target: 1 })).toMatchObject({ rate: 70, grade: "C" });
    expect(at(0.3, { ...rising, baseline: 0.1, target: 0.3 })).toMatchObject({ rate: 100, grade: "B" });
    expect(at(1.2 * 0.3, { ...rising, baseline: 0, target: 0.3 })).toMatchObject({ rate: 120, grade: "A" });
  });
});

describe("decreasing indicators (lower is better)", () => {
  // 100 → 0 (e.g. 待機児童数): the rate rises as the actual falls.
  const falling: KpiInput = { direction: "DOWN", measure: "POINT", baseline: 1000, target: 0, fiscalYear: 2024, actual: null };
  it.each([
    [301, 69.9, "D"],
    [300, 70, "C"],
    [1, 99.9, "C"],
    [0, 100, "B"],
    [-199, 119.9, "B"],
    [-200, 120, "A"],
    [1100, -10, "D"],
  ] as const)("actual %d from 1000 towards 0 is %d %% → %s", (actual, rate, grade) => {
    expect(at(actual, falling)).toMatchObject({ rated: true, rate, grade });
  });

  it("uses target / actual without a baseline", () => {
    const noBaseline: KpiInput = { direction: "DOWN", measure: "POINT", baseline: null, target: 70, fiscalYear: 2024, actual: null };
    expect(at(100, noBaseline)).toMatchObject({ rate: 70, grade: "C" });
    expect(at(70, noBaseline)).toMatchObject({ rate: 100, grade: "B" });
    expect(at(0, noBaseline)).toEqual({ rated: false, reason: "zeroActual" });
    expect(at(5, { ...noBaseline, target: 0 })).toEqual({ rated: false, reason: "zeroTarget" });
  });
});

describe("ratio without a baseline (increasing)", () => {
  const noBaseline: KpiInput = { ...rising, baseline: null, target: 200 };
  it("is actual / target", () => {
    expect(at(140, noBaseline)).toMatchObject({ rate: 70, grade: "C" });
    expect(at(239.8, noBaseline)).toMatchObject({ rate: 119.9, grade: "B" });
  });
  it("cannot divide by a target of 0", () => {
    expect(at(3, { ...noBaseline, target: 0 })).toEqual({ rated: false, reason: "zeroTarget" });
  });
});

describe("cumulative indicators and yearly targets", () => {
  const total: KpiInput = { direction: "UP", measure: "CUMULATIVE", baseline: null, target: 50, fiscalYear: 2025, actual: null };
  it("count a missing baseline as nothing accumulated yet", () => {
    expect(at(35, total)).toMatchObject({ rate: 70, grade: "C" });
    expect(at(35, { ...total, baseline: 10 })).toMatchObject({ rate: 62.5, grade: "D" });
  });
  it("cannot decrease", () => {
    expect(at(35, { ...total, direction: "DOWN" })).toEqual({ rated: false, reason: "cumulativeDecreasing" });
  });
  it("judge a year against that year's target where the plan sets one", () => {
    const yearly = { ...total, yearlyTargets: new Map([[2024, 20], [2025, 30]]) };
    expect(at(30, yearly)).toEqual({ rated: true, rate: 100, grade: "B", target: 30 });
    expect(at(24, { ...yearly, fiscalYear: 2024 })).toEqual({ rated: true, rate: 120, grade: "A", target: 20 });
    // No target for 2026: the final one.
    expect(at(30, { ...yearly, fiscalYear: 2026 })).toEqual({ rated: true, rate: 60, grade: "D", target: 50 });
  });
});

describe("評価不能", () => {
  it.each([
    [{ ...rising, target: null, actual: 5 }, "targetMissing"],
    [{ ...rising, actual: null }, "actualMissing"],
    [{ ...rising, direction: null, actual: 5 }, "noDirection"],
    [{ ...rising, baseline: 10, target: 10, actual: 12 }, "baselineEqualsTarget"],
  ] as const)("%o → %s", (input, reason) => {
    expect(evaluateKpi(input)).toEqual({ rated: false, reason });
  });
});

describe("thresholds", () => {
  it("are configurable", () => {
    const strict = { a: 110, b: 100, c: 80 };
    expect(gradeOf(110, strict)).toBe("A");
    expect(gradeOf(79.9, strict)).toBe("D");
    expect(evaluateKpi({ ...rising, actual: 1100 }, strict)).toMatchObject({ grade: "A" });
  });
  it("are read from the environment and refused when not decreasing", () => {
    expect(parseGradeThresholds("120,100,70")).toEqual(defaultGradeThresholds);
    expect(parseGradeThresholds(" 130, 100 ,75.5")).toEqual({ a: 130, b: 100, c: 75.5 });
    for (const bad of ["100,120,70", "120,100", "120,100,70,50", "a,b,c", "120,100,0", ""]) expect(parseGradeThresholds(bad)).toBeNull();
    expect(readEnv({ NODE_ENV: "test" }).KPI_GRADE_THRESHOLDS).toEqual(defaultGradeThresholds);
    expect(readEnv({ NODE_ENV: "test", KPI_GRADE_THRESHOLDS: "110,100,80" }).KPI_GRADE_THRESHOLDS).toEqual({ a: 110, b: 100, c: 80 });
    expect(() => readEnv({ NODE_ENV: "test", KPI_GRADE_THRESHOLDS: "70,100,120" })).toThrow(/KPI_GRADE_THRESHOLDS/);
  });
});

it("counts a distribution with every column", () => {
  expect(gradeDistribution([at(1200), at(1000), at(1000), { rated: false, reason: "actualMissing" }])).toEqual({ A: 1, B: 2, C: 0, D: 0, UNRATED: 1 });
});

describe("a reported value", () => {
  const definition = { direction: "UP" as const, baseline: 0, target: 10, yearlyTargets: new Map([[2023, 5]]) };
  it("is judged in the fiscal year it reports on", () => {
    // 2024-05-31 closes FY2023: its yearly target 5 applies; 2024-11-30 is FY2024, the final target.
    expect(evaluateReported(definition, { reportingDate: "2024-05-31", actual: 5, carriedForward: false })).toMatchObject({ rate: 100, target: 5 });
    expect(evaluateReported(definition, { reportingDate: "2024-11-30", actual: 5, carriedForward: false })).toMatchObject({ rate: 50, target: 10 });
  });
  it("is not rated while it is a carried-forward copy", () => {
    expect(evaluateReported(definition, { reportingDate: "2024-11-30", actual: 5, carriedForward: true })).toEqual({ rated: false, reason: "actualMissing" });
  });
});
