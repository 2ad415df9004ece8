import { describe, expect, it } from "vitest";
import { nextUsualAsOfDate, proposedDeadline } from "@/lib/domain/reporting-dates";

describe("nextUsualAsOfDate", () => {
  it("proposes the next end of May or November after the latest period", () => {
    expect(nextUsualAsOfDate("2024-11-30", "2025-01-10")).toBe("2025-05-31");
    expect(nextUsualAsOfDate("2025-05-31", "2025-06-01")).toBe("2025-11-30");
    expect(nextUsualAsOfDate("2024-08-31", "2024-09-01")).toBe("2024-11-30");
  });
  it("starts from today when the bureau has no period yet", () => {
    expect(nextUsualAsOfDate(null, "2025-05-31")).toBe("2025-05-31");
    expect(nextUsualAsOfDate(null, "2025-12-01")).toBe("2026-05-31");
  });
  it("proposes a deadline two weeks after the as-of date", () => {
    expect(proposedDeadline("2025-05-31")).toBe("2025-06-14");
  });
});
