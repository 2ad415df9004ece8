import { describe, expect, it } from "vitest";
import { dueDate, formatDue, type MilestoneDue, milestoneState, timelineYear } from "@/lib/domain/milestone-rules";

const due = (spec: Partial<MilestoneDue>): MilestoneDue => ({ precision: "DAY", plannedDate: null, plannedFiscalYear: null, plannedFrom: false, ...spec });

// The seed's B(2) milestones, judged with 2024-11-30 selected (issue 20, item 2).
const mid = due({ precision: "MID_MONTH", plannedDate: "2024-12-01", plannedFiscalYear: 2024 }); // 12月中旬頃
const march = due({ precision: "MONTH", plannedDate: "2025-03-01", plannedFiscalYear: 2024 }); // 来年３月
const fy = due({ precision: "FISCAL_YEAR", plannedFiscalYear: 2025 }); // 令和７年度まで
const from = due({ precision: "FISCAL_YEAR", plannedFiscalYear: 2025, plannedFrom: true }); // 令和７年度以降

describe("when a milestone is due", () => {
  it("a day is due that day", () => {
    expect(dueDate(due({ plannedDate: "2024-10-16" }))).toBe("2024-10-16");
  });
  it("a month is due at its end (来年３月 → 31 March, not the 1st)", () => {
    expect(dueDate(march)).toBe("2025-03-31");
    expect(dueDate(due({ precision: "MONTH", plannedDate: "2024-02-01" }))).toBe("2024-02-29");
  });
  it("上旬 by the 10th, 中旬 by the 20th, 下旬 by the month's end", () => {
    expect(dueDate({ ...mid, precision: "EARLY_MONTH" })).toBe("2024-12-10");
    expect(dueDate(mid)).toBe("2024-12-20");
    expect(dueDate({ ...mid, precision: "LATE_MONTH" })).toBe("2024-12-31");
  });
  it("a fiscal year by 31 March after it", () => {
    expect(dueDate(fy)).toBe("2026-03-31");
  });
  it("「…以降」 is a start, not a deadline; nothing dated, nothing due", () => {
    expect(dueDate(from)).toBeNull();
    expect(dueDate(due({}))).toBeNull();
  });
});

describe("a milestone as of the reporting date shown (not today)", () => {
  it("with 2024-11-30 selected, items due 12月中旬, 来年３月 and 令和７年度以降 are planned, not late", () => {
    for (const item of [mid, march, fy, from]) expect(milestoneState(item, null, "2024-11-30")).toBe("PLANNED");
  });
  it("中旬 is late from the 21st, a month from the 1st of the next", () => {
    expect(milestoneState(mid, null, "2024-12-20")).toBe("PLANNED");
    expect(milestoneState(mid, null, "2024-12-21")).toBe("LATE");
    expect(milestoneState(march, null, "2025-03-31")).toBe("PLANNED");
    expect(milestoneState(march, null, "2025-04-01")).toBe("LATE");
  });
  it("a fiscal-year item is late from 1 April after it; an 以降 item never is", () => {
    expect(milestoneState(fy, null, "2026-03-31")).toBe("PLANNED");
    expect(milestoneState(fy, null, "2026-04-01")).toBe("LATE");
    expect(milestoneState(from, null, "2030-04-01")).toBe("PLANNED");
  });
  it("done counts from its done date: a later completion is not shown in an earlier view", () => {
    expect(milestoneState(march, "2025-03-15", "2025-03-14")).toBe("PLANNED");
    expect(milestoneState(march, "2025-03-15", "2025-03-15")).toBe("DONE");
    expect(milestoneState(march, "2025-05-01", "2025-05-31")).toBe("DONE");
    expect(milestoneState(march, "2025-05-01", "2025-04-30")).toBe("LATE");
  });
});

describe("timeline year and wording", () => {
  it("places a milestone in its planned fiscal year, or the fiscal year of its planned date", () => {
    expect(timelineYear(fy)).toBe(2025);
    expect(timelineYear(due({ plannedDate: "2025-03-01" }))).toBe(2024);
    expect(timelineYear(due({}))).toBeNull();
  });
  it("says the date as precisely as it is known", () => {
    expect(formatDue(mid, "ja")).toBe("令和6年12月中旬");
    expect(formatDue(mid, "en")).toBe("mid-Dec 2024");
    expect(formatDue(march, "ja")).toBe("令和7年3月");
    expect(formatDue(due({ plannedDate: "2024-10-16" }), "ja")).toBe("令和6年10月16日");
    expect(formatDue(from, "ja")).toBe("令和7年度以降");
    expect(formatDue(from, "en")).toBe("FY2025 onward");
    expect(formatDue(due({}), "ja")).toBeNull();
  });
});
