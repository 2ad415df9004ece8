import { randomBytes } from "node:crypto";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { updateIssueDetails, updateIssueText } from "@/lib/commands/issues";
import { openPeriod } from "@/lib/commands/periods";
import { reviewProgress, saveProgressDraft, submitProgress } from "@/lib/commands/progress";
import { getBureauDashboard } from "@/lib/data/dashboard";
import { resolveDashboardScope } from "@/lib/data/dashboard-scope";
import { type ExportData, getExportData } from "@/lib/data/export-data";
import { getMilestoneTimeline } from "@/lib/data/milestone-timeline";
import { db } from "@/lib/db";
import { toCsv } from "@/lib/export/csv";
import { progressTable } from "@/lib/export/progress-rows";
import { createTranslator } from "@/lib/i18n/messages";
import { parseDashboardFilters } from "@/lib/validation/dashboard";
import { createDocument, createUser } from "@/tests/factories/documents";
import { asOfIssue } from "@/tests/factories/reporting";

// Issue 22's property: for random sequences of saves, submissions, approvals,
// returns and edits of an issue, the export "as of" each reporting date is
// byte-identical before and after every later action (only an approval for
// that date or an earlier one may change it), and the dashboards for that
// date agree with it.

const dates = ["2024-11-30", "2025-05-31", "2025-11-30"] as const;
const openDates = [dates[1], dates[2]] as const;
const generatedAt = new Date("2026-01-01T00:00:00Z");
const t = createTranslator("ja");

const issueIndex = fc.integer({ min: 0, max: 1 });
const periodIndex = fc.integer({ min: 0, max: 1 });
const doneDate = fc.constantFrom("", "2024-08-01", "2025-04-15", "2025-10-01");
const action = fc.oneof(
  fc.record({ kind: fc.constant("save" as const), issue: issueIndex, period: periodIndex, actual: fc.option(fc.integer({ min: 0, max: 30 })), done: fc.tuple(doneDate, doneDate), status: fc.constantFrom("ON_TRACK", "DELAYED", "COMPLETED") }),
  fc.record({ kind: fc.constant("submit" as const), issue: issueIndex, period: periodIndex }),
  fc.record({ kind: fc.constant("approve" as const), issue: issueIndex, period: periodIndex }),
  fc.record({ kind: fc.constant("return" as const), issue: issueIndex, period: periodIndex }),
  fc.record({ kind: fc.constant("details" as const), issue: issueIndex, target: fc.integer({ min: 1, max: 50 }), partner: fc.constantFrom("甲大学", "乙社"), addMilestone: fc.boolean() }),
  fc.record({ kind: fc.constant("text" as const), issue: issueIndex, content: fc.constantFrom("改めた内容。", "さらに改めた内容。") }),
);
type Action = typeof action extends fc.Arbitrary<infer A> ? A : never;

async function setUp() {
  const bureau = await createDocument(db, { issues: [asOfIssue("A(1)", 1), asOfIssue("A(2)", 2)] });
  const section = await db.section.findFirstOrThrow({ where: { bureauId: bureau.bureauId } });
  const staff = await createUser(db, { role: "STAFF", bureauId: bureau.bureauId, sectionId: section.id });
  const manager = await createUser(db, { role: "MANAGER", bureauId: bureau.bureauId });
  const periodIds: string[] = [];
  for (const asOfDate of openDates) {
    const opened = await openPeriod(manager.actor, { bureauId: bureau.bureauId, asOfDate, deadline: "" }, "ja");
    if (!opened.ok) throw new Error(`could not open ${asOfDate}`);
    periodIds.push(opened.data.periodId);
  }
  const issueIds = (await db.issue.findMany({ where: { documentId: bureau.documentId }, orderBy: { sortOrder: "asc" } })).map((i) => i.id);
  const code = (await db.bureau.findUniqueOrThrow({ where: { id: bureau.bureauId } })).code;
  return { bureau, code, staff, manager, periodIds, issueIds };
}
type World = Awaited<ReturnType<typeof setUp>>;

