import "server-only";
import { AccessDeniedError } from "@/lib/auth/access-denied";
import { type Actor, can, isCityLevel } from "@/lib/auth/permissions";
import { isEditable } from "@/lib/commands/report-access";
import { db } from "@/lib/db";
import { toPlainDate } from "@/lib/domain/dates";

/** A progress report with its previous report, and what the user may do with it. */
export async function getReportPage(actor: Actor, reportId: string) {
  const report = await db.progressReport.findUnique({
    where: { id: reportId },
    include: {
      period: { select: { id: true, bureauId: true, status: true, reopenedAt: true, asOfDate: true, deadline: true } },
      reviewedBy: { select: { name: true } },
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
            select: { id: true, name: true, unit: true, values: { select: { periodId: true, actual: true } } },
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
  const previous = await db.progressReport.findFirst({
    where: { issueId: report.issueId, period: { asOfDate: { lt: report.period.asOfDate } } },
    orderBy: { period: { asOfDate: "desc" } },
    select: { progressText: true, status: true, period: { select: { asOfDate: true } } },
  });
  return {
    report,
    previous,
    indicators: report.issue.indicators.map((i) => ({
      id: i.id,
      name: i.name,
      unit: i.unit,
      actual: i.values.find((v) => v.periodId === report.periodId)?.actual ?? null,
    })),
    // Milestones done as this report states them (carried forward when its period opened).
    milestones: report.issue.milestones.map((m) => {
      const done = m.completions.find((c) => c.periodId === report.periodId)?.doneDate ?? null;
      return { id: m.id, title: m.title, doneDate: done && toPlainDate(done) };
    }),
    mayEdit: can(actor, "progress.edit", resource) && isEditable(report),
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
