import { beforeEach, describe, expect, it } from "vitest";
import { openPeriod } from "@/lib/commands/periods";
import { reviewProgress, saveProgressDraft, submitProgress } from "@/lib/commands/progress";
import { type BureauDashboard, getBureauDashboard } from "@/lib/data/dashboard";
import { resolveDashboardScope } from "@/lib/data/dashboard-scope";
import { getSectionMatrix } from "@/lib/data/section-matrix";
import { db } from "@/lib/db";
import { createReportingBureau } from "@/tests/factories/reporting";

// The dashboard's first row (issue 20): submitted/expected, past the deadline,
// late milestones, indicators behind and indicators that cannot be judged,
// counted by the same rules as the lists they open, on both engines.
const noFilters = { affiliated: false };
// The deadline is 2025-06-14: its day has ended in Japan at 15:00 UTC.
const afterDeadline = new Date("2025-06-15T00:00:00Z");
let bureau: Awaited<ReturnType<typeof createReportingBureau>>;
let code: string;
let reportId: string;

beforeEach(async () => {
  bureau = await createReportingBureau(db);
  code = (await db.bureau.findUniqueOrThrow({ where: { id: bureau.bureauId } })).code;
  const opened = await openPeriod(bureau.users.manager.actor, { bureauId: bureau.bureauId, asOfDate: "2025-05-31", deadline: "2025-06-14" }, "ja");
  if (!opened.ok) throw new Error("could not open a period");
  reportId = (await db.progressReport.findFirstOrThrow({ where: { periodId: opened.data.periodId } })).id;
});

const dashboard = async (now = afterDeadline) =>
  (await getBureauDashboard(await resolveDashboardScope(bureau.users.manager.actor, { ...noFilters, bureau: code, date: "2025-05-31" }), noFilters, now))!;

/** Each figure of the first row is the length of the list it links to. */
function expectTotalsMatchLists(d: BureauDashboard) {
  expect(d.totals).toMatchObject({ expected: d.issues.length, overdue: d.overdue.length, lateMilestones: d.lateMilestones.length, offTrack: d.offTrack.length, unjudged: d.unjudged.length });
}

const owner = () => bureau.users.owner.actor;
const manager = () => bureau.users.manager.actor;

describe("the dashboard's first row of totals", () => {
  it("counts a carried-forward copy as not submitted, overdue after the deadline, its indicator as not judgeable", async () => {
    const before = await dashboard(new Date("2025-06-14T14:59:00Z"));
    expect(before.totals).toEqual({ submitted: 0, expected: 1, overdue: 0, lateMilestones: 1, offTrack: 0, unjudged: 1 });
    const after = await dashboard();
    // The milestone due 2025-03-01 and not done is late as of 2025-05-31.
    expect(after.totals).toEqual({ submitted: 0, expected: 1, overdue: 1, lateMilestones: 1, offTrack: 0, unjudged: 1 });
    expectTotalsMatchLists(after);
  });

  it("follows the report through submit, return, resubmit and approval", async () => {
    expect((await saveProgressDraft(owner(), { reportId, version: 1, progressText: "会議の準備を進めた。", status: "DELAYED", indicators: [{ indicatorId: bureau.indicatorId, actual: "4" }] }, "ja")).ok).toBe(true);
    expect((await dashboard()).totals).toMatchObject({ submitted: 0, overdue: 1, unjudged: 1 });

    expect((await submitProgress(owner(), { reportId, version: 2 }, "ja")).ok).toBe(true);
    const submitted = await dashboard();
    // Sent in: no longer overdue; the actual is not the date's until approved.
    expect(submitted.totals).toEqual({ submitted: 1, expected: 1, overdue: 0, lateMilestones: 1, offTrack: 0, unjudged: 1 });

    expect((await reviewProgress(manager(), { reportId, version: 3, decision: "return", comment: "実績を確認してください。" }, "ja")).ok).toBe(true);
    const returned = await dashboard();
    expect(returned.totals).toMatchObject({ submitted: 0, overdue: 1 });
    expectTotalsMatchLists(returned);

    expect((await submitProgress(owner(), { reportId, version: 4, confirmUnchanged: true }, "ja")).ok).toBe(true);
    expect((await reviewProgress(manager(), { reportId, version: 5, decision: "approve", comment: "" }, "ja")).ok).toBe(true);
    const approved = await dashboard();
    // 4 against 10 by the end of FY2025 from 0 on 2024-04-01: about 5.8 expected on 2025-05-31, so behind.
    expect(approved.totals).toEqual({ submitted: 1, expected: 1, overdue: 0, lateMilestones: 1, offTrack: 1, unjudged: 0 });
    expectTotalsMatchLists(approved);
  });

  it("counts only the issues the filters leave", async () => {
    const scope = await resolveDashboardScope(manager(), { ...noFilters, bureau: code, date: "2025-05-31", status: "ON_TRACK" });
    const filtered = (await getBureauDashboard(scope, { ...noFilters, status: "ON_TRACK" }, afterDeadline))!;
    expect(filtered.issues).toEqual([]);
    expect(filtered.totals).toEqual({ submitted: 0, expected: 0, overdue: 0, lateMilestones: 0, offTrack: 0, unjudged: 0 });
  });
});

describe("the section × issue matrix coloured by this period's report state", () => {
  const state = async (date: string) =>
    (await getSectionMatrix(await resolveDashboardScope(manager(), { ...noFilters, bureau: code, date }), noFilters))!.columns.map((c) => c.state);

  it("is 未報告 for the untouched copy, then follows the workflow; an earlier date keeps its own state", async () => {
    expect(await state("2025-05-31")).toEqual(["NOT_REPORTED"]);
    // The factory's 2024-11-30 report is approved.
    expect(await state("2024-11-30")).toEqual(["APPROVED"]);
    await saveProgressDraft(owner(), { reportId, version: 1, progressText: "会議の準備を進めた。", status: "ON_TRACK" }, "ja");
    expect(await state("2025-05-31")).toEqual(["DRAFT"]);
    await submitProgress(owner(), { reportId, version: 2 }, "ja");
    expect(await state("2025-05-31")).toEqual(["SUBMITTED"]);
    await reviewProgress(manager(), { reportId, version: 3, decision: "return", comment: "実績を確認してください。" }, "ja");
    expect(await state("2025-05-31")).toEqual(["RETURNED"]);
  });
});
