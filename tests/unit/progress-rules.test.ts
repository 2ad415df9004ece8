import { describe, expect, it } from "vitest";
import { completeness, countBy, expectedOnPath, isOffTrack, isOverdue, progressStatuses, workflowStates } from "@/lib/domain/progress-rules";

describe("counts and completeness", () => {
  it("counts every status, zero included", () => {
    expect(countBy(progressStatuses, ["ON_TRACK", "ON_TRACK", "DELAYED"])).toEqual({ NOT_STARTED: 0, ON_TRACK: 2, PARTLY_DELAYED: 0, DELAYED: 1, COMPLETED: 0 });
    expect(countBy(workflowStates, [])).toEqual({ DRAFT: 0, SUBMITTED: 0, APPROVED: 0, RETURNED: 0 });
  });
  it("takes completeness as the approved share", () => {
    expect(completeness(["APPROVED", "SUBMITTED", "DRAFT", "APPROVED"])).toBe(0.5);
    expect(completeness([])).toBe(0);
  });
});

describe("overdue reports", () => {
  const period = { deadline: new Date("2025-06-14T00:00:00Z"), status: "OPEN" as const };
  it("are drafts or returned reports after the deadline day has ended in Japan", () => {
    expect(isOverdue({ workflowState: "DRAFT" }, period, new Date("2025-06-14T14:59:59Z"))).toBe(false); // 23:59:59 JST
    expect(isOverdue({ workflowState: "DRAFT" }, period, new Date("2025-06-14T16:00:00Z"))).toBe(true); // 06-15 01:00 JST
    expect(isOverdue({ workflowState: "RETURNED" }, period, new Date("2025-07-01T00:00:00Z"))).toBe(true);
  });
  it("are never submitted or approved ones, nor those of closed periods or periods without a deadline", () => {
    const late = new Date("2025-07-01T00:00:00Z");
    expect(isOverdue({ workflowState: "SUBMITTED" }, period, late)).toBe(false);
    expect(isOverdue({ workflowState: "APPROVED" }, period, late)).toBe(false);
    expect(isOverdue({ workflowState: "DRAFT" }, { ...period, status: "CLOSED" }, late)).toBe(false);
    expect(isOverdue({ workflowState: "DRAFT" }, { deadline: null, status: "OPEN" }, late)).toBe(false);
  });
});

describe("indicators off track", () => {
  // From 6 sites on 2024-03-31 to 10 at the end of FY2025 (2026-03-31): two years, +2 a year.
  const sites = { direction: "UP" as const, baseline: 6, baselineDate: "2024-03-31", target: 10, targetFiscalYear: 2025 };
  it("places the straight-line path", () => {
    expect(expectedOnPath(sites, "2024-03-31")).toBe(6);
    expect(expectedOnPath(sites, "2026-03-31")).toBe(10);
    expect(expectedOnPath(sites, "2025-03-31")).toBeCloseTo(8, 1);
    expect(expectedOnPath(sites, "2030-01-01")).toBe(10);
    expect(expectedOnPath(sites, "2020-01-01")).toBe(6);
  });
  it("flags actuals behind the path in the indicator's direction", () => {
    expect(isOffTrack(sites, 7, "2025-03-31")).toBe(true);
    expect(isOffTrack(sites, 8, "2025-03-31")).toBe(false);
    expect(isOffTrack(sites, null, "2025-03-31")).toBe(false);
    const waste = { direction: "DOWN" as const, baseline: 100, baselineDate: "2024-03-31", target: 80, targetFiscalYear: 2025 };
    expect(isOffTrack(waste, 95, "2025-03-31")).toBe(true);
    expect(isOffTrack(waste, 88, "2025-03-31")).toBe(false);
  });
});
