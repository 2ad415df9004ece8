import { randomBytes } from "node:crypto";
import { readFileSync } from "node:fs";
import path from "node:path";
import { beforeEach, describe, expect, it } from "vitest";
import { importDocument } from "@/lib/commands/import-document";
import { updateIssueDetails } from "@/lib/commands/issues";
import { openPeriod, reopenPeriod } from "@/lib/commands/periods";
import { reviewProgress, saveProgressDraft, submitProgress } from "@/lib/commands/progress";
import { getCityOverview } from "@/lib/data/city-overview";
import { getBureauDashboard } from "@/lib/data/dashboard";
import { resolveDashboardScope } from "@/lib/data/dashboard-scope";
import { getExportData } from "@/lib/data/export-data";
import { getIssueDetailsForEdit } from "@/lib/data/issues";
import { listPeriods } from "@/lib/data/periods";
import { db } from "@/lib/db";
import { parseDashboardFilters } from "@/lib/validation/dashboard";
import { createDocument, createUser } from "@/tests/factories/documents";
import { asOfIssue } from "@/tests/factories/reporting";

// Issue 22 (findings 1, 2, 4) and issue 19 finding 7: what an "as of" view
// shows cannot be changed by later drafts, submissions or edits of the issue.

const partner = `楽天テスト${randomBytes(3).toString("hex")}`;
const newPartner = `九州工大テスト${randomBytes(3).toString("hex")}`;

let bureau: Awaited<ReturnType<typeof createDocument>>;
let staff: Awaited<ReturnType<typeof createUser>>;
let manager: Awaited<ReturnType<typeof createUser>>;
let auditor: Awaited<ReturnType<typeof createUser>>;
let periodId: string;

beforeEach(async () => {
  bureau = await createDocument(db, { partners: [{ name: partner, kind: "COMPANY" }], issues: [asOfIssue("A(1)", 1, [{ name: partner, role: "共同実施" }]), asOfIssue("A(2)", 2, [{ name: partner, role: "共同実施" }])] });
  const section = await db.section.findFirstOrThrow({ where: { bureauId: bureau.bureauId } });
  staff = await createUser(db, { role: "STAFF", bureauId: bureau.bureauId, sectionId: section.id });
  manager = await createUser(db, { role: "MANAGER", bureauId: bureau.bureauId });
  auditor = await createUser(db, { role: "AUDITOR" });
  const opened = await openPeriod(manager.actor, { bureauId: bureau.bureauId, asOfDate: "2025-05-31", deadline: "" }, "ja");
  if (!opened.ok) throw new Error("could not open 2025-05-31");
  periodId = opened.data.periodId;
});

const code = async () => (await db.bureau.findUniqueOrThrow({ where: { id: bureau.bureauId } })).code;
async function exported(date: string) {
  const data = await getExportData(auditor, await code(), date);
  if (!data) throw new Error(`no export for ${date}`);
  const { generatedAt: _generatedAt, ...rest } = data;
  return rest;
}
const issueOf = (data: Awaited<ReturnType<typeof exported>>, issueCode: string) => data.bureaus[0]!.issues.find((i) => i.code === issueCode)!;
const doneDates = (data: Awaited<ReturnType<typeof exported>>, issueCode: string) =>
  Object.fromEntries(issueOf(data, issueCode).milestones.map((m) => [m.title, m.doneDate]));
const values = (data: Awaited<ReturnType<typeof exported>>, issueCode: string) =>
  issueOf(data, issueCode).indicators[0]!.values.map((v) => [v.reportingDate, v.actual]);

async function ids(issueCode: string) {
  const row = await db.issue.findFirstOrThrow({
    where: { documentId: bureau.documentId, code: issueCode },
    include: { indicators: true, milestones: { orderBy: { sortOrder: "asc" } }, progressReports: { where: { periodId } } },
  });
  return { issue: row, report: row.progressReports[0]!, indicatorId: row.indicators[0]!.id, milestoneIds: row.milestones.map((m) => m.id) };
}

