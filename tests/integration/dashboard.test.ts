import { randomBytes } from "node:crypto";
import { beforeAll, describe, expect, it } from "vitest";
import { AccessDeniedError } from "@/lib/auth/access-denied";
import { getCityOverview } from "@/lib/data/city-overview";
import { getBureauDashboard, getIndicatorHistory } from "@/lib/data/dashboard";
import { type DashboardScope, resolveDashboardScope } from "@/lib/data/dashboard-scope";
import { getMilestoneTimeline } from "@/lib/data/milestone-timeline";
import { getSectionMatrix } from "@/lib/data/section-matrix";
import { db } from "@/lib/db";
import { raiseReadModelStamps } from "@/lib/db/read-model-stamps";
import { parsePlainDate } from "@/lib/domain/dates";
import { type DashboardFilters, parseDashboardFilters } from "@/lib/validation/dashboard";
import { seisakukyokuR6 } from "@/prisma/seed-data/seisakukyoku-r6";
import { generateCity } from "@/scripts/bench/city-generator";
import { createUser } from "@/tests/factories/documents";

// Two bureaus of the benchmark generator (12 issues, reporting dates 2023-11-30,
// 2024-05-31 and 2024-11-30, the last one open), with the open period's reports
// then set by hand so every figure below is known.
const prefix = `dash-${randomBytes(3).toString("hex")}`;
const latest = parsePlainDate("2024-11-30");
const afterDeadline = new Date("2025-01-01T00:00:00Z");
const seedIssues = seisakukyokuR6.issues;
const noFilters = parseDashboardFilters({});

let first: { id: string; code: string };
let second: { id: string; code: string };
const issueIds = new Map<string, string>();

async function scopeFor(actor: Parameters<typeof resolveDashboardScope>[0], filters: Partial<DashboardFilters> = {}) {
  return resolveDashboardScope(actor, { ...noFilters, ...filters });
}

beforeAll(async () => {
  await generateCity(db, { bureaus: 2, issuesPerBureau: 12, reportingDates: 3, prefix });
  first = await db.bureau.findFirstOrThrow({ where: { code: `${prefix}-01` }, select: { id: true, code: true } });
  second = await db.bureau.findFirstOrThrow({ where: { code: `${prefix}-02` }, select: { id: true, code: true } });
  for (const issue of await db.issue.findMany({ where: { document: { bureauId: first.id } }, select: { id: true, code: true } })) {
    issueIds.set(issue.code, issue.id);
  }
  const open = { period: { bureauId: first.id, asOfDate: latest } };
  await db.progressReport.updateMany({ where: open, data: { status: "ON_TRACK", workflowState: "DRAFT", progressText: "進めている。" } });
  const set = (code: string, data: Parameters<typeof db.progressReport.updateMany>[0]["data"]) =>
    db.progressReport.updateMany({ where: { ...open, issueId: issueIds.get(code) }, data });
  await set("A(1)", { status: "DELAYED", workflowState: "APPROVED", progressText: "照合語ゼブラを含む報告。" });
  await set("B(5)", { status: "COMPLETED", workflowState: "SUBMITTED" });
  await set("B(6)", { workflowState: "RETURNED", progressText: "照合語キリンを含む差し戻された報告。" });
  await db.progressReport.update({ where: { issueId_periodId: { issueId: issueIds.get("C(1)")!, periodId: (await db.reportingPeriod.findFirstOrThrow({ where: open.period })).id } }, data: { updatedAt: new Date("2030-01-01T00:00:00Z") } });
});

