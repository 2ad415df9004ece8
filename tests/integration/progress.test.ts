import { beforeEach, describe, expect, it } from "vitest";
import { closePeriod, openPeriod } from "@/lib/commands/periods";
import { reviewProgress, saveProgressDraft, submitProgress } from "@/lib/commands/progress";
import { db } from "@/lib/db";
import { createReportingBureau } from "@/tests/factories/reporting";

let bureau: Awaited<ReturnType<typeof createReportingBureau>>;
let reportId: string;
let periodId: string;

beforeEach(async () => {
  bureau = await createReportingBureau(db);
  const opened = await openPeriod(bureau.users.manager.actor, { bureauId: bureau.bureauId, asOfDate: "2025-05-31", deadline: "" }, "ja");
  if (!opened.ok) throw new Error("could not open a period");
  periodId = opened.data.periodId;
  reportId = (await db.progressReport.findFirstOrThrow({ where: { periodId } })).id;
});

const report = () => db.progressReport.findUniqueOrThrow({ where: { id: reportId } });
const saves = () => db.auditEntry.count({ where: { entityId: reportId, action: "progress.save" } });
const draft = (version: number, progressText = "令和７年５月までに会議を２回開催した。") => ({
  reportId,
  version,
  progressText,
  status: "ON_TRACK",
  indicators: [{ indicatorId: bureau.indicatorId, actual: "５" }],
  milestones: [{ milestoneId: bureau.milestoneId, doneDate: "2025-03-01" }],
});

describe("staff write ⑤", () => {
  it("saves text, status, indicator actuals and milestones with an audit entry in the same transaction", async () => {
    const result = await saveProgressDraft(bureau.users.owner.actor, draft(1), "ja");
    expect(result).toEqual({ ok: true, data: { version: 2 } });
    // Saved by a person: no longer the carried-forward copy, for the report and its values alike.
    expect(await report()).toMatchObject({ progressText: "令和７年５月までに会議を２回開催した。", version: 2, authorId: bureau.users.owner.id, carriedForward: false });
    const value = await db.indicatorValue.findUniqueOrThrow({ where: { indicatorId_periodId: { indicatorId: bureau.indicatorId, periodId } } });
    expect(value).toMatchObject({ actual: 5, carriedForward: false });
    // Milestones done belong to the report's period; the milestone itself is not touched.
    const done = await db.milestoneCompletion.findUniqueOrThrow({ where: { milestoneId_periodId: { milestoneId: bureau.milestoneId, periodId } } });
    expect(done.doneDate?.toISOString()).toBe("2025-03-01T00:00:00.000Z");
    const audit = await db.auditEntry.findFirstOrThrow({ where: { entityId: reportId, action: "progress.save" } });
    expect(audit.before).toMatchObject({ progressText: "進捗", version: 1 });
    expect(audit.after).toMatchObject({ progressText: "令和７年５月までに会議を２回開催した。", version: 2 });
  });

  it("a later save rewrites the period's actual and done date in place; an id sent twice is written once, with its first value", async () => {
    expect((await saveProgressDraft(bureau.users.owner.actor, draft(1), "ja")).ok).toBe(true);
    const again = {
      ...draft(2),
      indicators: [{ indicatorId: bureau.indicatorId, actual: "7" }, { indicatorId: bureau.indicatorId, actual: "8" }],
      milestones: [{ milestoneId: bureau.milestoneId, doneDate: "" }, { milestoneId: bureau.milestoneId, doneDate: "2025-04-01" }],
    };
    expect(await saveProgressDraft(bureau.users.owner.actor, again, "ja")).toEqual({ ok: true, data: { version: 3 } });
    expect(await db.indicatorValue.findMany({ where: { indicatorId: bureau.indicatorId, periodId } })).toMatchObject([{ actual: 7, carriedForward: false }]);
    expect(await db.milestoneCompletion.findMany({ where: { milestoneId: bureau.milestoneId, periodId } })).toMatchObject([{ doneDate: null }]);
  });

  it("keeps the value of an indicator the form left out, no longer as a carried-forward copy", async () => {
    const value = () => db.indicatorValue.findUniqueOrThrow({ where: { indicatorId_periodId: { indicatorId: bureau.indicatorId, periodId } } });
    const carried = await value();
    expect(carried.carriedForward).toBe(true);
    expect((await saveProgressDraft(bureau.users.owner.actor, { ...draft(1), indicators: [] }, "ja")).ok).toBe(true);
    expect(await value()).toMatchObject({ actual: carried.actual, carriedForward: false });
  });

  it("lets a section that shares editing save, and refuses one that only follows the issue", async () => {
    expect((await saveProgressDraft(bureau.users.sharing.actor, draft(1), "ja")).ok).toBe(true);
    expect(await saveProgressDraft(bureau.users.viewer.actor, draft(2), "ja")).toMatchObject({ ok: false, kind: "forbidden" });
  });

  it("refuses other bureaus, managers, auditors and signed ids of another issue, writing nothing", async () => {
    for (const actor of [bureau.users.otherBureauStaff.actor, bureau.users.manager.actor, bureau.users.auditor.actor]) {
      expect(await saveProgressDraft(actor, draft(1), "ja")).toMatchObject({ ok: false, kind: "forbidden" });
    }
    const other = await createReportingBureau(db);
    const forged = { ...draft(1), indicators: [{ indicatorId: other.indicatorId, actual: "9" }] };
    expect(await saveProgressDraft(bureau.users.owner.actor, forged, "ja")).toMatchObject({ ok: false, kind: "forbidden" });
    expect(await report()).toMatchObject({ progressText: "進捗", version: 1 });
    expect(await saves()).toBe(0);
  });

  it("rejects bad input with messages at the field and writes nothing", async () => {
    const result = await saveProgressDraft(bureau.users.owner.actor, { ...draft(1, "   "), indicators: [{ indicatorId: bureau.indicatorId, actual: "たくさん" }] }, "ja");
    expect(result).toMatchObject({
      ok: false,
      kind: "invalid",
      fieldErrors: { progressText: ["⑤ 進捗状況を入力してください。"], "indicators.0.actual": ["数値を入力してください（空欄は「値なし」）。"] },
    });
    expect(await saveProgressDraft(bureau.users.owner.actor, draft(1, "あ".repeat(4001)), "en")).toMatchObject({
      fieldErrors: { progressText: ["The ⑤ progress text may have at most 4,000 characters."] },
    });
    expect(await saveProgressDraft(bureau.users.owner.actor, { ...draft(1), status: "GREAT" }, "ja")).toMatchObject({ ok: false, kind: "invalid" });
    expect(await saves()).toBe(0);
  });
});

