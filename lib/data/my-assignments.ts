import "server-only";
import { type Actor, can } from "@/lib/auth/permissions";
import { db } from "@/lib/db";
import { type DeadlineStanding, deadlineStanding } from "@/lib/domain/deadlines";

/**
 * 「あなたの担当」: the reports of open periods that the user may write, those
 * of issues their section owns or co-edits. Returned reports come first (a
 * reviewer is waiting on the author), then the nearest deadline, then the issue code.
 * Null for a user who writes no reports (no section, or a role that does not write).
 */
export async function listMyAssignments(actor: Actor, now: Date = new Date()) {
  const sections = [actor.sectionId, ...(actor.coEditSectionIds ?? [])].filter((id): id is string => id !== null);
  if (actor.bureauId === null || sections.length === 0 || !can(actor, "progress.edit")) return null;
  const reports = await db.progressReport.findMany({
    where: {
      period: { status: "OPEN", bureauId: actor.bureauId },
      issue: { OR: [{ owningSectionId: { in: sections } }, { relatedSections: { some: { canEdit: true, sectionId: { in: sections } } } }] },
    },
    select: {
      id: true,
      workflowState: true,
      carriedForward: true,
      status: true,
      reviewComment: true,
      reviewedBy: { select: { name: true } },
      period: { select: { asOfDate: true, deadline: true } },
      issue: {
        select: {
          id: true,
          code: true,
          name: true,
          owningSectionId: true,
          relatedSections: { where: { canEdit: true }, select: { sectionId: true } },
        },
      },
    },
  });
  const mine = reports
    // The same rule the report page applies, so the list never offers what the page refuses.
    .filter((r) => can(actor, "progress.edit", { bureauId: actor.bureauId!, owningSectionId: r.issue.owningSectionId, editingSectionIds: r.issue.relatedSections.map((s) => s.sectionId) }))
    .map((r) => ({
      reportId: r.id,
      issue: { id: r.issue.id, code: r.issue.code, name: r.issue.name },
      workflowState: r.workflowState,
      carriedForward: r.carriedForward,
      status: r.status,
      returnComment: r.workflowState === "RETURNED" ? r.reviewComment : null,
      reviewerName: r.reviewedBy?.name ?? null,
      asOfDate: r.period.asOfDate,
      deadline: r.period.deadline,
      standing: deadlineStanding(r.period.deadline, now) satisfies DeadlineStanding,
    }));
  const deadlineKey = (d: Date | null) => (d === null ? Number.POSITIVE_INFINITY : d.getTime());
  return mine.sort(
    (a, b) =>
      Number(b.workflowState === "RETURNED") - Number(a.workflowState === "RETURNED") ||
      deadlineKey(a.deadline) - deadlineKey(b.deadline) ||
      a.issue.code.localeCompare(b.issue.code, "ja", { numeric: true }),
  );
}

export type MyAssignment = NonNullable<Awaited<ReturnType<typeof listMyAssignments>>>[number];
