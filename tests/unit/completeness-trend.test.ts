import { describe, expect, it } from "vitest";
import { completenessByDate, shareOf, withShownDates } from "@/lib/domain/completeness-trend";

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

  it("carries each date as the table shows it and as the chart's axis reads it, in the reader's language", () => {
    const rows = completenessByDate([{ asOfDate: "2025-05-31", expected: 4, submitted: 1, approved: 1 }]);
    expect(withShownDates(rows, "ja")).toEqual([{ ...rows[0], shown: "2025-05-31（令和7年5月31日）", axis: "令和7年5月31日" }]);
    expect(withShownDates(rows, "en")[0]).toMatchObject({ shown: "2025-05-31 (Reiwa 7, May 31)", axis: "2025-05-31 (Reiwa 7, May 31)" });
  });
});
