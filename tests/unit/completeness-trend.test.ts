import { describe, expect, it } from "vitest";
import { completenessByDate, shareOf } from "@/lib/domain/completeness-trend";
import { countReports } from "@/lib/domain/progress-rules";

const counts = (rows: [state: "DRAFT" | "SUBMITTED" | "APPROVED" | "RETURNED", carriedForward: boolean, count: number][]) =>
  countReports(rows.map(([workflowState, carriedForward, count]) => ({ workflowState, status: "ON_TRACK", carriedForward, count })));

describe("completeness by reporting date", () => {
  it("adds up the periods of each date: submitted counts approved ones too, a returned report or an untouched copy does not", () => {
    const rows = completenessByDate([
      { asOfDate: "2025-05-31", counts: counts([["APPROVED", false, 1], ["DRAFT", true, 3]]) },
      { asOfDate: "2024-11-30", counts: counts([["APPROVED", false, 2], ["SUBMITTED", false, 1], ["RETURNED", false, 1]]) },
      { asOfDate: "2024-11-30", counts: counts([["APPROVED", false, 4], ["DRAFT", false, 1]]) },
    ]);
    expect(rows).toEqual([
      { date: "2024-11-30", expected: 9, submitted: 7, approved: 6 },
      { date: "2025-05-31", expected: 4, submitted: 1, approved: 1 },
    ]);
  });

  it("gives a share of 0 when nothing is expected", () => {
    expect(completenessByDate([])).toEqual([]);
    expect(shareOf(0, 0)).toBe(0);
    expect(shareOf(3, 4)).toBe(0.75);
  });
});
