import { beforeEach, describe, expect, it } from "vitest";
import { openPeriod } from "@/lib/commands/periods";
import { reviewProgress, saveProgressDraft, submitProgress, withdrawProgress } from "@/lib/commands/progress";
import { listMyAssignments } from "@/lib/data/my-assignments";
import { countReviewQueue, getReportPage, nextReviewAfter } from "@/lib/data/reports";
import { db } from "@/lib/db";
import { createReportingBureau } from "@/tests/factories/reporting";

// Issue 20, the daily path: what an author has to write, writing indicator
// values as people type them, withdrawing a submission, and what a reviewer sees.
let bureau: Awaited<ReturnType<typeof createReportingBureau>>;
let reportId: string;
let periodId: string;

beforeEach(async () => {
  bureau = await createReportingBureau(db);
  const opened = await openPeriod(bureau.users.manager.actor, { bureauId: bureau.bureauId, asOfDate: "2025-05-31", deadline: "2025-06-14" }, "ja");
  if (!opened.ok) throw new Error("could not open a period");
  periodId = opened.data.periodId;
  reportId = (await db.progressReport.findFirstOrThrow({ where: { periodId } })).id;
});

const report = () => db.progressReport.findUniqueOrThrow({ where: { id: reportId } });
const draft = (version: number, actual = "5") => ({
  reportId,
  version,
  progressText: "令和７年５月までに会議を２回開催した。",
  status: "ON_TRACK",
  indicators: [{ indicatorId: bureau.indicatorId, actual }],
  milestones: [{ milestoneId: bureau.milestoneId, doneDate: "2025-03-01" }],
});

describe("indicator values as people type them", () => {
  it("reads a full-width number with the indicator's own unit (「８件」)", async () => {
    expect(await saveProgressDraft(bureau.users.owner.actor, draft(1, "８件"), "ja")).toEqual({ ok: true, data: { version: 2 } });
    const value = await db.indicatorValue.findUniqueOrThrow({ where: { indicatorId_periodId: { indicatorId: bureau.indicatorId, periodId } } });
    expect(value.actual).toBe(8);
  });

  it("refuses another unit with a message asking for the number alone, writing nothing", async () => {
    const result = await saveProgressDraft(bureau.users.owner.actor, draft(1, "８サイト"), "ja");
    expect(result).toMatchObject({ ok: false, kind: "invalid", fieldErrors: { "indicators.0.actual": ["数値だけを入力してください（例: 8）。単位「件」以外の文字は入力できません。"] } });
    expect(await report()).toMatchObject({ version: 1, carriedForward: true });
  });
});

describe("withdrawing a submission", () => {
  it("makes it a draft again with an audit entry, keeps what was written, and it can be submitted again", async () => {
    await saveProgressDraft(bureau.users.owner.actor, draft(1), "ja");
    await submitProgress(bureau.users.owner.actor, { reportId, version: 2 }, "ja");
    expect((await report()).workflowState).toBe("SUBMITTED");
    expect(await countReviewQueue(bureau.users.manager.actor)).toBe(1);

    expect(await withdrawProgress(bureau.users.sharing.actor, { reportId, version: 3 }, "ja")).toEqual({ ok: true, data: { version: 4 } });
    expect(await report()).toMatchObject({ workflowState: "DRAFT", submittedAt: null, progressText: "令和７年５月までに会議を２回開催した。", version: 4 });
    const audit = await db.auditEntry.findFirstOrThrow({ where: { entityId: reportId, action: "progress.withdraw" } });
    expect(audit).toMatchObject({ actorId: bureau.users.sharing.id, before: { workflowState: "SUBMITTED", version: 3 }, after: { workflowState: "DRAFT", version: 4 } });
    expect(await countReviewQueue(bureau.users.manager.actor)).toBe(0);

    expect(await submitProgress(bureau.users.owner.actor, { reportId, version: 4 }, "ja")).toMatchObject({ ok: true });
    expect((await report()).workflowState).toBe("SUBMITTED");
  });

  it("is refused once the reviewer decided, and a reviewer holding the submission before a withdrawal gets a conflict", async () => {
    await saveProgressDraft(bureau.users.owner.actor, draft(1), "ja");
    await submitProgress(bureau.users.owner.actor, { reportId, version: 2 }, "ja");
    // The reviewer opened version 3; the author withdraws; the reviewer's approval must not apply.
    await withdrawProgress(bureau.users.owner.actor, { reportId, version: 3 }, "ja");
    expect(await reviewProgress(bureau.users.manager.actor, { reportId, version: 3, decision: "approve" }, "ja")).toMatchObject({ ok: false });
    expect((await report()).workflowState).toBe("DRAFT");

    await submitProgress(bureau.users.owner.actor, { reportId, version: 4 }, "ja");
    await reviewProgress(bureau.users.manager.actor, { reportId, version: 5, decision: "approve" }, "ja");
    expect(await withdrawProgress(bureau.users.owner.actor, { reportId, version: 6 }, "ja")).toEqual({ ok: false, kind: "rejected", reason: "progress.notWithdrawable" });
    expect((await report()).workflowState).toBe("APPROVED");
  });
});

