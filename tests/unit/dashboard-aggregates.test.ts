import { describe, expect, it } from "vitest";
import {
  areaStatusTable,
  type DashboardIndicator,
  type DashboardIssue,
  judgeIndicators,
  overdueIssues,
  recentlyChanged,
  sectionCompleteness,
  submittedOfExpected,
} from "@/lib/domain/dashboard-aggregates";

const day = (d: string) => new Date(`${d}T09:00:00Z`);
let nextId = 0;
function issue(area: string, section: string, report: Partial<NonNullable<DashboardIssue["report"]>> | null, indicators: DashboardIndicator[] = []): DashboardIssue {
  nextId += 1;
  return {
    id: `i${nextId}`,
    code: `${area}(${nextId})`,
    name: `課題${nextId}`,
    area: { code: area, name: `${area}領域` },
    owningSection: { id: section, name: `${section}課` },
    report: report && { id: `r${nextId}`, status: "ON_TRACK", workflowState: "DRAFT", updatedAt: day("2025-05-01"), carriedForward: false, ...report },
    indicators,
  };
}

// Five issues: A has two (one delayed and approved, one without a report), B three.
const issues = [
  issue("B", "s2", { status: "COMPLETED", workflowState: "SUBMITTED", updatedAt: day("2025-05-20") }),
  issue("A", "s1", { status: "DELAYED", workflowState: "APPROVED", updatedAt: day("2025-05-10") }),
  issue("A", "s1", null),
  issue("B", "s1", { status: "ON_TRACK", workflowState: "RETURNED", updatedAt: day("2025-05-30") }),
  issue("B", "s2", { status: "ON_TRACK", workflowState: "DRAFT", updatedAt: day("2025-05-01") }),
];

