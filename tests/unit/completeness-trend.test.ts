import { describe, expect, it } from "vitest";
import { completenessByDate, shareOf } from "@/lib/domain/completeness-trend";

describe("completeness by reporting date", () => {
  it("adds up the periods of each date, oldest date first", () => {
    const rows = completenessByDate([
      { asOfDate: "2025-05-31", expected: 4, submitted: 1, approved: 1 },
      { asOfDate: "2024-11-30", expected: 4, submitted: 3, approved: 2 },
      { asOfDate: "2024-11-30", expected: 5, submitted: 4, approved: 4 },
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