describe("あなたの担当", () => {
  it("lists the reports the user writes, returned ones first with the comment, with the deadline's standing in Japan", async () => {
    // A later period whose report is returned: it comes first although its deadline is later.
    const later = await openPeriod(bureau.users.manager.actor, { bureauId: bureau.bureauId, asOfDate: "2025-11-30", deadline: "2025-12-14" }, "ja");
    if (!later.ok) throw new Error("could not open a period");
    const laterReportId = (await db.progressReport.findFirstOrThrow({ where: { periodId: later.data.periodId } })).id;
    await saveProgressDraft(bureau.users.owner.actor, { ...draft(1), reportId: laterReportId }, "ja");
    await submitProgress(bureau.users.owner.actor, { reportId: laterReportId, version: 2 }, "ja");
    await reviewProgress(bureau.users.manager.actor, { reportId: laterReportId, version: 3, decision: "return", comment: "数値の根拠を書いてください。" }, "ja");

    // 2025-06-13 00:30 JST: the first period's deadline (06-14) is tomorrow.
    const mine = (await listMyAssignments(bureau.users.owner.actor, new Date("2025-06-12T15:30:00Z")))!;
    expect(mine.map((a) => a.reportId)).toEqual([laterReportId, reportId]);
    expect(mine[0]).toMatchObject({ workflowState: "RETURNED", returnComment: "数値の根拠を書いてください。", reviewerName: bureau.users.manager.name });
    expect(mine[1]).toMatchObject({ workflowState: "DRAFT", carriedForward: true, returnComment: null, standing: { kind: "left", days: 1 } });

    // A section that shares editing sees it; one that only follows the issue, managers and auditors do not.
    expect((await listMyAssignments(bureau.users.sharing.actor))!.map((a) => a.reportId)).toContain(reportId);
    expect(await listMyAssignments(bureau.users.viewer.actor)).toEqual([]);
    expect(await listMyAssignments(bureau.users.manager.actor)).toBeNull();
    expect(await listMyAssignments(bureau.users.auditor.actor)).toBeNull();
    expect(await listMyAssignments(bureau.users.owner.actor, new Date("2025-06-14T15:00:00Z"))).toEqual(
      expect.arrayContaining([expect.objectContaining({ reportId, standing: { kind: "overdue", days: 1 } })]),
    );
  });
});

describe("the report page's yardsticks", () => {
  it("lists each indicator and milestone in order with its values, typed alike on both engines, and shows a save at the next read", async () => {
    const issueId = (await report()).issueId;
    const extra = await db.indicator.create({ data: { issueId, name: "率", unit: "%", baseline: 1.5, sortOrder: 5 } });
    const later = await db.milestone.create({ data: { issueId, title: "報告書を公表", sortOrder: 5 } });
    const before = (await getReportPage(bureau.users.owner.actor, reportId))!;
    expect(before.previous).toMatchObject({ progressText: "進捗", status: "ON_TRACK" });
    expect(before.previous!.period.asOfDate).toEqual(new Date("2024-11-30T00:00:00.000Z"));
    expect(before.indicators).toEqual([
      { id: bureau.indicatorId, name: "件数", unit: "件", baseline: 0, baselineLabel: "", target: 10, targetFiscalYear: 2025, actual: 3, previousActual: 3 },
      { id: extra.id, name: "率", unit: "%", baseline: 1.5, baselineLabel: "", target: null, targetFiscalYear: null, actual: null, previousActual: null },
    ]);
    expect(before.milestones).toEqual([
      { id: bureau.milestoneId, title: "会議を開催", doneDate: null, previousDoneDate: null },
      { id: later.id, title: "報告書を公表", doneDate: null, previousDoneDate: null },
    ]);
    const saved = await saveProgressDraft(bureau.users.owner.actor, { ...draft(1, "7"), indicators: [{ indicatorId: bureau.indicatorId, actual: "7" }, { indicatorId: extra.id, actual: "2.5" }] }, "ja");
    expect(saved.ok).toBe(true);
    for (const user of [bureau.users.owner, bureau.users.manager]) {
      const after = (await getReportPage(user.actor, reportId))!;
      expect(after.report.progressText).toBe(draft(1).progressText);
      expect(after.indicators.map((i) => [i.actual, i.previousActual])).toEqual([[7, 3], [2.5, null]]);
      expect(after.milestones.map((m) => m.doneDate)).toEqual(["2025-03-01", null]);
    }
  });
});

