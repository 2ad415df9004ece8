import { describe, expect, it } from "vitest";
import { dashboardQuery, parseDashboardFilters } from "@/lib/validation/dashboard";

describe("dashboard filters in the URL", () => {
  it("reads every filter and writes the same query back", () => {
    const params = { bureau: "seisaku", fy: "2024", date: "2024-11-30", area: "B", status: "DELAYED", section: "c1", partner: "p1", affiliated: "1", q: "ＳＤＧｓ" };
    const filters = parseDashboardFilters(params);
    expect(filters).toEqual({ ...params, fy: 2024, affiliated: true });
    expect(new URLSearchParams(dashboardQuery(filters).slice(1)).get("q")).toBe("ＳＤＧｓ");
    expect(parseDashboardFilters(Object.fromEntries(new URLSearchParams(dashboardQuery(filters).slice(1))))).toEqual(filters);
  });
  it("drops values that do not parse instead of failing the page", () => {
    const filters = parseDashboardFilters({ date: "2024-02-30", status: "BOGUS", fy: "令和6", area: "AB", section: "x'; DROP TABLE", q: "x".repeat(101) });
    expect(filters).toEqual({ bureau: undefined, fy: undefined, date: undefined, area: undefined, status: undefined, section: undefined, partner: undefined, affiliated: false, q: undefined });
    expect(dashboardQuery(filters)).toBe("");
  });
  it("takes the first of repeated values", () => {
    expect(parseDashboardFilters({ area: ["C", "A"] }).area).toBe("C");
  });
});
