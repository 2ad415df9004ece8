import { renderToStaticMarkup } from "react-dom/server";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { FormattedJapanDay } from "@/components/ui/formatted-date";
import { updateIssueText } from "@/lib/commands/issues";
import { openPeriod } from "@/lib/commands/periods";
import { saveProgressDraft } from "@/lib/commands/progress";
import { getCityOverview } from "@/lib/data/city-overview";
import { getBureauDashboard } from "@/lib/data/dashboard";
import { resolveDashboardScope } from "@/lib/data/dashboard-scope";
import { getExportData } from "@/lib/data/export-data";
import { getIssueDetail } from "@/lib/data/issues";
import { listPeriods } from "@/lib/data/periods";
import { getSectionMatrix } from "@/lib/data/section-matrix";
import { db } from "@/lib/db";
import { japanDateOf } from "@/lib/domain/dates";
import { progressTable } from "@/lib/export/progress-rows";
import { exportAuditLog } from "@/lib/export/audit-log-export";
import { runExport } from "@/lib/export/run-export";
import { createTranslator } from "@/lib/i18n/messages";
import { parseAuditFilters } from "@/lib/validation/audit";
import { createUser } from "@/tests/factories/documents";
import { createReportingBureau } from "@/tests/factories/reporting";

const t = createTranslator("ja");
const noFilters = { affiliated: false };
let bureau: Awaited<ReturnType<typeof createReportingBureau>>;
let periodId: string;
let code: string;

beforeEach(async () => {
  bureau = await createReportingBureau(db);
  code = (await db.bureau.findUniqueOrThrow({ where: { id: bureau.bureauId } })).code;
  const opened = await openPeriod(bureau.users.manager.actor, { bureauId: bureau.bureauId, asOfDate: "2025-05-31", deadline: "2025-06-14" }, "ja");
  if (!opened.ok) throw new Error("could not open a period");
  periodId = opened.data.periodId;
});
afterEach(() => {
  vi.useRealTimers();
});

const scope = async () => resolveDashboardScope(bureau.users.manager.actor, { ...noFilters, bureau: code, date: "2025-05-31" });
const reportId = async () => (await db.progressReport.findFirstOrThrow({ where: { periodId } })).id;
const save = async (text: string) =>
  saveProgressDraft(bureau.users.owner.actor, { reportId: await reportId(), version: 1, progressText: text, status: "DELAYED", indicators: [{ indicatorId: bureau.indicatorId, actual: "4" }] }, "ja");

describe("a draft carried forward when the period opened is 未報告 everywhere until a person saves it", () => {
  it("counts as not reported on the dashboard, city view, periods page and CSV, and is no recent change", async () => {
    const cityManager = await createUser(db, { role: "MANAGER" });
    const before = (await getBureauDashboard(await scope(), noFilters, new Date("2025-06-01T00:00:00Z")))!;
    // The copy says 順調 (the previous status), yet nobody has reported anything for 2025-05-31.
    expect(before.issues[0]!.report).toMatchObject({ status: "ON_TRACK", carriedForward: true });
    expect(before.areaStatus[0]).toMatchObject({ none: 1, total: 1, counts: { ON_TRACK: 0 } });
    expect(before.sections[0]).toMatchObject({ none: 1, counts: { DRAFT: 0 } });
    expect(before.recent).toEqual([]);
    expect(before.unjudged.map((u) => u.reasons)).toEqual([["notReported"]]);
    const matrix = (await getSectionMatrix(await scope(), noFilters))!;
    expect(matrix.columns[0]!.latest).toMatchObject({ carriedForward: true });
    const city = (await getCityOverview(cityManager.actor, "2025-05-31")).rows.find((r) => r.id === bureau.bureauId)!;
    expect(city).toMatchObject({ notReported: 1, total: 1, byState: { DRAFT: 0 }, byStatus: { ON_TRACK: 0 } });
    expect((await listPeriods(bureau.users.manager.actor, bureau.bureauId)).find((p) => p.id === periodId)).toMatchObject({ notReported: 1, byState: { DRAFT: 0 } });
    const csv = progressTable((await getExportData(bureau.users.auditor, code, "2025-05-31"))!, t);
    // The export as of the date holds approved reports only (issue 22.1): the copy is simply not reported.
    expect(csv[1]![10]).toBe("未報告");
    // Past the deadline (the end of 06-14 in Japan) a copy still with its authors is overdue.
    expect((await getCityOverview(cityManager.actor, "2025-05-31", new Date("2025-06-14T15:00:00Z"))).rows.find((r) => r.id === bureau.bureauId)!.overdue).toBe(1);
    expect((await getCityOverview(cityManager.actor, "2025-05-31", new Date("2025-06-14T14:59:59Z"))).rows.find((r) => r.id === bureau.bureauId)!.overdue).toBe(0);

    expect((await save("令和７年５月までに会議を開いた。")).ok).toBe(true);
    const after = (await getBureauDashboard(await scope(), noFilters, new Date("2025-06-01T00:00:00Z")))!;
    // A saved draft is reported work in the workflow tables, but not yet the date's status or actual (issue 22.1: only approved reports).
    expect(after.areaStatus[0]).toMatchObject({ none: 1, counts: { DELAYED: 0 } });
    expect(after.sections[0]).toMatchObject({ none: 0, counts: { DRAFT: 1 } });
    expect(after.recent.map((i) => i.report.status)).toEqual(["DELAYED"]);
    expect(after.issues[0]!.indicators[0]).toMatchObject({ actual: null });
    expect((await getCityOverview(cityManager.actor, "2025-05-31")).rows.find((r) => r.id === bureau.bureauId)).toMatchObject({ notReported: 0, byState: { DRAFT: 1 } });
    expect((await listPeriods(bureau.users.manager.actor, bureau.bureauId)).find((p) => p.id === periodId)).toMatchObject({ notReported: 0, byState: { DRAFT: 1 } });
  });

  it("marks the carried-forward indicator value on the issue page", async () => {
    const detail = (await getIssueDetail(bureau.users.owner.actor, bureau.issueId))!;
    expect(detail.indicators[0]!.values.map((v) => [v.actual, v.carriedForward])).toEqual([[3, false], [3, true]]);
  });
});