describe("dashboard scope: who sees which bureau", () => {
  it("gives staff their own bureau and refuses another, named or not", async () => {
    const staff = await createUser(db, { role: "STAFF", bureauId: first.id });
    const own = await scopeFor(staff.actor);
    expect(own.bureau?.id).toBe(first.id);
    expect(own.bureaus.map((b) => b.id)).toEqual([first.id]);
    await expect(scopeFor(staff.actor, { bureau: second.code })).rejects.toBeInstanceOf(AccessDeniedError);
    await expect(scopeFor(staff.actor, { bureau: "no-such-bureau" })).rejects.toBeInstanceOf(AccessDeniedError);
  });

  it("lets a city-level manager choose any bureau, fiscal year and reporting date", async () => {
    const manager = await createUser(db, { role: "MANAGER" });
    const scope = await scopeFor(manager.actor, { bureau: second.code });
    expect(scope.bureau?.id).toBe(second.id);
    expect(scope.periods.map((p) => p.asOfDate)).toEqual(["2024-11-30", "2024-05-31", "2023-11-30"]);
    expect(scope.period?.asOfDate).toBe("2024-11-30");
    expect(scope.document?.fiscalYear).toBe(2023);
    expect(scope.fiscalYears).toEqual([2023]);
    // Every period belongs to its document's fiscal year: 令和5年度 holds them all, 令和6年度 nothing,
    // and choosing 令和6年度 does not show the 令和5年度 document.
    expect((await scopeFor(manager.actor, { bureau: second.code, fy: 2023 })).period?.asOfDate).toBe("2024-11-30");
    const nextYear = await scopeFor(manager.actor, { bureau: second.code, fy: 2024 });
    expect([nextYear.period, nextYear.document]).toEqual([null, null]);
    expect((await scopeFor(manager.actor, { bureau: second.code, date: "2023-11-30" })).period?.asOfDate).toBe("2023-11-30");
  });
});

