import { describe, expect, it } from "vitest";
import { openPeriod } from "@/lib/commands/periods";
import { getCityOverview } from "@/lib/data/city-overview";
import { getBureauDashboard, getCompletenessTrend } from "@/lib/data/dashboard";
import { resolveDashboardScope } from "@/lib/data/dashboard-scope";
import { db } from "@/lib/db";
import { progressStatuses } from "@/lib/domain/progress-rules";
import { parseDashboardFilters } from "@/lib/validation/dashboard";
import { createDocument, createUser } from "@/tests/factories/documents";
import { asOfIssue } from "@/tests/factories/reporting";

// Issue 15: the bureau overview's and the city view's charts are counted from
// the same rows as the tables and lists they summarise.

const sum = (values: number[]) => values.reduce((total, n) => total + n, 0);

/** A bureau with issues in areas A and B: all approved for 2024-11-30; for 2025-05-31 one submitted, one approved, one returned, one saved draft, one untouched copy. */
async function bureauWithTwoDates() {
  const bureau = await createDocument(db, {
    areas: [
      { code: "A", name: "Ａ領域", description: "", descriptionInDocument: false },
      { code: "B", name: "Ｂ領域", description: "", descriptionInDocument: false },
    ],
    issues: [asOfIssue("A(1)", 1), asOfIssue("A(2)", 2), asOfIssue("A(3)", 3), asOfIssue("A(4)", 4), { ...asOfIssue("B(1)", 5), area: "B", progress: { text: "完了", status: "COMPLETED" } }],
  });
  const manager = await createUser(db, { role: "MANAGER", bureauId: bureau.bureauId });
  const opened = await openPeriod(manager.actor, { bureauId: bureau.bureauId, asOfDate: "2025-05-31", deadline: "" }, "ja");
  if (!opened.ok) throw new Error("could not open 2025-05-31");
  const report = async (code: string) => db.progressReport.findFirstOrThrow({ where: { periodId: opened.data.periodId, issue: { code, documentId: bureau.documentId } } });
  await db.progressReport.update({ where: { id: (await report("A(1)")).id }, data: { workflowState: "SUBMITTED", carriedForward: false } });
  await db.progressReport.update({ where: { id: (await report("A(2)")).id }, data: { workflowState: "APPROVED", status: "DELAYED", carriedForward: false } });
  await db.progressReport.update({ where: { id: (await report("A(3)")).id }, data: { workflowState: "RETURNED", carriedForward: false } });
  await db.progressReport.update({ where: { id: (await report("A(4)")).id }, data: { workflowState: "DRAFT", carriedForward: false } });
  const { code } = await db.bureau.findUniqueOrThrow({ where: { id: bureau.bureauId } });
  return { ...bureau, code, manager };
}

describe("charts of the bureau overview and the city view", () => {
  it("bureau: completeness by date matches the first row's submitted/expected and the approved reports of the section table, whatever the filters", async () => {
    const bureau = await bureauWithTwoDates();
    const filters = parseDashboardFilters({ bureau: bureau.code, date: "2025-05-31" });
    const scope = await resolveDashboardScope(bureau.manager.actor, filters);
    const trend = await getCompletenessTrend(scope);
    expect(trend).toEqual([
      { date: "2024-11-30", expected: 5, submitted: 5, approved: 5 },
      { date: "2025-05-31", expected: 5, submitted: 2, approved: 1 },
    ]);
    const dashboard = (await getBureauDashboard(scope, filters))!;
    expect({ submitted: trend[1]!.submitted, expected: trend[1]!.expected }).toEqual({ submitted: dashboard.totals.submitted, expected: dashboard.totals.expected });
    expect(trend[1]!.approved).toBe(sum(dashboard.sections.map((s) => s.counts.APPROVED)));
    // The stacked bars are the area table's rows: approved status per area, the rest 未報告.
    expect(dashboard.areaStatus.map((area) => [area.code, area.counts.DELAYED, area.counts.COMPLETED, area.none])).toEqual([["A", 1, 0, 3], ["B", 0, 0, 1]]);

    // An earlier date shows the dates up to it only; a filter narrows the lists, not the bureau's trend.
    const earlier = parseDashboardFilters({ bureau: bureau.code, date: "2024-11-30" });
    expect(await getCompletenessTrend(await resolveDashboardScope(bureau.manager.actor, earlier))).toEqual(trend.slice(0, 1));
    const areaB = parseDashboardFilters({ bureau: bureau.code, date: "2025-05-31", area: "B" });
    expect(await getCompletenessTrend(await resolveDashboardScope(bureau.manager.actor, areaB))).toEqual(trend);
  });

  it("city: status by area adds up to the list's status columns, and each date's completeness to its rows", async () => {
    const bureau = await bureauWithTwoDates();
    const cityManager = await createUser(db, { role: "MANAGER" });
    const overview = await getCityOverview(cityManager.actor, "2025-05-31");
    const { rows, areas, trend } = overview;
    for (const status of progressStatuses) {
      expect(sum(areas.map((area) => area.counts.byStatus[status])), status).toBe(sum(rows.map((row) => row.byStatus[status])));
    }
    expect(sum(areas.map((area) => area.counts.notReported))).toBe(sum(rows.map((row) => row.notReported)));
    expect(sum(areas.map((area) => area.counts.total))).toBe(sum(rows.map((row) => row.total)));
    expect(areas.map((area) => area.code)).toEqual([...areas.map((area) => area.code)].sort());

    // Each date of the trend is the list of that date, added up.
    const dates = trend.map((row) => row.date);
    expect(dates).toContain("2024-11-30");
    expect(dates.at(-1)).toBe("2025-05-31");
    for (const row of trend.filter((r) => r.date === "2024-11-30" || r.date === "2025-05-31")) {
      const list = row.date === "2025-05-31" ? rows : (await getCityOverview(cityManager.actor, row.date)).rows;
      expect(row, row.date).toEqual({
        date: row.date,
        expected: sum(list.map((r) => r.total)),
        submitted: sum(list.map((r) => r.byState.SUBMITTED + r.byState.APPROVED)),
        approved: sum(list.map((r) => r.byState.APPROVED)),
      });
    }
    // This bureau's own row: one submitted, one approved (DELAYED), one returned, one draft, one untouched copy.
    const own = rows.find((row) => row.id === bureau.bureauId)!;
    expect([own.byState.SUBMITTED, own.byState.APPROVED, own.byState.RETURNED, own.byState.DRAFT, own.notReported, own.byStatus.DELAYED]).toEqual([1, 1, 1, 1, 1, 1]);
  });
});