async function saveDraft(issueCode: string, actual: string, done: [string, string]) {
  const { report, indicatorId, milestoneIds } = await ids(issueCode);
  const current = await db.progressReport.findUniqueOrThrow({ where: { id: report.id } });
  const saved = await saveProgressDraft(staff.actor, {
    reportId: report.id,
    version: current.version,
    progressText: "下書きの進捗。",
    status: "DELAYED",
    indicators: [{ indicatorId, actual }],
    milestones: milestoneIds.map((milestoneId, i) => ({ milestoneId, doneDate: done[i] })),
  }, "ja");
  if (!saved.ok) throw new Error(`could not save: ${JSON.stringify(saved)}`);
  return { reportId: report.id, version: saved.data.version };
}

describe("finding 1: drafts and submissions never reach an as-of view", () => {
  it("a draft that clears a milestone and changes an actual leaves the approved 2024-11-30 export as it was", async () => {
    const before = await exported("2024-11-30");
    expect(doneDates(before, "A(1)")).toEqual({ 新システム導入: "2024-08-01", 審査会: null });
    await saveDraft("A(1)", "7", ["", "2025-05-10"]);
    const after = await exported("2024-11-30");
    expect(after).toEqual(before);

    const may = await exported("2025-05-31");
    expect(issueOf(may, "A(1)").progress).toBeNull();
    expect(issueOf(may, "A(1)").reports.map((r) => r.reportingDate)).toEqual(["2024-11-30"]);
    expect(values(may, "A(1)")).toEqual([["2024-11-30", 3]]);
    expect(doneDates(may, "A(1)")).toEqual({ 新システム導入: "2024-08-01", 審査会: null });
  });

  it("a submitted report's actuals and milestones appear only once it is approved", async () => {
    const draft = await saveDraft("A(2)", "8", ["2024-08-01", "2025-05-10"]);
    const submitted = await submitProgress(staff.actor, draft, "ja");
    if (!submitted.ok) throw new Error("could not submit");
    const whileSubmitted = await exported("2025-05-31");
    expect(values(whileSubmitted, "A(2)")).toEqual([["2024-11-30", 3]]);
    expect(doneDates(whileSubmitted, "A(2)")).toEqual({ 新システム導入: "2024-08-01", 審査会: null });

    const approved = await reviewProgress(manager.actor, { reportId: draft.reportId, version: submitted.data.version, decision: "approve", comment: "" }, "ja");
    expect(approved.ok).toBe(true);
    const now = await exported("2025-05-31");
    expect(values(now, "A(2)")).toEqual([["2024-11-30", 3], ["2025-05-31", 8]]);
    expect(doneDates(now, "A(2)")).toEqual({ 新システム導入: "2024-08-01", 審査会: "2025-05-10" });
    expect(issueOf(now, "A(2)").progress?.text).toBe("下書きの進捗。");
    // The dashboard for the date shows what the export shows: A(2)'s approved status and actual, A(1)'s draft nothing.
    const scope = await resolveDashboardScope(manager.actor, parseDashboardFilters({ date: "2025-05-31" }));
    const dashboard = (await getBureauDashboard(scope, parseDashboardFilters({ date: "2025-05-31" })))!;
    const areaA = dashboard.areaStatus.find((a) => a.code === "A")!;
    expect(areaA).toMatchObject({ total: 2, none: 1, counts: { DELAYED: 1, NOT_STARTED: 0, ON_TRACK: 0 } });
    expect(dashboard.issues.map((i) => [i.code, i.indicators[0]!.actual])).toEqual([["A(1)", null], ["A(2)", 8]]);
  });
});