describe("bureau dashboard aggregates from the database", () => {
  it("counts issues by area × approved status and reports by section", async () => {
    const manager = await createUser(db, { role: "MANAGER", bureauId: first.id });
    const dashboard = (await getBureauDashboard(await scopeFor(manager.actor), noFilters, afterDeadline))!;
    expect(dashboard.issues).toHaveLength(12);
    const areas = Object.fromEntries(dashboard.areaStatus.map((a) => [a.code, a]));
    // Only A(1)'s report is approved for the date: drafts, the submission and the returned report are not yet reported.
    expect(areas.A).toMatchObject({ total: 3, none: 2, counts: { DELAYED: 1, ON_TRACK: 0 } });
    expect(areas.B).toMatchObject({ total: 6, none: 6, counts: { COMPLETED: 0, ON_TRACK: 0 } });
    expect(areas.C).toMatchObject({ total: 3, none: 3, counts: { ON_TRACK: 0 } });
    const furusato = dashboard.sections.find((s) => s.name === "ふるさと納税推進課")!;
    // A(1) and C(2), the generator's copy of it, both belong to this section.
    expect(furusato).toMatchObject({ total: 2, completeness: 0.5, counts: { APPROVED: 1, DRAFT: 1 } });
    const totals = dashboard.sections.reduce((sum, s) => sum + s.total, 0);
    expect(totals).toBe(12);
  });

  it("lists overdue drafts and returned reports after the deadline, none before it", async () => {
    const manager = await createUser(db, { role: "MANAGER", bureauId: first.id });
    const scope = await scopeFor(manager.actor);
    const after = (await getBureauDashboard(scope, noFilters, afterDeadline))!;
    expect(after.overdue).toHaveLength(10);
    expect(after.overdue.map((i) => i.code)).not.toContain("A(1)");
    expect(after.overdue.map((i) => i.code)).not.toContain("B(5)");
    expect((await getBureauDashboard(scope, noFilters, new Date("2024-12-01T00:00:00Z")))!.overdue).toEqual([]);
    expect(after.recent[0]?.code).toBe("C(1)");
  });

  it("flags an indicator whose actual falls behind its path, and not once it is on target", async () => {
    const manager = await createUser(db, { role: "MANAGER", bureauId: first.id });
    const scope = await scopeFor(manager.actor);
    const indicator = await db.indicator.findFirstOrThrow({ where: { issueId: issueIds.get("A(1)") }, orderBy: { sortOrder: "asc" } });
    const where = { indicatorId_periodId: { indicatorId: indicator.id, periodId: scope.period!.id } };
    // Written here without a command: the counters are raised as every audited write raises them.
    const write = async (actual: number | null) => {
      await db.indicatorValue.update({ where, data: { actual } });
      await raiseReadModelStamps(db, [{ action: "progress.save", bureauId: first.id }]);
    };
    await write(indicator.baseline);
    const behind = (await getBureauDashboard(scope, noFilters))!.offTrack.map((o) => o.indicator.id);
    expect(behind).toContain(indicator.id);
    await write(indicator.target);
    expect((await getBureauDashboard(scope, noFilters))!.offTrack.map((o) => o.indicator.id)).not.toContain(indicator.id);
  });

  it("applies each filter and the text search over ①–⑤", async () => {
    const manager = await createUser(db, { role: "MANAGER" });
    const codes = async (filters: Partial<DashboardFilters>) =>
      (await getBureauDashboard(await scopeFor(manager.actor, { bureau: first.code, ...filters }), { ...noFilters, ...filters }))!.issues.map((i) => i.code);
    expect(await codes({ area: "B" })).toEqual(["B(1)", "B(2)", "B(3)", "B(4)", "B(5)", "B(6)"]);
    expect(await codes({ affiliated: true })).toEqual(["B(5)", "B(6)"]);
    expect(await codes({ status: "DELAYED" })).toEqual(["A(1)"]);
    expect(await codes({ status: "DELAYED", date: "2023-11-30" })).not.toContain("B(5)");

    const section = await db.section.findFirstOrThrow({ where: { bureauId: first.id, name: "国際政策課" } });
    const inSection = seedIssues.filter((i) => i.owningSection === "国際政策課" || i.relatedSections.some((r) => r.name === "国際政策課")).map((i) => i.code);
    expect(inSection.length).toBeGreaterThan(0);
    expect(await codes({ section: section.id })).toEqual(inSection);

    const partner = await db.partnerOrganization.findFirstOrThrow({ where: { name: "九州工業大学" } });
    const withPartner = seedIssues.filter((i) => i.partners.some((p) => p.name === "九州工業大学")).map((i) => i.code);
    expect(withPartner.length).toBeGreaterThan(0);
    expect(await codes({ partner: partner.id })).toEqual(withPartner);

    // ①–④ from the document's text; ⑤ from the report approved for the chosen date (a returned one is not searched).
    const word = "ふるさと納税";
    const inText = seedIssues.filter((i) => [i.name, i.content, i.background, i.measures].some((text) => text.includes(word))).map((i) => i.code);
    expect(inText.length).toBeGreaterThan(0);
    expect(await codes({ q: word })).toEqual(expect.arrayContaining(inText));
    expect(await codes({ q: "照合語ゼブラ" })).toEqual(["A(1)"]);
    expect(await codes({ q: "照合語キリン" })).toEqual([]);
    expect(await codes({ q: "照合語ゼブラ", date: "2024-05-31" })).toEqual([]);
    expect(await codes({ q: "どこにもない語句" })).toEqual([]);
  });
});