describe("dashboard aggregates on a known fixture", () => {
  it("counts issues by area × approved status; drafts, submissions and missing reports are not yet reported", () => {
    const table = areaStatusTable(issues);
    expect(table.map((row) => row.code)).toEqual(["A", "B"]);
    expect(table[0]).toMatchObject({ code: "A", none: 1, total: 2, counts: { DELAYED: 1, ON_TRACK: 0, COMPLETED: 0 } });
    expect(table[1]).toMatchObject({ code: "B", none: 3, total: 3, counts: { ON_TRACK: 0, COMPLETED: 0, DELAYED: 0 } });
  });

  it("gives each owning section its workflow counts and approved share (a missing report counts as not done)", () => {
    const [s2, s1] = sectionCompleteness(issues);
    expect(s2).toMatchObject({ id: "s2", total: 2, completeness: 0, counts: { SUBMITTED: 1, DRAFT: 1, APPROVED: 0, RETURNED: 0 } });
    expect(s1).toMatchObject({ id: "s1", total: 3, counts: { APPROVED: 1, RETURNED: 1, DRAFT: 0, SUBMITTED: 0 } });
    expect(s1!.completeness).toBeCloseTo(1 / 3);
  });

  it("counts submitted and approved reports out of one expected per issue (returned, drafts and missing ones are not sent in)", () => {
    expect(submittedOfExpected(issues)).toEqual({ submitted: 2, expected: 5 });
    expect(submittedOfExpected([])).toEqual({ submitted: 0, expected: 0 });
  });

  it("lists drafts and returned reports once the deadline day has passed", () => {
    const period = { asOfDate: "2025-05-31", deadline: new Date("2025-06-14T00:00:00Z"), status: "OPEN" as const };
    expect(overdueIssues(issues, period, new Date("2025-06-14T12:00:00Z"))).toEqual([]);
    expect(overdueIssues(issues, period, new Date("2025-06-15T00:00:00Z")).map((i) => i.report?.workflowState)).toEqual(["RETURNED", "DRAFT"]);
  });

  it("orders recently changed reports newest first and leaves out issues without one", () => {
    expect(recentlyChanged(issues, 3).map((i) => i.report.updatedAt.toISOString().slice(0, 10))).toEqual(["2025-05-30", "2025-05-20", "2025-05-10"]);
    expect(recentlyChanged(issues, 10)).toHaveLength(4);
  });

  it("finds indicators behind the straight line from the fiscal year's start to the target", () => {
    // Baseline 0 on 2024-04-01, target 12 at 2025-03-31: on 2024-10-01 the path stands near 6.
    const path = { unit: "件", direction: "UP" as const, baseline: 0, target: 12, targetFiscalYear: 2024, carriedForward: false };
    const behind = { id: "x1", name: "遅れ", actual: 4, ...path };
    const ahead = { id: "x2", name: "順調", actual: 7, ...path };
    const noTarget = { id: "x3", name: "目標なし", actual: 0, ...path, target: null };
    const noActual = { id: "x4", name: "未報告", actual: null, ...path };
    const down = { id: "x5", name: "減らす", actual: 9, ...path, direction: "DOWN" as const, baseline: 12, target: 0 };
    const { judged, offTrack } = judgeIndicators([issue("A", "s1", {}, [behind, ahead, noTarget, noActual, down])], { asOfDate: "2024-10-01", deadline: null, status: "CLOSED" }, 2024);
    expect(offTrack.map((f) => f.indicator.name)).toEqual(["遅れ", "減らす"]);
    expect(offTrack[0]!.expected).toBeCloseTo(6, 0);
    expect(judged).toBe(3);
  });

  it("counts and lists the indicators that cannot be judged, with every reason", () => {
    const base = { unit: "件", direction: "UP" as const, baseline: 0, target: 12, targetFiscalYear: 2024, actual: 1, carriedForward: false };
    const { judged, offTrack, unjudged } = judgeIndicators(
      [
        issue("A", "s1", {}, [
          { id: "y1", name: "目標なし", ...base, target: null, targetFiscalYear: null },
          { id: "y2", name: "方向なし", ...base, direction: null, baseline: null },
          { id: "y3", name: "前回値", ...base, carriedForward: true },
          { id: "y4", name: "未報告", ...base, actual: null },
        ]),
      ],
      { asOfDate: "2024-10-01", deadline: null, status: "OPEN" },
      2024,
    );
    // Nothing judged, so "no indicator is behind" would not be true: all four are listed instead.
    expect(judged).toBe(0);
    expect(offTrack).toEqual([]);
    expect(unjudged.map((u) => [u.indicator.name, u.reasons])).toEqual([
      ["目標なし", ["noTarget", "noTargetYear"]],
      ["方向なし", ["noBaseline", "noDirection"]],
      ["前回値", ["notReported"]],
      ["未報告", ["notReported"]],
    ]);
  });

  it("counts a carried-forward draft nowhere as reported: 未報告 in every table, not a recent change", () => {
    const copied = [
      issue("A", "s1", { status: "ON_TRACK", workflowState: "DRAFT", carriedForward: true }),
      issue("A", "s1", { status: "DELAYED", workflowState: "DRAFT", carriedForward: false, updatedAt: day("2025-06-02") }),
      issue("A", "s1", { status: "COMPLETED", workflowState: "APPROVED", carriedForward: false }),
    ];
    // The area table shows approved statuses only (what the export for the date has): the saved draft is not yet reported either.
    expect(areaStatusTable(copied)[0]).toMatchObject({ none: 2, total: 3, counts: { ON_TRACK: 0, DELAYED: 0, COMPLETED: 1 } });
    expect(sectionCompleteness(copied)[0]).toMatchObject({ none: 1, total: 3, counts: { DRAFT: 1, APPROVED: 1 } });
    expect(recentlyChanged(copied, 10).map((i) => i.report.status)).toEqual(["DELAYED", "COMPLETED"]);
    // Still with its authors after the deadline: overdue like any draft.
    const period = { asOfDate: "2025-05-31", deadline: new Date("2025-06-14T00:00:00Z"), status: "OPEN" as const };
    expect(overdueIssues(copied, period, new Date("2025-06-15T00:00:00Z"))).toHaveLength(2);
  });
});