describe("finding 2: definitions as they stood at the end of the date", () => {
  it("a details edit today (target, partner, a new milestone) leaves the 2024-11-30 export on version 1's definitions", async () => {
    const before = await exported("2024-11-30");
    const { issue } = await ids("A(1)");
    const form = await getIssueDetailsForEdit(manager.actor, issue.id, bureau.bureauId);
    const details = {
      indicators: form.indicators.map((i) => ({ ...i, baseline: String(i.baseline ?? ""), target: "12", targetFiscalYear: "2026" })),
      milestones: [
        ...form.milestones.map((m) => ({ id: m.id, title: m.title, plannedDate: m.plannedDate ?? "", plannedFiscalYear: String(m.plannedFiscalYear ?? "") })),
        { title: "2026年度の評価", plannedDate: "2026-12-01", plannedFiscalYear: "2026" },
      ],
      partners: [{ name: newPartner, kind: "UNIVERSITY", role: "研究" }],
    };
    expect(await updateIssueDetails(manager.actor, { issueId: issue.id, version: issue.version, details: JSON.stringify(details) }, "ja")).toMatchObject({ ok: true });

    const after = await exported("2024-11-30");
    expect(after).toEqual(before);
    const a1 = issueOf(after, "A(1)");
    expect(a1.version).toBe(1);
    expect(a1.indicators[0]).toMatchObject({ target: 10, targetFiscalYear: 2025 });
    expect(a1.partners.map((p) => p.name)).toEqual([partner]);
    expect(a1.milestones.map((m) => m.title)).toEqual(["新システム導入", "審査会"]);
  });
});

describe("history stays whole", () => {
  it("refuses to remove a milestone a report marked done, and removes one never done", async () => {
    const { issue } = await ids("A(1)");
    const form = await getIssueDetailsForEdit(manager.actor, issue.id, bureau.bureauId);
    const keep = (titles: string[]) => JSON.stringify({
      indicators: form.indicators.map((i) => ({ ...i, baseline: String(i.baseline ?? ""), target: String(i.target ?? ""), targetFiscalYear: String(i.targetFiscalYear ?? "") })),
      milestones: form.milestones.filter((m) => titles.includes(m.title)).map((m) => ({ id: m.id, title: m.title, plannedDate: m.plannedDate ?? "", plannedFiscalYear: String(m.plannedFiscalYear ?? "") })),
      partners: form.partners,
    });
    expect(await updateIssueDetails(manager.actor, { issueId: issue.id, version: issue.version, details: keep(["審査会"]) }, "ja")).toMatchObject({
      ok: false,
      reason: "issueDetails.milestoneHasCompletions",
    });
    expect(await updateIssueDetails(manager.actor, { issueId: issue.id, version: issue.version, details: keep(["新システム導入"]) }, "ja")).toMatchObject({ ok: true });
    expect(doneDates(await exported("2024-11-30"), "A(1)")).toEqual({ 新システム導入: "2024-08-01", 審査会: null });
  });
});

describe("issue 19 finding 7: a manager's details save from an older form keeps staff's milestone dates", () => {
  it("loses no done date when the details form was loaded before the progress save", async () => {
    const { issue, milestoneIds } = await ids("A(1)");
    // The manager opens the details form (it shows 審査会 not done)…
    const form = await getIssueDetailsForEdit(manager.actor, issue.id, bureau.bureauId);
    // …staff report 審査会 done and submit…
    const draft = await saveDraft("A(1)", "5", ["2024-08-01", "2025-05-10"]);
    // …then the manager saves the form as loaded (with the done dates it showed then).
    const stale = {
      indicators: form.indicators.map((i) => ({ ...i, baseline: String(i.baseline ?? ""), target: String(i.target ?? ""), targetFiscalYear: String(i.targetFiscalYear ?? "") })),
      milestones: form.milestones.map((m, index) => ({
        id: m.id,
        title: m.title,
        plannedDate: m.plannedDate ?? "",
        plannedFiscalYear: String(m.plannedFiscalYear ?? ""),
        doneDate: index === 0 ? "2024-08-01" : "",
      })),
      partners: form.partners,
    };
    expect(await updateIssueDetails(manager.actor, { issueId: issue.id, version: issue.version, details: JSON.stringify(stale) }, "ja")).toMatchObject({ ok: true });
    const submitted = await submitProgress(staff.actor, draft, "ja");
    if (!submitted.ok) throw new Error("could not submit");
    expect((await reviewProgress(manager.actor, { reportId: draft.reportId, version: submitted.data.version, decision: "approve", comment: "" }, "ja")).ok).toBe(true);
    expect(doneDates(await exported("2025-05-31"), "A(1)")).toEqual({ 新システム導入: "2024-08-01", 審査会: "2025-05-10" });
    expect(milestoneIds).toHaveLength(2);
  });
});

