import { randomBytes } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { AccessDeniedError } from "@/lib/auth/access-denied";
import { recordAudit } from "@/lib/audit/record-audit";
import { saveProgressDraft } from "@/lib/commands/progress";
import { getCityOverview } from "@/lib/data/city-overview";
import { getBureauDashboard, getCompletenessTrend } from "@/lib/data/dashboard";
import { resolveDashboardScope } from "@/lib/data/dashboard-scope";
import { listFilterOptions } from "@/lib/data/issue-filters";
import { countReviewQueue, listReviewQueue } from "@/lib/data/reports";
import { getSectionMatrix } from "@/lib/data/section-matrix";
import { db } from "@/lib/db";
import { createClient } from "@/lib/db/client";
import { toPlainDate } from "@/lib/domain/dates";
import { readEnv } from "@/lib/env";
import { parseDashboardFilters } from "@/lib/validation/dashboard";
import { generateCity } from "@/scripts/bench/city-generator";
import { createUser } from "@/tests/factories/documents";

// The dashboards' read models are cached per process (decision 100). These tests read
// each view first, so that it is cached, then write, then read again.
const prefix = `cache-${randomBytes(3).toString("hex")}`;
const noFilters = parseDashboardFilters({});
// Another app instance: its own client and connections on the same database.
const otherInstance = createClient(readEnv().DATABASE_URL);

type Actor = Awaited<ReturnType<typeof createUser>>["actor"];
let first: { id: string; code: string };
let second: { id: string; code: string };
let openDate: string;
let report: { id: string; issueId: string; version: number };
let author: Awaited<ReturnType<typeof createUser>>;
let manager: Awaited<ReturnType<typeof createUser>>;
let cityManager: Awaited<ReturnType<typeof createUser>>;
let secondStaff: Awaited<ReturnType<typeof createUser>>;

const dashboardOf = async (actor: Actor, bureau?: string) =>
  (await getBureauDashboard(await resolveDashboardScope(actor, { ...noFilters, bureau }), noFilters))!;
const rowOf = async (actor: Actor) => (await dashboardOf(actor)).issues.find((issue) => issue.id === report.issueId)!;

beforeAll(async () => {
  await generateCity(db, { bureaus: 2, issuesPerBureau: 4, reportingDates: 2, prefix });
  first = await db.bureau.findFirstOrThrow({ where: { code: `${prefix}-01` }, select: { id: true, code: true } });
  second = await db.bureau.findFirstOrThrow({ where: { code: `${prefix}-02` }, select: { id: true, code: true } });
  const draft = await db.progressReport.findFirstOrThrow({
    where: { period: { bureauId: first.id, status: "OPEN" }, workflowState: "DRAFT" },
    select: { id: true, issueId: true, version: true, issue: { select: { owningSectionId: true } }, period: { select: { asOfDate: true } } },
  });
  openDate = toPlainDate(draft.period.asOfDate);
  report = draft;
  // The untouched copy made when the period opened (未報告 until someone saves it), before anything is cached.
  await db.progressReport.update({ where: { id: draft.id }, data: { carriedForward: true } });
  author = await createUser(db, { role: "STAFF", bureauId: first.id, sectionId: draft.issue.owningSectionId });
  manager = await createUser(db, { role: "MANAGER", bureauId: first.id });
  cityManager = await createUser(db, { role: "MANAGER" });
  secondStaff = await createUser(db, { role: "STAFF", bureauId: second.id });
});

afterAll(() => otherInstance.$disconnect());