describe("matrix, indicators, milestones and the city view", () => {
  it("puts each issue under its owning and related sections", async () => {
    const manager = await createUser(db, { role: "MANAGER", bureauId: first.id });
    const matrix = (await getSectionMatrix(await scopeFor(manager.actor), noFilters))!;
    expect(matrix.columns.map((c) => c.code)).toHaveLength(12);
    const column = matrix.columns.findIndex((c) => c.code === "A(2)");
    const seedA2 = seedIssues.find((i) => i.code === "A(2)")!;
    const roleOf = (name: string) => matrix.rows.find((r) => r.name === name)?.cells[column] ?? null;
    expect(roleOf(seedA2.owningSection)).toBe("OWNER");
    for (const related of seedA2.relatedSections) expect(roleOf(related.name)).toBe(related.canEdit ? "EDITOR" : "RELATED");
    expect(matrix.columns[column]!.latest?.period.asOfDate.toISOString().slice(0, 10)).toBe("2024-11-30");
    // Every row carries at least one issue.
    for (const row of matrix.rows) expect(row.cells.some((cell) => cell !== null)).toBe(true);
  });

  it("gives each indicator its approved actuals up to the chosen date, oldest first", async () => {
    const manager = await createUser(db, { role: "MANAGER", bureauId: first.id });
    const history = (await getIndicatorHistory(await scopeFor(manager.actor, { date: "2024-05-31" }), noFilters))!;
    const points = history.flatMap((issue) => issue.indicators.map((i) => i.points.map((p) => p.date)));
    expect(points.length).toBeGreaterThan(0);
    // The document states some actuals for 2023-11-30 and not others; every indicator has 2024-05-31's.
    for (const dates of points) expect(["2023-11-30,2024-05-31", "2024-05-31"]).toContain(dates.join());
    expect(points.map((dates) => dates.join())).toContain("2023-11-30,2024-05-31");
    // For 2024-11-30 only A(1)'s report is approved: the other issues' draft actuals are not shown.
    const latest = (await getIndicatorHistory(await scopeFor(manager.actor), noFilters))!;
    for (const issue of latest) {
      for (const indicator of issue.indicators) expect(indicator.points.some((p) => p.date === "2024-11-30"), issue.code).toBe(issue.code === "A(1)");
    }
  });

  it("sorts milestones by fiscal year with their state as of the reporting date shown", async () => {
    const manager = await createUser(db, { role: "MANAGER", bureauId: first.id });
    const scope = await scopeFor(manager.actor);
    const analysis = async (asOfDate: string) => {
      // Judged against the scope's reporting date, whatever today is.
      const timeline = (await getMilestoneTimeline({ ...scope, period: { ...scope.period!, asOfDate } } as DashboardScope, noFilters, new Date("2099-01-01")))!;
      return Object.fromEntries(timeline.map((y) => [y.fiscalYear, y.milestones.filter((m) => m.title.startsWith("経営分析")).map((m) => m.state)]));
    };
    const early = await analysis("2025-01-01");
    // Done on 2024-03-15: reported by the closed, approved 2024-05-31 reports of every issue.
    expect(early[2023]).toEqual(Array(12).fill("DONE"));
    expect(early[2025]).toEqual(Array(12).fill("PLANNED"));
    expect((await analysis("2026-06-01"))[2025]).toEqual(Array(12).fill("LATE"));
  });

  it("shows city-level users every bureau for a date, and refuses everyone else", async () => {
    const auditor = await createUser(db, { role: "AUDITOR" });
    const overview = await getCityOverview(auditor.actor, "2024-11-30");
    expect(overview.date).toBe("2024-11-30");
    const row = overview.rows.find((r) => r.id === first.id)!;
    expect(row).toMatchObject({ total: 12, notReported: 0, byState: { APPROVED: 1, SUBMITTED: 1, RETURNED: 1, DRAFT: 9 }, byStatus: { DELAYED: 1, COMPLETED: 1, ON_TRACK: 10 } });
    expect(row.completeness).toBeCloseTo(1 / 12);
    expect(overview.rows.find((r) => r.id === second.id)?.total).toBe(12);
    const staff = await createUser(db, { role: "STAFF", bureauId: first.id });
    const bureauManager = await createUser(db, { role: "MANAGER", bureauId: first.id });
    await expect(getCityOverview(staff.actor, undefined)).rejects.toBeInstanceOf(AccessDeniedError);
    await expect(getCityOverview(bureauManager.actor, undefined)).rejects.toBeInstanceOf(AccessDeniedError);
  });
});
