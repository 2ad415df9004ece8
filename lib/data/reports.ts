import "server-only";
import { AccessDeniedError } from "@/lib/auth/access-denied";
import { type Actor, can, isCityLevel } from "@/lib/auth/permissions";
import { isEditable } from "@/lib/commands/report-access";
import { db } from "@/lib/db";
import { toPlainDate } from "@/lib/domain/dates";
import { cachedRead } from "./read-model-cache";

/** A progress report with its previous report, and what the user may do with it. */
export async function getReportPage(actor: Actor, reportId: string) {
  const report = await db.progressReport.findUnique({
    where: { id: reportId },
    include: {
      period: { select: { id: true, bureauId: true, status: true, reopenedAt: true, asOfDate: true, deadline: true } },
      issue: {
        select: {
          id: true,
          code: true,
          name: true,
          owningSectionId: true,
          document: { select: { bureauId: true } },
          relatedSections: { where: { canEdit: true }, select: { sectionId: true } },
          indicators: {
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
          },
          milestones: { orderBy: { sortOrder: "asc" }, select: { id: true, title: true, completions: { select: { periodId: true, doneDate: true } } } },
        },
      },
    },
  });
  if (!report) return null;
  const resource = {
    bureauId: report.issue.document.bureauId,
    owningSectionId: report.issue.owningSectionId,
    editingSectionIds: report.issue.relatedSections.map((s) => s.sectionId),
  };
  if (!can(actor, "document.read", resource)) throw new AccessDeniedError();
  const [previous, people] = await Promise.all([
    db.progressReport.findFirst({
      where: { issueId: report.issueId, period: { asOfDate: { lt: report.period.asOfDate } } },
      orderBy: { period: { asOfDate: "desc" } },
      select: { progressText: true, status: true, periodId: true, period: { select: { asOfDate: true } } },
    }),
    // The author's and the reviewer's names in one statement (an include of each is one statement each).
    report.authorId || report.reviewedById
      ? db.user.findMany({ where: { id: { in: [report.authorId, report.reviewedById].filter((id) => id !== null) } }, select: { id: true, name: true } })
      : [],
  ]);
  const person = (id: string | null) => people.find((p) => p.id === id) ?? null;
  const valueIn = (values: { periodId: string; actual: number | null }[], periodId: string | undefined) => values.find((v) => v.periodId === periodId)?.actual ?? null;
  const doneIn = (completions: { periodId: string; doneDate: Date | null }[], periodId: string | undefined) => {
    const done = completions.find((c) => c.periodId === periodId)?.doneDate ?? null;
    return done && toPlainDate(done);
  };
  return {
    report: { ...report, author: person(report.authorId), reviewedBy: person(report.reviewedById) },
    previous,
    // Beside each input its yardsticks: the document's baseline and target, and the previous report's value.
    indicators: report.issue.indicators.map((i) => ({
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
    milestones: report.issue.milestones.map((m) => ({
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