describe("cached dashboards after a write", () => {
  it("show a saved report at the next read, to its author and to a manager", async () => {
    await rowOf(author.actor);
    await rowOf(manager.actor);
    const cityBefore = (await getCityOverview(cityManager.actor, openDate)).rows.find((row) => row.id === first.id)!;

    const saved = await saveProgressDraft(author.actor, { reportId: report.id, version: report.version, progressText: "遅れている。", status: "DELAYED" }, "ja");
    expect(saved.ok).toBe(true);
    report.version = saved.ok ? saved.data.version : report.version;

    for (const reader of [author, manager]) {
      const row = await rowOf(reader.actor);
      expect(row.report?.status).toBe("DELAYED");
      expect(row.report?.author?.name).toBe(author.name);
    }
    const matrix = (await getSectionMatrix(await resolveDashboardScope(manager.actor, noFilters), noFilters))!;
    expect(matrix.columns.find((column) => column.id === report.issueId)?.latest?.status).toBe("DELAYED");
    const cityAfter = (await getCityOverview(cityManager.actor, openDate)).rows.find((row) => row.id === first.id)!;
    expect(cityAfter.notReported).toBe(cityBefore.notReported - 1);
  });

  it("show a write committed by another app instance at the next read", async () => {
    await rowOf(manager.actor);
    await otherInstance.$transaction(async (tx) => {
      await tx.progressReport.update({ where: { id: report.id }, data: { status: "COMPLETED", version: { increment: 1 } } });
      await recordAudit(tx, { actorId: author.id, action: "progress.save", entityType: "ProgressReport", entityId: report.id, bureauId: first.id });
    });
    expect((await rowOf(manager.actor)).report?.status).toBe("COMPLETED");
    expect((await rowOf(author.actor)).report?.status).toBe("COMPLETED");
  });
});

// The bureau dashboard is cached in two parts (decision 100): the bureau's structure (issues and
// their definitions as of the date), and its reports, which a save or review of ⑤ reloads alone.
describe("the bureau dashboard's structure and reports", () => {
  it("reloads only the reports after a save of ⑤, and the structure after an issue write on another instance", async () => {
    const cached = await rowOf(manager.actor);
    // Renamed without an audit entry (SQL by hand): no counter moves, so only a reload would show it.
    await db.issue.update({ where: { id: report.issueId }, data: { name: "手で書き換えた名前" } });
    const { version } = await db.progressReport.findUniqueOrThrow({ where: { id: report.id }, select: { version: true } });
    const saved = await saveProgressDraft(author.actor, { reportId: report.id, version: String(version), progressText: "一部遅れている。", status: "PARTLY_DELAYED" }, "ja");
    expect(saved.ok).toBe(true);
    const afterSave = await rowOf(manager.actor);
    expect(afterSave.report?.status).toBe("PARTLY_DELAYED");
    expect(afterSave.name).toBe(cached.name);

    await otherInstance.$transaction(async (tx) => {
      await tx.issue.update({ where: { id: report.issueId }, data: { name: "別の実体で変えた名前" } });
      await recordAudit(tx, { actorId: manager.id, action: "issue.update", entityType: "Issue", entityId: report.issueId, bureauId: first.id });
    });
    for (const reader of [author, manager]) expect((await rowOf(reader.actor)).name).toBe("別の実体で変えた名前");
  });

  it("shows an approval committed by another instance in the indicators as of the date", async () => {
    const indicator = (await rowOf(manager.actor)).indicators[0]!;
    expect(indicator.actual).toBeNull();
    const { periodId } = await db.progressReport.findUniqueOrThrow({ where: { id: report.id }, select: { periodId: true } });
    await otherInstance.$transaction(async (tx) => {
      await tx.indicatorValue.upsert({
        where: { indicatorId_periodId: { indicatorId: indicator.id, periodId } },
        update: { actual: 42, carriedForward: false },
        create: { indicatorId: indicator.id, periodId, actual: 42 },
      });
      await tx.progressReport.update({ where: { id: report.id }, data: { workflowState: "APPROVED", reviewedAt: new Date(), reviewedById: manager.id, version: { increment: 1 } } });
      await recordAudit(tx, { actorId: manager.id, action: "progress.approve", entityType: "ProgressReport", entityId: report.id, bureauId: first.id });
    });
    const row = await rowOf(author.actor);
    expect(row.report?.workflowState).toBe("APPROVED");
    expect(row.indicators.find((i) => i.id === indicator.id)?.actual).toBe(42);
  });

  it("shows a reporting date's new deadline, written on another instance, in the dashboards' scope", async () => {
    const scope = await resolveDashboardScope(manager.actor, noFilters);
    const deadline = new Date("2031-03-31T14:59:59.000Z");
    expect(scope.period?.deadline).not.toEqual(deadline);
    await otherInstance.$transaction(async (tx) => {
      await tx.reportingPeriod.update({ where: { id: scope.period!.id }, data: { deadline } });
      await recordAudit(tx, { actorId: manager.id, action: "period.deadline", entityType: "ReportingPeriod", entityId: scope.period!.id, bureauId: first.id });
    });
    expect((await resolveDashboardScope(author.actor, noFilters)).period?.deadline).toEqual(deadline);
  });
});

