import type { NotificationKind } from "@/generated/prisma/sqlite/enums";
import type { Tx } from "@/lib/db/transaction";
import { notify } from "./enqueue";
import { bureauManagers, editingSectionsOf, issueAuthors } from "./recipients";

const issueSections = { select: { owningSectionId: true, relatedSections: { where: { canEdit: true }, select: { sectionId: true } } } } as const;

/** A period opened or was reopened: the authors of each of its reports hear about their own. */
export async function notifyPeriodAuthors(tx: Tx, periodId: string, kind: Extract<NotificationKind, "PERIOD_OPENED" | "PERIOD_REOPENED">) {
  const reports = await tx.progressReport.findMany({ where: { periodId }, select: { id: true, issue: issueSections }, orderBy: { id: "asc" } });
  for (const report of reports) {
    await notify(tx, { kind, reportId: report.id, periodId, userIds: await issueAuthors(tx, editingSectionsOf(report.issue)) });
  }
}

/** A report was returned (with the comment) or approved: its authors. */
export async function notifyReportAuthors(tx: Tx, reportId: string, kind: Extract<NotificationKind, "REPORT_RETURNED" | "REPORT_APPROVED">, comment: string | null) {
  const report = await tx.progressReport.findUniqueOrThrow({ where: { id: reportId }, select: { issue: issueSections } });
  await notify(tx, { kind, reportId, comment, userIds: await issueAuthors(tx, editingSectionsOf(report.issue)) });
}

/** A report was submitted, or its submission withdrawn (nothing left to review): the bureau's reviewers. */
export async function notifyReviewers(tx: Tx, reportId: string, bureauId: string, kind: Extract<NotificationKind, "REPORT_SUBMITTED" | "REPORT_WITHDRAWN">) {
  await notify(tx, { kind, reportId, userIds: await bureauManagers(tx, bureauId) });
}

/** An invitation or a reset: the one-time link goes to the user alone. */
export async function notifyPasswordLink(tx: Tx, userId: string, purpose: "INVITE" | "RESET", link: string) {
  await notify(tx, { kind: purpose === "INVITE" ? "INVITATION" : "PASSWORD_RESET", userIds: [userId], link });
}