describe("optimistic locking", () => {
  it("refuses a save that started from an old version and returns the stored text to merge", async () => {
    expect((await saveProgressDraft(bureau.users.owner.actor, draft(1, "先に保存した内容。"), "ja")).ok).toBe(true);
    const late = await saveProgressDraft(bureau.users.sharing.actor, draft(1, "後から保存しようとした内容。"), "ja");
    expect(late).toMatchObject({ ok: false, kind: "conflict", current: { progressText: "先に保存した内容。", version: 2 } });
    expect(await report()).toMatchObject({ progressText: "先に保存した内容。", version: 2 });
  });

  it("never lets two concurrent saves from the same version both land", async () => {
    const results = await Promise.all([
      saveProgressDraft(bureau.users.owner.actor, draft(1, "Ａさんの内容。"), "ja"),
      saveProgressDraft(bureau.users.sharing.actor, draft(1, "Ｂさんの内容。"), "ja"),
    ]);
    const winners = results.filter((r) => r.ok);
    const losers = results.filter((r) => !r.ok);
    expect(winners).toHaveLength(1);
    expect(losers).toMatchObject([{ kind: "conflict" }]);
    const stored = await report();
    expect(stored.version).toBe(2);
    const winnerText = results[0]!.ok ? "Ａさんの内容。" : "Ｂさんの内容。";
    expect(stored.progressText).toBe(winnerText);
    expect(await saves()).toBe(1);
  });
});

describe("submit and review", () => {
  it("runs draft → submitted → returned with a comment → resubmitted → approved, then read-only", async () => {
    const { owner, manager } = bureau.users;
    // The carried-forward draft is the previous ⑤ word for word: submitting it needs the author's confirmation.
    expect(await submitProgress(owner.actor, { reportId, version: 1 }, "ja")).toEqual({ ok: false, kind: "rejected", reason: "progress.unchangedFromPrevious" });
    expect(await report()).toMatchObject({ workflowState: "DRAFT", carriedForward: true });
    expect(await submitProgress(owner.actor, { reportId, version: 1, confirmUnchanged: "true" }, "ja")).toEqual({ ok: true, data: { version: 2 } });
    expect(await report()).toMatchObject({ workflowState: "SUBMITTED", carriedForward: false });
    expect(await saveProgressDraft(owner.actor, draft(2), "ja")).toMatchObject({ ok: false, reason: "progress.notEditable" });

    expect(await reviewProgress(manager.actor, { reportId, version: 2, decision: "return", comment: "" }, "ja")).toMatchObject({
      ok: false,
      fieldErrors: { comment: ["差し戻す理由をコメントに入力してください。"] },
    });
    expect(await reviewProgress(owner.actor, { reportId, version: 2, decision: "approve" }, "ja")).toMatchObject({ ok: false, kind: "forbidden" });
    expect((await reviewProgress(manager.actor, { reportId, version: 2, decision: "return", comment: "数値の根拠を追記してください。" }, "ja")).ok).toBe(true);
    expect(await report()).toMatchObject({ workflowState: "RETURNED", reviewComment: "数値の根拠を追記してください。", reviewedById: manager.id });

    expect((await saveProgressDraft(owner.actor, draft(3, "根拠を追記した。"), "ja")).ok).toBe(true);
    expect((await submitProgress(owner.actor, { reportId, version: 4 }, "ja")).ok).toBe(true);
    expect((await reviewProgress(manager.actor, { reportId, version: 5, decision: "approve" }, "ja")).ok).toBe(true);
    expect(await report()).toMatchObject({ workflowState: "APPROVED", version: 6 });
    expect(await saveProgressDraft(owner.actor, draft(6), "ja")).toMatchObject({ ok: false, reason: "progress.notEditable" });

    const actions = (await db.auditEntry.findMany({ where: { entityId: reportId }, orderBy: { id: "asc" } })).map((a) => a.action);
    expect(actions).toEqual(["progress.submit", "progress.return", "progress.save", "progress.submit", "progress.approve"]);
  });

  it("locks every report when the period closes", async () => {
    expect((await closePeriod(bureau.users.manager.actor, { periodId }, "ja")).ok).toBe(true);
    expect(await saveProgressDraft(bureau.users.owner.actor, draft(1), "ja")).toMatchObject({ ok: false, reason: "progress.notEditable" });
    expect(await submitProgress(bureau.users.owner.actor, { reportId, version: 1 }, "ja")).toMatchObject({ ok: false, reason: "progress.notSubmittable" });
  });
});