// A save of ⑤ reloads the reports in raw SQL, and leaves cached what only the structure decides
// (decision 102): the issues each date expects, and the filters on the structure alone.
describe("what a save of ⑤ leaves cached", () => {
  const submitOnOtherInstance = (reportId: string) =>
    otherInstance.$transaction(async (tx) => {
      await tx.progressReport.update({ where: { id: reportId }, data: { workflowState: "SUBMITTED", carriedForward: false, submittedAt: new Date(), version: { increment: 1 } } });
      await recordAudit(tx, { actorId: author.id, action: "progress.submit", entityType: "ProgressReport", entityId: reportId, bureauId: first.id });
    });

  it("shows a submission committed by another instance in the completeness trend, to its author and to a manager", async () => {
    const other = await db.progressReport.findFirstOrThrow({
      where: { period: { bureauId: first.id, status: "OPEN" }, workflowState: "DRAFT", id: { not: report.id } },
      select: { id: true },
    });
    const trendOf = async (actor: Actor) => (await getCompletenessTrend(await resolveDashboardScope(actor, noFilters))).find((point) => point.date === openDate)!;
    const before = { author: await trendOf(author.actor), manager: await trendOf(manager.actor) };
    await submitOnOtherInstance(other.id);
    for (const reader of ["author", "manager"] as const) {
      const after = await trendOf((reader === "author" ? author : manager).actor);
      expect(after.submitted).toBe(before[reader].submitted + 1);
      expect(after.expected).toBe(before[reader].expected);
    }
  });

  it("counts a submission committed by another instance in the menu's review count, city-wide and in the bureau", async () => {
    const other = await db.progressReport.findFirstOrThrow({
      where: { period: { bureauId: first.id, status: "OPEN" }, workflowState: "DRAFT", id: { not: report.id } },
      select: { id: true },
    });
    const before = { city: (await countReviewQueue(cityManager.actor))!, bureau: (await countReviewQueue(manager.actor))! };
    await submitOnOtherInstance(other.id);
    expect(await countReviewQueue(cityManager.actor)).toBe(before.city + 1);
    expect(await countReviewQueue(manager.actor)).toBe(before.bureau + 1);
    // The count is the review page's list, whoever reviews.
    for (const reviewer of [cityManager, manager]) expect(await countReviewQueue(reviewer.actor)).toBe((await listReviewQueue(reviewer.actor)).length);
  });

  it("shows an approval committed by another instance under a status filter, which reads the approved ⑤", async () => {
    const other = await db.progressReport.findFirstOrThrow({
      where: { period: { bureauId: first.id, status: "OPEN" }, workflowState: { in: ["DRAFT", "SUBMITTED", "RETURNED"] }, id: { not: report.id } },
      select: { id: true, issueId: true },
    });
    const delayed = parseDashboardFilters({ status: "DELAYED" });
    const filteredOf = async (actor: Actor) => (await getBureauDashboard(await resolveDashboardScope(actor, delayed), delayed))!.issues.map((issue) => issue.id);
    for (const reader of [author, manager]) expect(await filteredOf(reader.actor)).not.toContain(other.issueId);
    await otherInstance.$transaction(async (tx) => {
      await tx.progressReport.update({ where: { id: other.id }, data: { status: "DELAYED", workflowState: "APPROVED", carriedForward: false, reviewedAt: new Date(), reviewedById: manager.id, version: { increment: 1 } } });
      await recordAudit(tx, { actorId: manager.id, action: "progress.approve", entityType: "ProgressReport", entityId: other.id, bureauId: first.id });
    });
    for (const reader of [author, manager]) {
      expect(await filteredOf(reader.actor)).toContain(other.issueId);
      const row = (await getBureauDashboard(await resolveDashboardScope(reader.actor, noFilters), noFilters))!.issues.find((issue) => issue.id === other.issueId)!;
      expect(row.report).toMatchObject({ status: "DELAYED", workflowState: "APPROVED", carriedForward: false });
    }
  });

  it("keeps a section filter's issues across a save, and shows the saved report under it", async () => {
    const { owningSectionId } = await db.issue.findUniqueOrThrow({ where: { id: report.issueId }, select: { owningSectionId: true } });
    const bySection = parseDashboardFilters({ section: owningSectionId });
    const rowUnder = async (actor: Actor) => (await getBureauDashboard(await resolveDashboardScope(actor, bySection), bySection))!.issues.find((issue) => issue.id === report.issueId);
    expect(await rowUnder(manager.actor)).toBeDefined();
    await otherInstance.$transaction(async (tx) => {
      await tx.progressReport.update({ where: { id: report.id }, data: { status: "NOT_STARTED", version: { increment: 1 } } });
      await recordAudit(tx, { actorId: author.id, action: "progress.save", entityType: "ProgressReport", entityId: report.id, bureauId: first.id });
    });
    for (const reader of [author, manager]) expect((await rowUnder(reader.actor))?.report?.status).toBe("NOT_STARTED");
  });
});

