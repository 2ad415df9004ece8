import "server-only";
import { db } from "@/lib/db";

/** The bell's number: the user's unread notifications. */
export function unreadNotificationCount(userId: string): Promise<number> {
  return db.notification.count({ where: { userId, readAt: null } });
}

/** The user's newest notifications (their own only), with what the list names: the issue, the dates. */
export async function listNotifications(userId: string, limit = 100) {
  const rows = await db.notification.findMany({
    where: { userId },
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    take: limit,
    select: { id: true, kind: true, reportId: true, comment: true, readAt: true, createdAt: true },
  });
  const reportIds = [...new Set(rows.flatMap((r) => (r.reportId ? [r.reportId] : [])))];
  const reports = await db.progressReport.findMany({
    where: { id: { in: reportIds } },
    select: { id: true, issue: { select: { code: true, name: true } }, period: { select: { asOfDate: true, deadline: true } } },
  });
  const byId = new Map(reports.map((r) => [r.id, r]));
  return rows.map((row) => ({ ...row, report: row.reportId ? (byId.get(row.reportId) ?? null) : null }));
}

export async function getNotificationPreferences(userId: string) {
  const user = await db.user.findUniqueOrThrow({
    where: { id: userId },
    select: { locale: true, mailDigest: true, mailPreferences: { where: { mail: false }, select: { kind: true } } },
  });
  return { locale: user.locale, digest: user.mailDigest, mailOff: new Set(user.mailPreferences.map((p) => p.kind)) };
}

/** Mail that failed for good, newest first, for the admins' page. */
export function listFailedMails(limit = 200) {
  return db.outboxMail.findMany({
    where: { state: "FAILED" },
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    take: limit,
    select: { id: true, to: true, subject: true, lastError: true, attempts: true, createdAt: true },
  });
}