describe("finding 4: an issue added by a re-import", () => {
  const text = readFileSync(path.join(import.meta.dirname, "../fixtures/seisakukyoku-R6-11.txt"), "utf8");
  const extra = `${text}\n課題Ｃ（２）\n① 課題名\n  新しい課題\n② 課題の内容\n  内容。\n③ 課題の背景\n  背景。\n④ 課題への対応\n  対応。\n⑤ 取組みの進捗状況、取組結果（令和６年 11月末時点）\n  進捗。\n`;

  it("gets a draft in every open period, and the dashboard, city view and periods page count the same issues", async () => {
    const city = await db.city.findFirstOrThrow({ where: { code: "kitakyushu" } });
    const id = randomBytes(4).toString("hex");
    const imported = await db.bureau.create({ data: { cityId: city.id, code: `asof-${id}`, name: `時点局${id}`, kind: "BUREAU" } });
    const importer = await createUser(db, { role: "MANAGER", bureauId: imported.id });
    expect((await importDocument(importer.actor, { bureauId: imported.id, fiscalYear: "2024", text, confirm: true }, "ja")).ok).toBe(true);
    const opened = await openPeriod(importer.actor, { bureauId: imported.id, asOfDate: "2025-05-31", deadline: "2025-06-14" }, "ja");
    if (!opened.ok) throw new Error("could not open");
    // The text's own date (2024-11-30) is closed: an admin reopens it so C(2)'s ⑤ may be added there (issue 19.6).
    const closed = await db.reportingPeriod.findFirstOrThrow({ where: { bureauId: imported.id, status: "CLOSED" } });
    const admin = await createUser(db, { role: "ADMIN" });
    expect((await reopenPeriod(admin.actor, { periodId: closed.id, reason: "課題の追加のため" }, "ja")).ok).toBe(true);
    expect((await importDocument(importer.actor, { bureauId: imported.id, fiscalYear: "2024", text: extra, confirm: true }, "ja")).ok).toBe(true);

    const added = await db.issue.findFirstOrThrow({ where: { document: { bureauId: imported.id }, code: "C(2)" }, include: { progressReports: true } });
    expect(added.progressReports.map((r) => [r.periodId, r.workflowState]).sort()).toEqual([[closed.id, "DRAFT"], [opened.data.periodId, "DRAFT"]].sort());

    const issues = await db.issue.count({ where: { document: { bureauId: imported.id } } });
    const filters = parseDashboardFilters({ bureau: imported.code, date: "2025-05-31" });
    const cityManager = await createUser(db, { role: "MANAGER" });
    const dashboard = (await getBureauDashboard(await resolveDashboardScope(cityManager.actor, filters), filters))!;
    const dashboardTotal = dashboard.sections.reduce((sum, s) => sum + s.total, 0);
    const cityRow = (await getCityOverview(cityManager.actor, "2025-05-31")).rows.find((r) => r.id === imported.id)!;
    const periodRow = (await listPeriods(importer.actor, imported.id)).find((p) => p.id === opened.data.periodId)!;
    expect([dashboardTotal, cityRow.total, periodRow.total]).toEqual([issues, issues, issues]);
    // Ten carried-forward copies and C(2)'s draft: the same split on every page.
    expect([cityRow.notReported, cityRow.byState.DRAFT]).toEqual([periodRow.notReported, periodRow.byState.DRAFT]);
  });
});
