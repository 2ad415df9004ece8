import { describe, expect, it } from "vitest";
import { countActiveDashboardFilters } from "@/lib/validation/active-dashboard-filters";
import { parseDashboardFilters } from "@/lib/validation/dashboard";

describe("the number on the 「絞り込み」 button", () => {
  it("counts every filter set in the URL except the bureau", () => {
    expect(countActiveDashboardFilters(parseDashboardFilters({}))).toBe(0);
    expect(countActiveDashboardFilters(parseDashboardFilters({ bureau: "seisaku" }))).toBe(0);
    expect(countActiveDashboardFilters(parseDashboardFilters({ area: "A", status: "ON_TRACK", affiliated: "1" }))).toBe(3);
    expect(countActiveDashboardFilters(parseDashboardFilters({ fy: "2024", date: "2024-11-30", q: "観光", section: "cm0000000000000000000000a" }))).toBe(4);
  });

  it("does not count what the URL names but the filters drop", () => {
    expect(countActiveDashboardFilters(parseDashboardFilters({ area: "not an area", affiliated: "0", q: "  " }))).toBe(0);
  });
});
