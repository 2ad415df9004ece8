import { describe, expect, it } from "vitest";
import { dueDate, milestoneState, timelineYear } from "@/lib/domain/milestone-rules";

describe("milestone rules", () => {
  const analysis = { plannedDate: null, plannedFiscalYear: 2025, doneDate: null };
  it("takes the planned date as due, else the last day of the planned fiscal year", () => {
    expect(dueDate({ ...analysis, plannedDate: "2025-10-16" })).toBe("2025-10-16");
    expect(dueDate(analysis)).toBe("2026-03-31");
    expect(dueDate({ ...analysis, plannedFiscalYear: null })).toBeNull();
  });
  it("is done once its done date has come, late after its due date, planned otherwise", () => {
    expect(milestoneState({ ...analysis, doneDate: "2025-12-01" }, "2025-12-01")).toBe("DONE");
    expect(milestoneState({ ...analysis, doneDate: "2025-12-01" }, "2025-11-30")).toBe("PLANNED");
    expect(milestoneState(analysis, "2026-03-31")).toBe("PLANNED");
    expect(milestoneState(analysis, "2026-04-01")).toBe("LATE");
    expect(milestoneState({ plannedDate: null, plannedFiscalYear: null, doneDate: null }, "2100-01-01")).toBe("PLANNED");
  });
  it("places a milestone in its planned fiscal year, or the fiscal year of its planned date", () => {
    expect(timelineYear(analysis)).toBe(2025);
    expect(timelineYear({ plannedDate: "2025-03-01", plannedFiscalYear: null, doneDate: null })).toBe(2024);
    expect(timelineYear({ plannedDate: null, plannedFiscalYear: null, doneDate: null })).toBeNull();
  });
});