describe("cached dashboards and other bureaus", () => {
  it("never give one bureau's cached data to another bureau's user", async () => {
    // Cached for the first bureau by its manager and a city-level manager…
    const firstIssues = (await dashboardOf(manager.actor)).issues.map((issue) => issue.id);
    await dashboardOf(cityManager.actor, first.code);
    await getSectionMatrix(await resolveDashboardScope(manager.actor, noFilters), noFilters);
    // …the second bureau's user sees only their own, and is refused the first bureau's.
    const own = await dashboardOf(secondStaff.actor);
    const secondDocument = await db.policyDocument.findFirstOrThrow({ where: { bureauId: second.id }, select: { id: true } });
    const secondIssues = await db.issue.findMany({ where: { documentId: secondDocument.id }, select: { id: true } });
    expect(own.issues.map((issue) => issue.id).sort()).toEqual(secondIssues.map((issue) => issue.id).sort());
    expect(own.issues.some((issue) => firstIssues.includes(issue.id))).toBe(false);
    const ownMatrix = (await getSectionMatrix(await resolveDashboardScope(secondStaff.actor, noFilters), noFilters))!;
    expect(ownMatrix.columns.some((column) => firstIssues.includes(column.id))).toBe(false);
    const firstSections = (await listFilterOptions(first.id, null)).sections.map((section) => section.id);
    const ownOptions = await listFilterOptions(second.id, null);
    expect(ownOptions.sections.some((section) => firstSections.includes(section.id))).toBe(false);
    await expect(resolveDashboardScope(secondStaff.actor, { ...noFilters, bureau: first.code })).rejects.toBeInstanceOf(AccessDeniedError);
    await expect(getCityOverview(secondStaff.actor, undefined)).rejects.toBeInstanceOf(AccessDeniedError);
  });
});

// The bureau list behind every dashboard's picker is cached under the city-wide counter alone
// (decision 109): a bureau's or a document's write must raise it, whichever bureau it names.
describe("the dashboards' bureau list", () => {
  it("shows a bureau renamed and a document added on another instance at the next read, to its staff and a city-level manager", async () => {
    const listed = async (actor: Actor) => (await resolveDashboardScope(actor, noFilters)).bureaus.find((bureau) => bureau.id === first.id)!;
    const before = [await listed(author.actor), await listed(cityManager.actor)];
    const name = `改称${randomBytes(3).toString("hex")}`;
    expect(before.map((bureau) => bureau.name)).not.toContain(name);
    expect(before.map((bureau) => bureau.fiscalYears.includes(2040))).toEqual([false, false]);
    await otherInstance.$transaction(async (tx) => {
      await tx.bureau.update({ where: { id: first.id }, data: { name } });
      await recordAudit(tx, { actorId: manager.id, action: "bureau.update", entityType: "Bureau", entityId: first.id, bureauId: first.id });
    });
    expect([(await listed(author.actor)).name, (await listed(cityManager.actor)).name]).toEqual([name, name]);
    await otherInstance.$transaction(async (tx) => {
      const copy = await tx.policyDocument.create({ data: { bureauId: first.id, fiscalYear: 2040, title: "2040年度の方針", mission: "使命" } });
      await recordAudit(tx, { actorId: manager.id, action: "document.copy", entityType: "PolicyDocument", entityId: copy.id, bureauId: first.id });
    });
    expect([(await listed(author.actor)).fiscalYears, (await listed(cityManager.actor)).fiscalYears].map((years) => years.includes(2040))).toEqual([true, true]);
  });
});
