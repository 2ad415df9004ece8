import "server-only";
import { AccessDeniedError } from "@/lib/auth/access-denied";
import { type Actor, can, isCityLevel } from "@/lib/auth/permissions";
import type { ProgressStatus } from "@/generated/prisma/sqlite/enums";
import { isEditable, loadReport } from "@/lib/commands/report-access";
import { db } from "@/lib/db";
import { toPlainDate } from "@/lib/domain/dates";
import { cachedRead } from "./read-model-cache";

/** A progress report with its previous report, and what the user may do with it. */
export async function getReportPage(actor: Actor, reportId: string) {
  // The report, its people and its resource as the writes load them (2 statements, where the ORM took 10).
  const loaded = await loadReport(db, reportId);
  if (!loaded) return null;
  const { report, resource } = loaded;
  if (!can(actor, "document.read", resource)) throw new AccessDeniedError();
  const [[previous], indicators, milestones] = await Promise.all([
    // The previous report with its date in one statement (through the ORM, two).
    db.$queryRaw<{ progressText: string; status: ProgressStatus; periodId: string; asOfDate: Date }[]>`
      SELECT r."progressText", CAST(r."status" AS TEXT) AS "status", r."periodId", p."asOfDate"
      FROM "ProgressReport" r JOIN "ReportingPeriod" p ON p."id" = r."periodId"
      WHERE r."issueId" = ${report.issueId} AND p."asOfDate" < ${report.period.asOfDate}
      ORDER BY p."asOfDate" DESC LIMIT 1`,
    db.indicator.findMany({
      where: { issueId: report.issueId },
      orderBy: { sortOrder: "asc" },
      select: {
        id: true,
        name: true,
        unit: true,
        baseline: true,
        baselineLabel: true,
        target: true,
        targetFiscalYear: true,
        values: { select: { periodId: true, actual: true } },
      },
    }),
    db.milestone.findMany({ where: { issueId: report.issueId }, orderBy: { sortOrder: "asc" }, select: { id: true, title: true, completions: { select: { periodId: true, doneDate: true } } } }),
  ]);
  const valueIn = (values: { periodId: string; actual: number | null }[], periodId: string | undefined) => values.find((v) => v.periodId === periodId)?.actual ?? null;
  const doneIn = (completions: { periodId: string; doneDate: Date | null }[], periodId: string | undefined) => {
    const done = completions.find((c) => c.periodId === periodId)?.doneDate ?? null;
    return done && toPlainDate(done);
  };
  return {
    report,
    previous: previous ? { progressText: previous.progressText, status: previous.status, periodId: previous.periodId, period: { asOfDate: previous.asOfDate } } : null,
    // Beside each input its yardsticks: the document's baseline and target, and the previous report's value.
    indicators: indicators.map((i) => ({
      id: i.id,
      name: i.name,
      unit: i.unit,
      baseline: i.baseline,
      baselineLabel: i.baselineLabel,
      target: i.target,
      targetFiscalYear: i.targetFiscalYear,
      actual: valueIn(i.values, report.periodId),
      previousActual: previous ? valueIn(i.values, previous.periodId) : null,
    })),
    // Milestones done as this report states them (carried forward when its period opened), and as the previous one did.
    milestones: milestones.map((m) => ({
      id: m.id,
      title: m.title,
      doneDate: doneIn(m.completions, report.periodId),
      previousDoneDate: previous ? doneIn(m.completions, previous.periodId) : null,
    })),
    mayEdit: can(actor, "progress.edit", resource) && isEditable(report),
    mayWithdraw: can(actor, "progress.withdraw", resource) && report.workflowState === "SUBMITTED" && report.period.status === "OPEN",
    // Whether the user writes or reviews this issue's reports at all: their panels stay on the
    // page after an action changed the state, to show its outcome.
    isAuthor: can(actor, "progress.withdraw", resource),
    isReviewer: can(actor, "progress.review", resource),
    mayReview: can(actor, "progress.review", resource) && report.workflowState === "SUBMITTED" && report.period.status === "OPEN",
  };
}

export type ReportPage = NonNullable<Awaited<ReturnType<typeof getReportPage>>>;

/** Submitted reports the manager may review, oldest submission first. */
export async function listReviewQueue(actor: Actor) {
  if (!can(actor, "progress.review")) throw new AccessDeniedError();
  const reports = await db.progressReport.findMany({
    where: {
      workflowState: "SUBMITTED",
      period: { status: "OPEN", ...(isCityLevel(actor) ? {} : { bureauId: actor.bureauId ?? "" }) },
    },
    orderBy: { submittedAt: "asc" },
    select: {
      id: true,
      submittedAt: true,
      author: { select: { name: true } },
      period: { select: { asOfDate: true, bureau: { select: { id: true, name: true } } } },
      issue: { select: { code: true, name: true, owningSection: { select: { name: true } } } },
    },
  });
  return reports.filter((r) => can(actor, "progress.review", { bureauId: r.period.bureau.id }));
}

/** The report a reviewer goes to after deciding on `reportId`: the longest-waiting other one, if any. */
export async function nextReviewAfter(actor: Actor, reportId: string) {
  const next = (await listReviewQueue(actor)).find((r) => r.id !== reportId);
  return next ? { reportId: next.id, label: `${next.issue.code} ${next.issue.name}` } : null;
}

/** How many reports wait for this reviewer (the 審査 menu item shows it); null for users who do not review. */
export async function countReviewQueue(actor: Actor): Promise<number | null> {
  if (!can(actor, "progress.review")) return null;
  // Every signed-in page asks (the menu): cached like the dashboards (decision 100), keyed by
  // the whole actor, since which reports count depends on nothing else.
  const scope = isCityLevel(actor) ? "city" : { bureauId: actor.bureauId ?? "" };
  return cachedRead(`review-queue|${JSON.stringify(actor)}`, scope, async () => (await listReviewQueue(actor)).length);
}