describe("what a reviewer sees", () => {
  it("before and after for status, indicator values and milestones, the author, and the next report waiting", async () => {
    await saveProgressDraft(bureau.users.owner.actor, { ...draft(1, "7"), status: "DELAYED" }, "ja");
    await submitProgress(bureau.users.owner.actor, { reportId, version: 2 }, "ja");
    const page = (await getReportPage(bureau.users.manager.actor, reportId))!;
    expect(page).toMatchObject({ mayReview: true, isReviewer: true, mayEdit: false, isAuthor: false });
    expect(page.report.author?.name).toBe(bureau.users.owner.name);
    expect(page.report.submittedAt).not.toBeNull();
    expect(page.previous?.status).not.toBe("DELAYED");
    // The previous report's date comes as a date on both engines (read in one statement with the lists).
    expect(page.previous!.period.asOfDate).toBeInstanceOf(Date);
    expect(page.previous!.period.asOfDate.getTime()).toBeLessThan(page.report.period.asOfDate.getTime());
    expect(page.indicators[0]).toMatchObject({ actual: 7, previousActual: 3, baseline: 0, target: 10, targetFiscalYear: 2025 });
    expect(page.milestones[0]).toMatchObject({ doneDate: "2025-03-01", previousDoneDate: null });

    // Alone in the queue: no next one. Another bureau's submission is not this manager's.
    expect(await nextReviewAfter(bureau.users.manager.actor, reportId)).toBeNull();
    const other = await createReportingBureau(db);
    const otherOpened = await openPeriod(other.users.manager.actor, { bureauId: other.bureauId, asOfDate: "2025-05-31", deadline: "" }, "ja");
    if (!otherOpened.ok) throw new Error("could not open a period");
    const otherReport = await db.progressReport.findFirstOrThrow({ where: { periodId: otherOpened.data.periodId } });
    await saveProgressDraft(other.users.owner.actor, { ...draft(1), reportId: otherReport.id, indicators: [], milestones: [] }, "ja");
    await submitProgress(other.users.owner.actor, { reportId: otherReport.id, version: 2 }, "ja");
    expect(await nextReviewAfter(bureau.users.manager.actor, reportId)).toBeNull();
    expect(await nextReviewAfter(other.users.manager.actor, "another")).toMatchObject({ reportId: otherReport.id });
  });
});

describe("the periods page's counts open their lists", () => {
  it("lists the issues behind each count, with the same rule as the count (an untouched copy is 未報告)", async () => {
    const { listPeriodReports } = await import("@/lib/data/period-reports");
    const { countPeriods } = await import("@/lib/data/period-counts");
    const period = await db.reportingPeriod.findUniqueOrThrow({ where: { id: periodId } });
    const manager = bureau.users.manager.actor;
    expect((await listPeriodReports(manager, periodId, "NOT_REPORTED"))!.rows.map((r) => r.report?.id)).toEqual([reportId]);
    expect((await listPeriodReports(manager, periodId, "DRAFT"))!.rows).toEqual([]);
    await saveProgressDraft(bureau.users.owner.actor, draft(1), "ja");
    await submitProgress(bureau.users.owner.actor, { reportId, version: 2 }, "ja");
    const submitted = (await listPeriodReports(manager, periodId, "SUBMITTED"))!.rows;
    expect(submitted.map((r) => r.report?.id)).toEqual([reportId]);
    expect(submitted.length).toBe((await countPeriods([period])).get(periodId)!.byState.SUBMITTED);
    expect((await listPeriodReports(manager, periodId, "NOT_REPORTED"))!.rows).toEqual([]);
  });
});