describe("a write at 00:30 in Japan (the process in UTC) shows Japan's date everywhere", () => {
  it("in recent changes, the matrix, the revision history, the export's name, its time and its audit log", async () => {
    expect(new Date().getTimezoneOffset()).toBe(0);
    const write = new Date("2026-11-24T15:30:00Z"); // 2026-11-25 00:30 JST
    vi.useFakeTimers({ toFake: ["Date"] });
    vi.setSystemTime(write);
    expect((await save("深夜に保存した報告。")).ok).toBe(true);
    const issue = await db.issue.findUniqueOrThrow({ where: { id: bureau.issueId } });
    const edited = await updateIssueText(bureau.users.manager.actor, { issueId: issue.id, version: issue.version, name: issue.name, matrixTitle: issue.matrixTitle, summaryBullets: "要点", content: "深夜に直した②。", background: issue.background, measuresHeading: issue.measuresHeading, measures: issue.measures }, "ja");
    expect(edited.ok).toBe(true);
    const file = (await runExport(bureau.users.auditor, { bureau: code, date: "2025-05-31", format: "json" }, t))!;
    const log = await exportAuditLog(bureau.users.auditor, parseAuditFilters({ bureau: code, from: "2026-11-25", to: "2026-11-25" }), "csv", t, "ja");
    vi.useRealTimers();

    const shown = (instant: Date) => renderToStaticMarkup(FormattedJapanDay({ instant, locale: "ja" }));
    const dashboard = (await getBureauDashboard(await scope(), noFilters))!;
    expect(japanDateOf(dashboard.recent[0]!.report.updatedAt)).toBe("2026-11-25");
    expect(shown(dashboard.recent[0]!.report.updatedAt)).toContain("2026-11-25（令和8年11月25日）");
    const matrix = (await getSectionMatrix(await scope(), noFilters))!;
    expect(shown(matrix.columns[0]!.latest!.updatedAt)).toContain("2026-11-25");
    const detail = (await getIssueDetail(bureau.users.owner.actor, bureau.issueId))!;
    expect(shown(detail.revisions[0]!.createdAt)).toContain("2026-11-25");

    expect(file.filename).toBe(`${code}_2025-05-31_20261125T003000.json`);
    const data = JSON.parse(file.body.toString("utf8")) as { generatedAt: string };
    expect(data.generatedAt).toBe("2026-11-25T00:30:00+09:00");
    // The audit log's own export: the day filter is Japan's day, and each entry's time is Japan's.
    expect(log.filename).toBe("audit-log_20261125T003000.csv");
    const saved = log.body.toString("utf8").split("\r\n").find((line) => line.includes("progress.save"));
    expect(saved).toContain("2026-11-25T00:30:00+09:00");
  });
});