/** Runs one action; refusals (a submit of an approved report, say) are part of the sequence. Returns the date an approval was for. */
async function run(world: World, a: Action): Promise<string | null> {
  const { staff, manager } = world;
  const issueId = world.issueIds[a.issue]!;
  if (a.kind === "details") {
    const current = await db.issue.findUniqueOrThrow({ where: { id: issueId }, include: { indicators: true, milestones: { orderBy: { sortOrder: "asc" } } } });
    const details = {
      indicators: current.indicators.map((i) => ({ id: i.id, name: i.name, unit: i.unit, direction: i.direction, baseline: String(i.baseline ?? ""), baselineLabel: i.baselineLabel, target: String(a.target), targetFiscalYear: "2026" })),
      milestones: [
        ...current.milestones.map((m) => ({ id: m.id, title: `${m.title}`, plannedDate: m.plannedDate?.toISOString().slice(0, 10) ?? "", plannedFiscalYear: String(m.plannedFiscalYear ?? "") })),
        ...(a.addMilestone ? [{ title: `追加${randomBytes(2).toString("hex")}`, plannedDate: "2026-06-01", plannedFiscalYear: "2026" }] : []),
      ],
      partners: [{ name: `${a.partner}${world.code}`, kind: "OTHER", role: "連携" }],
    };
    await updateIssueDetails(manager.actor, { issueId, version: current.version, details: JSON.stringify(details) }, "ja");
    return null;
  }
  if (a.kind === "text") {
    const current = await db.issue.findUniqueOrThrow({ where: { id: issueId } });
    await updateIssueText(manager.actor, { ...current, issueId, summaryBullets: (current.summaryBullets as string[]).join("\n"), content: a.content }, "ja");
    return null;
  }
  const periodId = world.periodIds[a.period]!;
  const report = await db.progressReport.findUniqueOrThrow({ where: { issueId_periodId: { issueId, periodId } } });
  const ref = { reportId: report.id, version: report.version };
  if (a.kind === "save") {
    const indicator = await db.indicator.findFirstOrThrow({ where: { issueId } });
    const milestones = await db.milestone.findMany({ where: { issueId }, orderBy: { sortOrder: "asc" }, take: 2 });
    await saveProgressDraft(staff.actor, {
      ...ref,
      progressText: `報告${randomBytes(2).toString("hex")}`,
      status: a.status,
      indicators: [{ indicatorId: indicator.id, actual: a.actual === null ? "" : String(a.actual) }],
      milestones: milestones.map((m, i) => ({ milestoneId: m.id, doneDate: a.done[i]! })),
    }, "ja");
    return null;
  }
  if (a.kind === "submit") {
    await submitProgress(staff.actor, ref, "ja");
    return null;
  }
  const result = await reviewProgress(manager.actor, { ...ref, decision: a.kind === "approve" ? "approve" : "return", comment: a.kind === "return" ? "直してください。" : "" }, "ja");
  return a.kind === "approve" && result.ok ? openDates[a.period]! : null;
}

/** The export as of `date`, as the JSON and CSV files hold it. */
async function exportFiles(world: World, date: string) {
  const data = (await getExportData(world.manager, world.code, date, generatedAt))!;
  return { data, bytes: `${JSON.stringify(data, null, 2)}\n${toCsv(progressTable(data, t))}` };
}

/** The bureau dashboard and milestone timeline for `date` show what the export for it shows. */
async function expectDashboardsAgree(world: World, date: string, data: ExportData) {
  const filters = parseDashboardFilters({ date });
  const scope = await resolveDashboardScope(world.manager.actor, filters);
  const dashboard = (await getBureauDashboard(scope, filters))!;
  const exported = data.bureaus[0]!.issues;
  const statuses = exported.flatMap((i) => (i.progress ? [i.progress.status] : []));
  const areaA = dashboard.areaStatus.find((a) => a.code === "A")!;
  expect(Object.entries(areaA.counts).filter(([, n]) => n > 0).sort()).toEqual(
    [...new Set(statuses)].map((s) => [s, statuses.filter((x) => x === s).length]).sort(),
  );
  expect(areaA.none).toBe(exported.length - statuses.length);
  expect(dashboard.issues.map((i) => i.indicators.map((ind) => [ind.name, ind.target, ind.actual]))).toEqual(
    exported.map((i) => i.indicators.map((ind) => [ind.name, ind.target, ind.values.find((v) => v.reportingDate === date)?.actual ?? null])),
  );
  const timeline = (await getMilestoneTimeline(scope, filters))!;
  const shown = timeline.flatMap((y) => y.milestones.map((m) => `${m.issue.code}:${m.title}:${m.doneDate}`)).sort();
  expect(shown).toEqual(exported.flatMap((i) => i.milestones.map((m) => `${i.code}:${m.title}:${m.doneDate}`)).sort());
}

describe("as-of exports under random later work", () => {
  it("stay byte-identical until an approval for their date (or an earlier one), and the dashboards agree", async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(action, { minLength: 4, maxLength: 14 }), async (actions) => {
        const world = await setUp();
        const snapshots = new Map<string, string>();
        for (const date of dates) snapshots.set(date, (await exportFiles(world, date)).bytes);
        for (const a of actions) {
          const approvedFor = await run(world, a);
          for (const date of dates) {
            const { data, bytes } = await exportFiles(world, date);
            if (approvedFor !== null && date >= approvedFor) snapshots.set(date, bytes);
            else expect(bytes, `${date} after ${JSON.stringify(a)}`).toBe(snapshots.get(date));
            await expectDashboardsAgree(world, date, data);
          }
        }
      }),
      { numRuns: 5 },
    );
  }, 600_000);
});
